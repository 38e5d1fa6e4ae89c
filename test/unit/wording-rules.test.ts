// The six wording rules against realistic goal corpora (test/fixtures/goals): every tuning example
// exactly, held-out accuracy at the level reached, and exact messages, spans and data.

import assert from 'node:assert/strict';
import { checkPlan } from '../../server/src/core/check';
import { parsePlan } from '../../server/src/core/parse';
import { ALL_RULES } from '../../server/src/core/rules';
import type { RuleId } from '../../server/src/data/catalogue';
import { statementOf, type SetName } from '../fixtures/goals/corpus';
import { CORPORA, findingsFor, fuzzyScore, score } from '../fixtures/goals/harness';

/**
 * Held-out results the rules reach now, as [fires right, silent right] per round. Each round was
 * written before it was first measured; once a round had been looked at, the next tuning pass added
 * new tuning goals (never the held-out ones) and a new round was written. First measurements of each
 * round, fires and silent: vague-goal 6/11 11/11, 9/12 12/12, 9/12 12/12, 7/8 8/8; symptom-goal
 * 11/11 11/11, 8/10 10/10, 4/8 8/8, 7/8 8/8; wish-goal 11/11 11/11, 8/10 10/10, 8/8 8/8; no-stretch
 * 11/11 11/11, 10/10 10/10, 8/8 7/8; borrowed-goal 11/11 11/11, 7/10 10/10, 6/8 8/8, 6/8 8/8;
 * compound-goal 11/11 11/11, 9/10 10/10, 7/8 8/8.
 * The fifth round (40+ per side) was measured before the shape-based reading and once after it,
 * fires and silent, before -> after: vague-goal 40/51 45/45 -> 46/51 44/45; symptom-goal 40/43 43/43
 * -> 42/43 43/43; wish-goal 36/42 39/42 -> 41/42 39/42; no-stretch 40/43 42/42 -> 43/43 42/42;
 * borrowed-goal 29/42 40/42 -> 41/42 40/42; compound-goal 37/42 41/42 -> 39/42 41/42.
 * The sixth round was then looked at and tuned on by principle (with new tuning goals, not its own), so it
 * is a development set now; fires and silent, first measured -> after: vague-goal 37/44 41/41 -> 44/44
 * 41/41; symptom-goal 39/42 41/41 -> 42/42 41/41; wish-goal 41/42 38/40 -> 42/42 40/40; no-stretch 42/42 40/40
 * unchanged; borrowed-goal 40/42 39/41 -> 42/42 41/41; compound-goal 38/41 38/41 -> 41/41 41/41. The
 * same pass lifted the fifth round's vague-goal to 50/51 and wish-goal silent to 40/42.
 * The seventh round was written blind (without reading the rules or their word lists) and measured once.
 * The eighth and ninth rounds were written blind, at the same time, by two writers who had read only the
 * domain description. The eighth was measured before the principle pass and tuned on by principle (a
 * development set); fires and silent, before -> after: vague-goal 37/54 52/54 -> 51/54 54/54; symptom-goal
 * 38/50 50/50 -> 50/50 50/50; wish-goal 51/52 43/49 -> 52/52 49/49; no-stretch 44/53 35/52 -> 52/53
 * 52/52; borrowed-goal 49/53 50/52 -> 53/53 51/52; compound-goal 37/50 44/52 -> 50/50 52/52. The ninth
 * was measured once, after the pass, and never tuned on (docs/accuracy.md lists what it still misses);
 * one fix made after it, for a false alarm the CLI suite found, lowered its vague-goal from 45 to 42.
 * A second pass then read the misses of both rounds and tuned on them by principle, so the ninth is a
 * development set too; fires and silent, before -> after: heldOut9 vague-goal 42/52 51/51 -> 52/52
 * 51/51, no-stretch 47/50 34/50 -> 50/50 50/50, borrowed-goal 44/51 49/50 -> 51/51 50/50, compound-goal
 * 43/51 46/51 -> 50/51 51/51; heldOut8 vague-goal 51/54 -> 52/54 (fires). A figure-of-speech principle
 * from our own probes (not from the seventh round's misses) lifted the seventh's vague-goal from 41 to 42.
 * The tenth round (four rules, 42 to 44 goals a side) was written blind while that pass was under way and
 * measured once, after it, with no change since. A third pass then used the tenth round's misses as its
 * development set (so its floors rose and it is spent) and was measured once on the eleventh round
 * (three judgements, 40 goals a side, written blind): its floors are that measurement.
 */
