// Quiet where the plan has answered: history is a record, exploring goals are not pinned down yet,
// and an answer written in the plan settles the question a rule would ask.

import assert from 'node:assert/strict';
import { checkDocument } from '../../server/src/core/check';
import { planTemplate, toText } from '../../server/src/data/templates';
import { TODAY } from './rules/support';

const FM = '---\ntype: mentoring-plan\nmentee: Rosa\nnext-review: 2027-02-01\n---\n';
const PURPOSE = '## Purpose\n\n### Run my own practice\n\n## Exploration\n\n- What matters most to you? Time with my kids, and work I can be proud of.\n\n## Goals\n\n';

/** Every finding of every rule, as "line rule-id", 1-based. */
function findings(goals: string, head = FM + PURPOSE): string[] {
  const result = checkDocument(head + goals, { relativePath: 'rosa.plan.md', today: TODAY });
  return result.findings.map((f) => `${result.plan.lines.lineOf(f.span.start) + 1} ${f.ruleId}`);
}

const at = (n: number, ...ids: string[]): string[] => ids.map((id) => `${n + 15} ${id}`);

describe('quiet where the plan has answered', () => {
  describe('history', () => {
    it('a done, dropped or evolved goal is judged only for broken links, duplicates, unreadable dates and kinds', () => {
      for (const status of ['done', 'Dropped', 'evolved', 'Completed in March']) {
        const goal = `### Someday get better at networking\n- Why this matters: [practice](#run-my-practice)\n- By: sometime\n- Kind: ladder, social\n- Status: ${status}\n`;
        assert.deepEqual(findings(goal), [...at(2, 'broken-why-link'), ...at(3, 'unreadable-date'), ...at(4, 'unknown-kind')], status);
      }
    });

    it('a ticked list goal is done', () => {
      assert.deepEqual(findings('- [x] Keep doing the monthly newsletter\n  - By: 2026-03\n- [ ] Keep doing the monthly newsletter\n  - By: 2026-03\n'), [
        ...at(3, 'duplicate-goal', 'missing-replaces', 'missing-why', 'no-stretch'),
        ...at(4, 'past-due'),
      ]);
    });
  });

  describe('exploring', () => {
    it('an exploring goal is not asked to be specific, dated or to say what it replaces', () => {
      assert.deepEqual(findings('### Get better at the business side of things\n- Status: exploring\n'), at(1, 'missing-why'));
    });

    it('a goal worded as exploration with no status gets one suggestion instead', () => {
      const goal = '### Work out whether I want to go part-time\n- Why this matters: [practice](#run-my-own-practice)\n';
      assert.deepEqual(findings(goal), at(1, 'exploring-goal'));
      const result = checkDocument(FM + PURPOSE + goal, { relativePath: 'rosa.plan.md', today: TODAY });
      assert.equal(result.findings[0].message, '"Work out whether" makes this a goal still being worked out. Add "Status: exploring" until it is clear, then pin it down.');
      assert.deepEqual(findings(goal.replace('\n- Why', '\n- Status: exploring\n- Why')), []);
    });

    it('reads exploration from the shape of the statement, not from a list of sentences', () => {
      const explore = ['Decide between the evening MBA and staying in clinical work', 'I want to figure out which specialty suits me', 'Explore what a portfolio career could look like', 'Weigh up if a move to Leeds makes sense'];
      for (const s of explore) assert.deepEqual(findings(`### ${s}\n- Why this matters: [practice](#run-my-own-practice)\n`), at(1, 'exploring-goal'), s);
      const decided = ['Decide the Q3 roadmap with the squad by June 2027', 'Explore whether a move into management suits me, in three conversations with ward managers by March 2027', 'Explore the new rota tool with two wards by March 2027'];
      for (const s of decided) assert.deepEqual(findings(`### ${s}\n- Why this matters: [practice](#run-my-own-practice)\n- Replaces: guessing\n`), [], s);
    });
  });

  describe('statuses', () => {
    it('a status outside the known ones is reported, and the goal counts as active', () => {
      const result = checkDocument(`${FM + PURPOSE}### Hand the audit over to Sam by May 2027\n- Why this matters: [practice](#run-my-own-practice)\n- Replaces: doing the audit myself\n- Status: shipped\n`, { relativePath: 'rosa.plan.md', today: TODAY });
      assert.deepEqual(result.findings.map((f) => [f.ruleId, f.severity, f.message]), [['unknown-status', 'warning', '"shipped" is not a status, so this goal counts as active. Use active, paused, exploring, done, dropped or evolved.']]);
    });

    it('a negated status names none: the goal is still open and the value is reported', () => {
      const result = checkDocument(`${FM + PURPOSE}### Hand the audit over to Sam by May 2027\n- Why this matters: [practice](#run-my-own-practice)\n- Replaces: doing the audit myself\n- Status: not done yet\n`, { relativePath: 'rosa.plan.md', today: '2027-06-01' });
      assert.deepEqual(result.findings.map((f) => f.ruleId), ['review-overdue', 'past-due', 'unknown-status']);
    });

    it('common words for a status are read as it', () => {
      for (const status of ['In progress', 'on hold', 'Parked until spring', 'abandoned', 'superseded by the clinic goal']) {
        assert.deepEqual(findings(`### Hand the audit over to Sam by May 2027\n- Why this matters: [practice](#run-my-own-practice)\n- Replaces: doing the audit myself\n- Status: ${status}\n`), [], status);
      }
    });
  });

  describe('answers', () => {
    it('an answered "what will it replace?" satisfies missing-replaces', () => {
      const goal = '### Take on two private clients by April 2027\n- Why this matters: [practice](#run-my-own-practice)\n\n#### Challenge questions\n- What will you stop doing to make room for this? The Saturday locum shifts.\n';
      assert.deepEqual(findings(goal), []);
      assert.deepEqual(findings(goal.replace(' The Saturday locum shifts.', '')), [...at(1, 'missing-replaces'), ...at(4, 'open-question')]);
    });

    it("an Owner line saying the goal is the mentee's settles borrowed-goal; mostly someone else's does not", () => {
      const goal = (owner: string): string => `### My partner wants me to take on two private clients by April 2027\n- Why this matters: [practice](#run-my-own-practice)\n- Replaces: the Saturday locum shifts\n- Owner: ${owner}\n`;
      for (const owner of ['mine', 'all mine', 'Rosa', "partly my partner's, but I want the flexibility for myself"]) assert.deepEqual(findings(goal(owner)), [], owner);
      assert.deepEqual(findings(goal("mostly my partner's")), at(1, 'borrowed-goal'));
      assert.deepEqual(findings(goal("partly someone else's")), at(1, 'borrowed-goal'));
      const own = goal('x').replace('My partner wants me to take', 'Take');
      assert.deepEqual(findings(own.replace('Owner: x', "Owner: mostly my partner's")), at(4, 'borrowed-goal'));
      assert.deepEqual(findings(own.replace('Owner: x', "Owner: partly my partner's; I want the flexibility")), []);
    });

    it('an answered "whose goal is it?" settles borrowed-goal the same way', () => {
      const goal = (answer: string): string =>
        `### My partner wants me to take on two private clients by April 2027\n- Why this matters: [practice](#run-my-own-practice)\n- Replaces: the Saturday locum shifts\n\n#### Challenge questions\n- Whose goal is it really? ${answer}\n`;
      assert.deepEqual(findings(goal('Hers: she raised it before her partner did.')), []);
      assert.deepEqual(findings(goal('I chose it; the flexibility is for me.')), []);
      assert.deepEqual(findings(goal("Mostly her partner's, if she is honest.")), at(1, 'borrowed-goal'));
    });

    it('answered root-cause probes settle symptom-goal', () => {
      const goal = '### Feel less anxious before clinic\n- Why this matters: [practice](#run-my-own-practice)\n- Replaces: rereading notes at midnight\n\n#### Root-cause probes\n- Is this about confidence, a doubt that you can do it?\n';
      assert.deepEqual(findings(goal), [...at(1, 'no-horizon', 'symptom-goal')]);
      assert.deepEqual(findings(goal.replace('do it?', 'do it? Partly: I have never run a clinic alone.')), at(1, 'no-horizon'));
    });
  });

  describe('placeholders', () => {
    it('a plan made from the template has no warnings or errors', () => {
      const text = toText(planTemplate({ mentee: 'Rosa', started: '2026-11-22' }));
      assert.deepEqual(checkDocument(text, { relativePath: 'rosa.plan.md', today: TODAY }).findings.filter((f) => f.severity === 'warning' || f.severity === 'error'), []);
    });

    it('a field left as its placeholder is not filled in', () => {
      const goal = '### Take on two private clients\n- Why this matters: [practice](#run-my-own-practice)\n- By: YYYY-MM-DD\n- Replaces: What the mentee will stop doing to make room\n- Stretch: What the mentee has not done before\n';
      assert.deepEqual(findings(goal), [...at(1, 'missing-replaces'), ...at(3, 'no-horizon')]);
    });
  });
});
