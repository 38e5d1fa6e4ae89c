// The client's crash budget: restarts while crashes are rare, gives up on a crash loop, starts afresh
// after a manual restart or once old crashes leave the window.

import { strict as assert } from 'node:assert';
import { RestartBudget } from '../../client/src/restart-budget';

describe('restart budget', () => {
  let now = 0;
  const budget = () => new RestartBudget(4, 180_000, () => now);

  it('restarts after each of four crashes in three minutes and refuses the fifth', () => {
    now = 0;
    const b = budget();
    const answers = [0, 10_000, 20_000, 30_000, 40_000].map((t) => {
      now = t;
      return b.allowRestart();
    });
    assert.deepEqual(answers, [true, true, true, true, false]);
    assert.equal(b.recentCrashes, 5);
  });

  it('forgets crashes older than the window, so a server that crashes once an hour always restarts', () => {
    const b = budget();
    const answers = Array.from({ length: 10 }, (_, i) => {
      now = i * 3_600_000;
      return b.allowRestart();
    });
    assert.deepEqual(answers, Array(10).fill(true));
    assert.equal(b.recentCrashes, 1);
  });

  it('starts with a full budget after a manual restart', () => {
    now = 0;
    const b = budget();
    for (let i = 0; i < 5; i++) b.allowRestart();
    assert.equal(b.allowRestart(), false);
    b.reset();
    assert.deepEqual([1, 2, 3, 4, 5].map(() => b.allowRestart()), [true, true, true, true, false]);
  });
});