const HELD_OUT_FLOOR: Readonly<Record<string, Partial<Record<SetName, readonly [number, number]>>>> = {
  'vague-goal': { heldOut: [11, 11], heldOut2: [12, 12], heldOut3: [12, 12], heldOut4: [8, 8], heldOut5: [50, 44], heldOut6: [44, 41], heldOut7: [42, 39], heldOut8: [52, 54], heldOut9: [52, 51], heldOut10: [43, 41], heldOut11: [32, 40] },
  'symptom-goal': { heldOut: [11, 11], heldOut2: [10, 10], heldOut3: [8, 8], heldOut4: [8, 8], heldOut5: [42, 43], heldOut6: [42, 41], heldOut7: [39, 42], heldOut8: [50, 50], heldOut9: [49, 49] },
  'wish-goal': { heldOut: [11, 11], heldOut2: [10, 10], heldOut3: [8, 8], heldOut5: [41, 40], heldOut6: [42, 40], heldOut7: [43, 41], heldOut8: [52, 49], heldOut9: [51, 48], heldOut11: [36, 38] },
  'no-stretch': { heldOut: [11, 11], heldOut2: [10, 10], heldOut3: [8, 8], heldOut5: [43, 42], heldOut6: [42, 40], heldOut7: [42, 41], heldOut8: [52, 52], heldOut9: [50, 50], heldOut10: [42, 43] },
  'borrowed-goal': { heldOut: [11, 11], heldOut2: [10, 10], heldOut3: [8, 8], heldOut4: [8, 8], heldOut5: [41, 40], heldOut6: [42, 41], heldOut7: [41, 41], heldOut8: [53, 52], heldOut9: [51, 50], heldOut10: [43, 43], heldOut11: [34, 40] },
  'compound-goal': { heldOut: [11, 11], heldOut2: [9, 10], heldOut3: [8, 8], heldOut5: [39, 41], heldOut6: [41, 41], heldOut7: [38, 42], heldOut8: [50, 52], heldOut9: [51, 51], heldOut10: [42, 43] },
};

function check(text: string, ruleIds: readonly RuleId[]) {
  const plan = parsePlan(text);
  const rules = ALL_RULES.filter((r) => ruleIds.includes(r.id));
  return { plan, findings: checkPlan(plan, { today: '2026-11-23', rules }) };
}

function spanOf(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" is in the text`);
  return { start, end: start + part.length };
}

const HEAD = '---\ntype: mentoring-plan\nmentee: Mac\n---\n# Mac\n\n## Goals\n\n';

describe('wording rules on the goal corpora', () => {
  for (const [ruleId, corpus] of CORPORA) {
    describe(ruleId, () => {
      it('flags every tuning goal that should fire', () => {
        const missed = corpus.fires.tuning.filter((c) => findingsFor(ruleId, c).length !== 1).map(statementOf);
        assert.deepEqual(missed, []);
      });

      it('stays silent on every tuning near miss', () => {
        const falseAlarms = corpus.silent.tuning.filter((c) => findingsFor(ruleId, c).length !== 0).map(statementOf);
        assert.deepEqual(falseAlarms, []);
      });

      for (const [set, [fires, silent]] of Object.entries(HELD_OUT_FLOOR[ruleId]) as [SetName, readonly [number, number]][]) {
        it(`keeps ${set} accuracy at ${fires}/${corpus.fires[set]?.length} fires, ${silent}/${corpus.silent[set]?.length} silent`, () => {
          const result = score(ruleId, corpus, set);
          assert.ok(result.fires.right >= fires, `misses: ${result.fires.wrong.join(' | ')}`);
          assert.ok(result.silent.right >= silent, `false alarms: ${result.silent.wrong.join(' | ')}`);
        });
      }
    });
  }

  /** The fuzzy judgement (vague-goal or symptom-goal firing) over both rules' goals, as [fires right, silent right]. */
  const FUZZY_FLOOR: Partial<Record<SetName, readonly [number, number]>> = { heldOut8: [102, 100], heldOut9: [102, 100], heldOut10: [43, 41], heldOut11: [35, 39] };
  for (const [set, [fires, silent]] of Object.entries(FUZZY_FLOOR) as [SetName, readonly [number, number]][]) {
    it(`keeps the fuzzy judgement on ${set} at ${fires} fires, ${silent} silent`, () => {
      const result = fuzzyScore(set);
      assert.ok(result.fires.right >= fires, `misses: ${result.fires.wrong.join(' | ')}`);
      assert.ok(result.silent.right >= silent, `false alarms: ${result.silent.wrong.join(' | ')}`);
    });
  }

  it('has at least 30 goals on each side of every rule, split about 2:1', () => {
    for (const [ruleId, corpus] of CORPORA) {
      for (const side of [corpus.fires, corpus.silent]) {
        assert.ok(side.tuning.length + side.heldOut.length >= 30, ruleId);
        assert.ok(side.heldOut.length * 2 <= side.tuning.length, ruleId);
      }
    }
  });
});

