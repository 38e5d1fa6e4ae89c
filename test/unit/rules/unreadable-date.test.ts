import assert from 'node:assert/strict';
import { itHonoursControls, run } from './support';

const PLAN = `---
type: mentoring-plan
mentee: Ines
started: last autumn
next-review: 2027-13-01
---
## Goals

### Take over sprint planning
- By: soon

- Give the team's first conference talk
  - **Deadline:** next spring

### Ship the accessibility audit
- Target date: 31 February 2027

### Mentor one new joiner
- By: 2027-04
`;

describe('unreadable-date', () => {
  it('flags front-matter dates and by-lines that cannot be read, on the value', () => {
    assert.deepEqual(run('unreadable-date', PLAN).at, [
      '4:10-4:21 last autumn',
      '5:14-5:24 2027-13-01',
      '10:7-10:11 soon',
      '13:19-13:30 next spring',
      '16:16-16:32 31 February 2027',
    ]);
  });

  it('says how to write a date', () => {
    const { findings } = run('unreadable-date', PLAN);
    assert.equal(findings[0].message, '"last autumn" (started) cannot be read as a date. Write it as 2027-01-15, 2027-01, Q1 2027, January 2027 or 15 January 2027.');
    assert.equal(findings[2].message, '"soon" cannot be read as a date, so the horizon cannot be checked. Write it as 2027-01-15, 2027-01, Q1 2027, January 2027 or 15 January 2027.');
    assert.deepEqual(findings[2].data, { value: 'soon', key: 'by' });
  });

  it('flags ASAP and reads the variants mentors write', () => {
    assert.deepEqual(run('unreadable-date', '## Goals\n\n### Lead\n- By: ASAP\n').at, ['4:7-4:11 ASAP']);
    for (const value of ['Jan 2027', '15 Jan 2027', 'January 15, 2027', 'end of Q1 2027', '2027/01/15', '']) {
      assert.deepEqual(run('unreadable-date', `## Goals\n\n### Lead\n- By: ${value}\n`).at, [], value);
    }
  });

  itHonoursControls('unreadable-date', PLAN.replace('started: last autumn\nnext-review: 2027-13-01\n', ''));
  describe('in front matter', () => {
    itHonoursControls('unreadable-date', '---\ntype: mentoring-plan\nnext-review: after the offsite\n---\n', { inFrontMatter: true });
  });
});
