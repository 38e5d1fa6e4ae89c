// borrowed-goal: the why line can borrow a goal, orders given to others are not the mentee's, a
// directive said over and over counts, and a goal the mentee then claims is theirs.

import assert from 'node:assert/strict';
import { phrasesOf, run } from './support';

describe('borrowed-goal', () => {
  it('flags a directive said over and over', () => {
    assert.deepEqual(phrasesOf('borrowed-goal', ['My director keeps telling me I should publish more', "She's always saying I need to speak up"]), ['telling me', 'saying i']);
  });

  it('stays silent on an order given to someone else, and when the mentee claims the goal', () => {
    assert.deepEqual(
      phrasesOf('borrowed-goal', ['Support the new nurses with the audits they have been asked to complete', 'Coach staff who are required to present at the board', 'My lead asked me to run the retro and I want to use it to try a new format']),
      [null, null, null],
    );
  });

  it('reads the why line and reports on its value', () => {
    const text = `---\ntype: mentoring-plan\nmentee: Priya\n---\n## Goals\n\n### Pass the PRINCE2 foundation exam\n- Why this matters: the director says everyone in the PMO needs it\n\n### Run the Q3 planning offsite\n- Why this matters: [lead the PMO](#lead)\n`;
    const { findings, at } = run('borrowed-goal', text);
    assert.deepEqual(at, ['8:21-8:67 the director says everyone in the PMO needs it']);
    assert.deepEqual(findings[0].data, { phrase: 'says everyone' });
  });
});
