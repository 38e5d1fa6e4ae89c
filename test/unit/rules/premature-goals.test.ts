import assert from 'node:assert/strict';
import { itHonoursControls, run } from './support';

const GOALS = `## Goals

### Lead the Q2 planning
- By: Q2 2027
`;

const FM = '---\ntype: mentoring-plan\nmentee: Ana\n---\n';

describe('premature-goals', () => {
  it('flags goals with no exploration section, on the goals heading', () => {
    const { at, findings } = run('premature-goals', `${FM}${GOALS}`);
    assert.deepEqual(at, ['5:4-5:9 Goals']);
    assert.equal(
      findings[0].message,
      'Goals are set, but nothing has been explored yet. Add an exploration section on identity, values, support and achievement, so the goals aim at the right thing.',
    );
    assert.deepEqual(findings[0].data, { insertAt: FM.length, hasSection: false });
  });

  it('flags an exploration with only unanswered questions', () => {
    const text = `${FM}## Exploration\n\n### Values\n- What do you care about most at work?\n- What difference do you want to make? TBD\n\n${GOALS}`;
    const { at, findings } = run('premature-goals', text);
    assert.deepEqual(at, ['11:4-11:9 Goals']);
    assert.match(findings[0].message, /^Goals are set, but no exploration question is answered yet\./);
  });

  it('is satisfied by one answered question, an answer in a nested list, or free notes', () => {
    for (const exploration of [
      '- Who are you apart from your job title? A runner and a parent.',
      '- What do you care about?\n  - Fairness, mostly.',
      'We spent the first session on her career so far; she lights up talking about teaching.',
    ]) {
      assert.deepEqual(run('premature-goals', `${FM}## Getting to know you\n\n${exploration}\n\n${GOALS}`).at, [], exploration);
    }
  });

  it('is quiet when there are no goals yet', () => {
    assert.deepEqual(run('premature-goals', `${FM}## Goals\n\nWe will set these after two sessions.\n`).at, []);
  });

  itHonoursControls('premature-goals', `${FM}${GOALS}`);
});
