import assert from 'node:assert/strict';
import { itHonoursControls, run } from './support';

const PLAN = `---
type: mentoring-plan
mentee: Priya
---
## Purpose

### Grow into a tech lead

## Goals

### Run the Q2 architecture review on my own
- By: 2027-06
- Success looks like: the review ends with a written decision record

- Give two talks at the engineering guild
  - By: Q3 2027

### Mentor the new graduate through their first release
- Why this matters: [tech lead](#grow-into-a-tech-lead)
- By: 2027-03
`;

describe('missing-why', () => {
  it('flags each goal without a why line, on its statement', () => {
    assert.deepEqual(run('missing-why', PLAN).at, ['11:5-11:45 Run the Q2 architecture review on my own', '15:3-15:42 Give two talks at the engineering guild']);
  });

  it('says what is missing and what to do', () => {
    assert.equal(
      run('missing-why', PLAN).findings[0].message,
      'Nothing says what this goal serves. Add a "Why this matters" line linking to a larger aim: a purpose heading in this plan, or an aims file.',
    );
  });

  it('accepts every label of the why field, in any form', () => {
    for (const line of ['- Why it matters: growth', '- **Why:** growth', '- **WHY THIS MATTERS**: growth', 'Why: growth']) {
      assert.deepEqual(run('missing-why', `## Goals\n\n### Lead the offsite\n${line}\n`).at, [], line);
    }
  });

  it('counts an empty why line as present (why-not-linked speaks to it)', () => {
    assert.deepEqual(run('missing-why', '## Goals\n\n### Lead the offsite\n- Why this matters:\n').at, []);
  });

  it('gives the quick fix where the line goes, with indent and bullet', () => {
    const { plan, findings } = run('missing-why', PLAN);
    const [heading, list] = findings.map((f) => f.data as { insertAt: number; indent: string; bullet: string });
    assert.equal(plan.text.slice(0, heading.insertAt).split('\n').pop(), '- Success looks like: the review ends with a written decision record');
    assert.deepEqual([heading.indent, heading.bullet], ['', '-']);
    assert.equal(plan.text.slice(0, list.insertAt).split('\n').pop(), '  - By: Q3 2027');
    assert.deepEqual([list.indent, list.bullet], ['  ', '-']);
  });

  it('checks nothing in ordinary markdown', () => {
    assert.deepEqual(run('missing-why', '# Notes\n\n## Goals\n\n- Be fast\n', { relativePath: 'README.md' }).at, []);
  });

  itHonoursControls('missing-why', PLAN);
});
