import assert from 'node:assert/strict';
import { itHonoursControls, run } from './support';

const PLAN = `---
type: mentoring-plan
mentee: Ola
---
## Goals

### Let the team run stand-up without me
- Why this matters: [aims](../aims.md)
- By: 2027-01

### Block two mornings a week for deep work
- Replaces: answering chat the moment it pings
- By: 2027-02

1. Take over the vendor relationship
   - **Stop doing**: forwarding vendor emails to my manager
2. Learn enough Terraform to review infra PRs
   - By: Q2 2027
   - Status: done
3. Coach Ben through his first incident command
   - Kind: developmental
`;

describe('missing-replaces', () => {
  it('flags open goals that do not say what they replace', () => {
    assert.deepEqual(run('missing-replaces', PLAN).at, ['7:5-7:41 Let the team run stand-up without me', '20:4-20:48 Coach Ben through his first incident command']);
  });

  it('asks the question in the message', () => {
    assert.equal(
      run('missing-replaces', PLAN).findings[0].message,
      'Nothing says what this goal will replace. Add a "Replaces:" line naming what will stop, to make room for it.',
    );
  });

  it('gives the insertion point after the last field, with the list indent', () => {
    const { plan, findings } = run('missing-replaces', PLAN);
    const data = findings[1].data as { insertAt: number; indent: string; bullet: string };
    assert.equal(plan.text.slice(0, data.insertAt).split('\n').pop(), '   - Kind: developmental');
    assert.deepEqual([data.indent, data.bullet], ['   ', '-']);
  });

  itHonoursControls('missing-replaces', PLAN);
});