describe('wording rule messages and spans', () => {
  it('vague-goal reports the statement with the fuzzy phrase', () => {
    const text = `${HEAD}### Get better at communication\n- By: 2027-03\n`;
    const { findings } = check(text, ['vague-goal']);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.span, f.message, f.data]), [
      [
        'vague-goal',
        spanOf(text, 'Get better at communication'),
        '"Get better at" names no result anyone could see. Say what will be different, or add a "Success looks like" line.',
        { phrase: 'get better at' },
      ],
    ]);
  });

  it('symptom-goal offers the root-cause probes and replaces vague-goal on the same goal', () => {
    const text = `${HEAD}### I want to feel less overwhelmed\n\n### Be more organised\n`;
    const { findings } = check(text, ['vague-goal', 'symptom-goal']);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.span, f.message]), [
      [
        'symptom-goal',
        spanOf(text, 'I want to feel less overwhelmed'),
        '"feel less" names a feeling, which matters and is often the sign of another goal underneath. Add the root-cause probes and note what they turn up.',
      ],
      [
        'vague-goal',
        spanOf(text, 'Be more organised'),
        '"Be more" names no result anyone could see. Say what will be different, or add a "Success looks like" line.',
      ],
    ]);
  });

  it('wish-goal reports the wish phrase itself, in heading and list goals and around inline markup', () => {
    const text = `${HEAD}- _Ideally_ move into a data science role\n  - By: 2027-06\n- Run a one-day design sprint, and then **I hope to** lead the next one\n  - By: 2027-02\n\n### Someday lead my own lab\n`;
    const { findings } = check(text, ['wish-goal']);
    assert.deepEqual(findings.map((f) => [f.span, f.message, f.data]), [
      [spanOf(text, 'Ideally'), '"Ideally" makes this a wish rather than a plan. Say what will be done, starting from where things stand, and by when.', { phrase: 'ideally' }],
      [spanOf(text, 'I hope to'), '"I hope to" makes this a wish rather than a plan. Say what will be done, starting from where things stand, and by when.', { phrase: 'i hope to' }],
      [spanOf(text, 'Someday'), '"Someday" makes this a wish rather than a plan. Say what will be done, starting from where things stand, and by when.', { phrase: 'someday' }],
    ]);
  });

  it('no-stretch reports the statement and where a stretch line goes; a stretch line or a closed goal silences it', () => {
    const text = `${HEAD}### Keep doing my weekly report\n- By: 2027-01\n\n### Continue the reading group\n- Stretch: run it in French\n\n### Maintain the design system docs\n- Status: done\n`;
    const { findings } = check(text, ['no-stretch']);
    assert.deepEqual(findings.map((f) => [f.span, f.message, f.data]), [
      [
        spanOf(text, 'Keep doing my weekly report'),
        '"Keep" holds things as they are. Add a "Stretch:" line saying what is new in it, or reshape the goal around growth.',
        { phrase: 'keep', insertAt: text.indexOf('\n\n### Continue'), indent: '', bullet: '-' },
      ],
    ]);
  });

  it('borrowed-goal reports the statement for borrowed wording and the owner value for an owner line', () => {
    const text = `${HEAD}### My manager wants me to own the roadmap\n\n### Ship the onboarding redesign\n- Owner: the VP of product\n\n### Lead the on-call review\n- Owner: Mac\n`;
    const { findings } = check(text, ['borrowed-goal']);
    assert.deepEqual(findings.map((f) => [f.span, f.message, f.data]), [
      [
        spanOf(text, 'My manager wants me to own the roadmap'),
        '"My manager wants" suggests this may be someone else\'s goal. Ask whose it really is, and note the answer in an "Owner:" line.',
        { phrase: 'my manager wants' },
      ],
      [
        spanOf(text, 'the VP of product'),
        'The Owner line ("the VP of product") gives this goal to someone else. Talk through what in it is wanted for its own sake, and say so there.',
        { phrase: null },
      ],
    ]);
  });

  it('compound-goal reports the statement and the outcomes it joins', () => {
    const text = `${HEAD}### Learn SQL, build a dashboard and present it to finance; take on a student nurse\n\n### Delegate the report to Priya and Sam\n`;
    const { findings } = check(text, ['compound-goal']);
    assert.deepEqual(findings.map((f) => [f.span, f.message, f.data]), [
      [
        spanOf(text, 'Learn SQL, build a dashboard and present it to finance; take on a student nurse'),
        'This statement joins 4 separate outcomes. Split it into one goal per outcome, each with its own why, date and evidence.',
        { parts: ['Learn SQL', 'build a dashboard', 'present it to finance', 'take on a student nurse'] },
      ],
    ]);
  });
});
