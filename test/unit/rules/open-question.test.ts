import assert from 'node:assert/strict';
import { itHonoursControls, run } from './support';

const PLAN = `---
type: mentoring-plan
mentee: Mac
---
## Goals

### Delegate the weekly status report to Priya
- By: 2027-01-15

#### Challenge questions
- Why now? The team doubled in October and I am the bottleneck.
- What will it replace?
- Whose goal is it really? TBD

- Ask for feedback after every design review
  - By: 2027-03
  - Challenge questions
    - Is it part of a larger goal?
      - Yes: becoming a manager people trust.
    - Why this goal, and why now? ...
`;

describe('open-question', () => {
  it('reports once per goal with open questions, on the challenge heading or the first open question', () => {
    assert.deepEqual(run('open-question', PLAN).at, ['10:6-10:25 Challenge questions', '20:7-20:34 Why this goal, and why now?']);
  });

  it('says how many are open and which', () => {
    const { findings } = run('open-question', PLAN);
    assert.deepEqual(
      findings.map((f) => [f.message, f.data]),
      [
        ['2 of 3 challenge questions are still open: "What it replaces" and "Whose goal". Write each answer after its question mark.', { questions: ['What will it replace?', 'Whose goal is it really?'] }],
        ['1 of 2 challenge questions is still open: "Why this goal, and why now". Write each answer after its question mark.', { questions: ['Why this goal, and why now?'] }],
      ],
    );
  });

  it('takes a filled-in Replaces or Owner line as the answer to the question it settles', () => {
    const answered = PLAN.replace('- By: 2027-01-15\n', '- By: 2027-01-15\n- Replaces: chasing updates on Friday afternoons\n- Owner: mine, I asked to lead the team\n');
    assert.deepEqual(run('open-question', answered).at, ['22:7-22:34 Why this goal, and why now?']);
    // A placeholder left from the template answers nothing.
    const placeholder = PLAN.replace('- By: 2027-01-15\n', '- By: 2027-01-15\n- Replaces: What the mentee will stop doing to make room\n');
    assert.deepEqual(run('open-question', placeholder).findings[0].data, { questions: ['What will it replace?', 'Whose goal is it really?'] });
  });

  it('leaves exploration questions to premature-goals', () => {
    assert.deepEqual(run('open-question', '## Exploration\n\n- What do you care about?\n\n## Goals\n\n### Lead\n').at, []);
  });

  itHonoursControls('open-question', PLAN);
});
