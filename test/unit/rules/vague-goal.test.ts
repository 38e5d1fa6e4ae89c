// vague-goal: a result word counts only as a result, a name only when it is more than what the mentee
// gets better at, and everyday self-improvement idioms read as fuzzy.

import assert from 'node:assert/strict';
import { phrasesOf } from './support';

describe('vague-goal', () => {
  it('a graded result word or one naming a quality rescues nothing', () => {
    assert.deepEqual(phrasesOf('vague-goal', ['Be a better coach to the apprentices', 'Be more present in ward rounds', 'Sharpen my interview technique', 'Work on my presentation manner']), [
      'be a better',
      'be more',
      'sharpen',
      'work on',
    ]);
  });

  it('a result word used as a result still rescues the goal', () => {
    assert.deepEqual(phrasesOf('vague-goal', ['Present my research poster at the lab meeting', 'Mentor a new graduate through their first audit', 'Improve my talk on testing before the meetup']), [null, null, null]);
  });

  it('a name that is only what the mentee gets better at rescues nothing; a name as a result does', () => {
    assert.deepEqual(phrasesOf('vague-goal', ['Get better with Salesforce', 'Learn about Kubernetes', 'Get better at estimates with Dana reviewing them']), ['better', 'learn about', null]);
  });

  it('learning about a topic and self-improvement idioms are fuzzy', () => {
    assert.deepEqual(phrasesOf('vague-goal', ['Learn about the charity sector', 'Pull my socks up on paperwork', 'Get my act together with admin', 'Sort out my inbox']), [
      'learn about',
      'pull my socks up',
      'get my act together',
      'sort out my',
    ]);
  });
});
