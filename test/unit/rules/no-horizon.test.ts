import assert from 'node:assert/strict';
import { itHonoursControls, run } from './support';

const PLAN = `---
type: mentoring-plan
mentee: Lee
---
## Goals

### Lead the incident review rota
- Why this matters: [aims](../aims.md)

### Present the platform roadmap at the all-hands in March 2027
- Why this matters: [aims](../aims.md)

- Pair with the SRE team on one on-call week
  - By:
  - Status: paused

### Write the onboarding guide
- By: 2027-02
- Status: done

### Get the AWS certification
- Status: dropped
`;

describe('no-horizon', () => {
  it('flags open goals without a date: on the statement, or on an empty by-line', () => {
    assert.deepEqual(run('no-horizon', PLAN).at, ['7:5-7:34 Lead the incident review rota', '14:5-14:8 By:']);
  });

  it('says what to write', () => {
    assert.equal(
      run('no-horizon', PLAN).findings[0].message,
      'This goal has no target date. Add a "By:" line, such as 2027-03-31, 2027-03 or Q1 2027, so progress can be reviewed against it.',
    );
  });

  it('accepts every by-label and a full date in the statement', () => {
    for (const goal of ['### Lead the rota\n- Target: Q2 2027', '### Lead the rota\n- **Deadline:** June 2027', '### Lead the rota\n- Due: 2027-06-30', '### Lead the rota\n- Target date: 30 June 2027', '### Lead the rota from 1 March 2027']) {
      assert.deepEqual(run('no-horizon', `## Goals\n\n${goal}\n`).at, [], goal);
    }
  });

  it('leaves an unreadable date to unreadable-date', () => {
    assert.deepEqual(run('no-horizon', '## Goals\n\n### Lead the rota\n- By: after the reorg\n').at, []);
  });

  it('tells the quick fix whether to add a line or fill the empty one', () => {
    const { plan, findings } = run('no-horizon', PLAN);
    const [add, fill] = findings.map((f) => f.data as { insertAt: number; indent: string; bullet: string; hasField: boolean });
    assert.equal(add.hasField, false);
    assert.equal(plan.text.slice(0, add.insertAt).split('\n').pop(), '- Why this matters: [aims](../aims.md)');
    assert.equal(fill.hasField, true);
  });

  itHonoursControls('no-horizon', PLAN);
});
