import assert from 'node:assert/strict';
import { itHonoursControls, run } from './support';

const PLAN = `---
type: mentoring-plan
mentee: Rui
---
## Goals

- Run the weekly team meeting
  - By: 2027-01
- Write the Q1 hiring plan
  - By: 2027-03

### Run the **weekly team meeting!**
- By: 2027-02

### run the weekly team-meeting
`;

describe('duplicate-goal', () => {
  it('flags every repeat of a statement, ignoring case, punctuation and markup', () => {
    assert.deepEqual(run('duplicate-goal', PLAN).at, ['12:5-12:37 Run the **weekly team meeting!**', '15:5-15:32 run the weekly team-meeting']);
  });

  it('points to the first goal in the message and the data', () => {
    const { plan, findings } = run('duplicate-goal', PLAN);
    assert.equal(findings[0].message, 'This goal repeats the goal on line 7. Merge the two, or reword one so each says what is distinct about it.');
    const data = findings[1].data as { line: number; firstStart: number; firstEnd: number };
    assert.equal(data.line, 6);
    assert.equal(plan.text.slice(data.firstStart, data.firstEnd), 'Run the weekly team meeting');
  });

  it('leaves goals that differ in substance alone', () => {
    assert.deepEqual(run('duplicate-goal', '## Goals\n\n### Run the weekly team meeting\n\n### Run the monthly team meeting\n\n- Run the weekly team meeting without me\n').at, []);
  });

  itHonoursControls('duplicate-goal', PLAN);
});
