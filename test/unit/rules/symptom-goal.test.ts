// symptom-goal: what a feeling says is not a result, and neither is a count looking back or an
// entitlement named by a rhythm word.

import assert from 'node:assert/strict';
import { phrasesOf } from './support';

describe('symptom-goal', () => {
  it('reads past what the feeling says ("feel like …") when looking for a result', () => {
    assert.deepEqual(phrasesOf('symptom-goal', ['Stop feeling like a fraud at the design review', 'Feel like I belong on the leadership team']), ['stop feeling', 'feel like']);
  });

  it('a count after "after" or "since" and "annual leave" set no target', () => {
    assert.deepEqual(phrasesOf('symptom-goal', ['Feel less out of practice after two years away', 'Not feel guilty taking annual leave in term time', 'Feel less rusty at the bedside']), [
      'feel less',
      'not feel',
      'feel less',
    ]);
  });

  it('a target in the goal still rescues it', () => {
    assert.deepEqual(phrasesOf('symptom-goal', ['Take two weeks of annual leave this summer', 'Feel ready to run the clinic alone after three supervised sessions by April', 'Run a weekly check-in so the rota feels fair']), [null, null, null]);
  });
});
