import assert from 'node:assert/strict';
import { itHonoursControls, run } from './support';

// TODAY is 2026-11-22.
const PLAN = `---
type: mentoring-plan
mentee: Kim
---
## Goals

### Hand the release checklist to the QA lead
- By: 2026-10-31
- Status: active

### Run a design review without my manager
- By: Q3 2026

### Speak at the autumn meetup
- By: 2026-10
- Status: done

### Write the migration RFC
- By: November 2026

- Present the cost report at the October 2026 board
  - Status: paused

### Close the hiring loop
- By: 2026-11-21
- Status: dropped
`;

describe('past-due', () => {
  it('flags open goals whose date has passed, on the date', () => {
    assert.deepEqual(run('past-due', PLAN).at, ['8:7-8:17 2026-10-31', '12:7-12:14 Q3 2026', '21:34-21:46 October 2026']);
  });

  it('says what to do about it', () => {
    const [active, , inStatement] = run('past-due', PLAN).findings;
    assert.equal(active.message, 'The target date (2026-10-31) has passed and the goal is still active. Talk it through: mark it done or dropped, or set a new date.');
    assert.equal(inStatement.message, 'The target date (October 2026) has passed and the goal is still paused. Talk it through: mark it done or dropped, or set a new date.');
    assert.deepEqual(inStatement.data, { date: '2026-10-31', hasField: false });
  });

  it('counts a period as due at its end', () => {
    assert.equal(run('past-due', PLAN, { today: '2026-11-30' }).at.length, 3);
    assert.deepEqual(run('past-due', PLAN, { today: '2026-12-01' }).at, ['8:7-8:17 2026-10-31', '12:7-12:14 Q3 2026', '19:7-19:20 November 2026', '21:34-21:46 October 2026']);
    assert.deepEqual(run('past-due', PLAN, { today: '2026-09-30' }).at, []);
  });

  it('reads done and dropped in other words', () => {
    for (const status of ['Completed', 'achieved 2026-10-30', 'Cancelled: reorg', 'abandoned']) {
      assert.deepEqual(run('past-due', `## Goals\n\n### Write the RFC\n- By: 2026-01\n- Status: ${status}\n`).at, [], status);
    }
  });

  it('leaves an unreadable date to unreadable-date', () => {
    assert.deepEqual(run('past-due', '## Goals\n\n### Write the RFC\n- By: last spring\n').at, []);
  });

  itHonoursControls('past-due', PLAN);
});
