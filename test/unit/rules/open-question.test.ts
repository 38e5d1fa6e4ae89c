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
  it('flags challenge questions with no answer, on the question', () => {
    assert.deepEqual(run('open-question', PLAN).at, [
      '12:3-12:24 What will it replace?',
      '13:3-13:27 Whose goal is it really?',
      '20:7-20:34 Why this goal, and why now?',
    ]);
  });

  it('names the question in the message and says where the answer goes', () => {
    const { plan, findings } = run('open-question', PLAN);
    assert.equal(findings[0].message, '"What will it replace?" has no answer yet. Take it into the next session and write down what the mentee says.');
    const data = findings[0].data as { question: string; answerAt: number };
    assert.equal(data.question, 'What will it replace?');
    assert.equal(plan.text.slice(data.answerAt - 1, data.answerAt + 1), '?\n');
  });

  it('leaves exploration questions to premature-goals', () => {
    assert.deepEqual(run('open-question', '## Exploration\n\n- What do you care about?\n\n## Goals\n\n### Lead\n').at, []);
  });

  itHonoursControls('open-question', PLAN);
});
