// compound-goal: a list of verbs sharing one object is one outcome; ", also" and a change of course
// after "and" join a second one.

import assert from 'node:assert/strict';
import { splitOutcomes } from '../../../server/src/core/outcomes';

describe('compound-goal outcomes', () => {
  it('keeps a list of verbs that share one object as one outcome', () => {
    assert.deepEqual(
      ['Draft, test and publish the onboarding guide', 'Scope, cost and pitch the new clinic rota'].map(splitOutcomes),
      [['Draft, test and publish the onboarding guide'], ['Scope, cost and pitch the new clinic rota']],
    );
  });

  it('splits verbs that each have their own object', () => {
    assert.deepEqual(splitOutcomes('Hire a designer, run the survey and publish the results'), ['Hire a designer, run the survey', 'publish the results']);
  });

  it('splits on ", also" and on a change of course after "and"', () => {
    assert.deepEqual(
      ['Finish the MBA dissertation, also take over the budget', 'Leave teaching and retrain as a software tester', 'Hand over the ward and go back to nights from May'].map(splitOutcomes),
      [
        ['Finish the MBA dissertation', 'take over the budget'],
        ['Leave teaching', 'retrain as a software tester'],
        ['Hand over the ward', 'go back to nights from May'],
      ],
    );
  });
});
