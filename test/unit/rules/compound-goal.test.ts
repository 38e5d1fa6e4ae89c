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
    assert.deepEqual(splitOutcomes('Hire a designer, run the survey and publish the results'), ['Hire a designer', 'run the survey', 'publish the results']);
  });

  it('reads a comma list of three or more acts as as many outcomes, and a list of nouns as one', () => {
    assert.deepEqual(
      ['Repaint the studio, rehang the gallery wall, price the spring prints', 'Write a welcome pack covering parking, lockers and the canteen', 'Stock the van with fittings, seals and spare valves'].map(splitOutcomes),
      [['Repaint the studio', 'rehang the gallery wall', 'price the spring prints'], ['Write a welcome pack covering parking, lockers and the canteen'], ['Stock the van with fittings, seals and spare valves']],
    );
  });

  it('splits on "then", "along with" and "alongside" when an act follows, not when a noun does', () => {
    assert.deepEqual(
      ['Sit the theory test, then book a driving instructor', 'Refit the bar along with retraining the bar staff', 'Run the youth club alongside coaching the netball team', 'Do my physio exercises alongside match days'].map(splitOutcomes),
      [['Sit the theory test', 'book a driving instructor'], ['Refit the bar', 'retraining the bar staff'], ['Run the youth club', 'coaching the netball team'], ['Do my physio exercises alongside match days']],
    );
  });

  it('keeps an outcome and its deadline after a semicolon as one, and a verb with its particle sharing the object', () => {
    assert.deepEqual(
      ['Sit the food hygiene exam; by the end of March', 'Sit the food hygiene exam; book the next module', 'Sign off and send the tender pack', 'Write up and publish the audit'].map(splitOutcomes),
      [['Sit the food hygiene exam; by the end of March'], ['Sit the food hygiene exam', 'book the next module'], ['Sign off and send the tender pack'], ['Write up and publish the audit']],
    );
  });

  it('reads a comma before "and" as the end of the first act, and a whole act before an unlisted verb with its article', () => {
    assert.deepEqual(
      ['Learn to swim, and enter the charity triathlon', 'Close the grant backlog and overhaul the filing system', 'Run the bake and sell stall at the fete'].map(splitOutcomes),
      [['Learn to swim', 'enter the charity triathlon'], ['Close the grant backlog', 'overhaul the filing system'], ['Run the bake and sell stall at the fete']],
    );
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
