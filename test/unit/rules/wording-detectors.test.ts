// The pure detectors the wording rules and the goal-properties hover share: what each one finds in a
// statement, with the exact words and offsets it reports, and the hover reading through them.

import assert from 'node:assert/strict';
import { checkDocument } from '../../../server/src/core/check';
import { fuzzyWording, isComparative } from '../../../server/src/core/fuzzy-wording';
import { imposedWording } from '../../../server/src/core/imposed-wording';
import { PhraseMatcher } from '../../../server/src/core/phrase-matcher';
import { borrowedHit } from '../../../server/src/core/rules/borrowed-goal';
import { statusQuoHit } from '../../../server/src/core/rules/no-stretch';
import { wishHit } from '../../../server/src/core/rules/wish-goal';
import { PHRASES } from '../../../server/src/data/phrases';

const none = new PhraseMatcher([]);
const phrase = (statement: string, hit: { start: number; end: number } | undefined) => hit && [statement.slice(hit.start, hit.end), hit.start];

describe('fuzzyWording', () => {
  it('reads a listed phrase first', () => {
    assert.deepEqual(fuzzyWording('Get better at giving feedback', new PhraseMatcher(['get better at'])), { phrase: 'get better at', start: 0, end: 13 });
  });

  it('finds an unmeasured comparison, a soft main verb, a graded role and an abstract noun', () => {
    const cases: [string, [string, number] | undefined][] = [
      ['Write tighter emails', ['tighter', 6]],
      ['I want to step into leadership', ['step into', 10]],
      ['Be a role model for the juniors', ['Be a role model', 0]],
      ['Become a trusted adviser to the partners', ['Become a trusted', 0]],
      ['Career development', ['Career development', 0]],
    ];
    for (const [statement, expected] of cases) assert.deepEqual(phrase(statement, fuzzyWording(statement, none)), expected, statement);
  });

  it('leaves positions, actions and "get" with a named object alone', () => {
    for (const statement of ['Become a charge nurse on the stroke unit', 'Be the lead for the ward audit', 'Get the rota signed off by the matron', 'Lead the onboarding of the new cohort', 'Review the pull requests for the team']) {
      assert.equal(fuzzyWording(statement, none), undefined, statement);
    }
  });

  it('knows comparatives of gradable words, not other words ending in -er', () => {
    assert.deepEqual(['punchier', 'bigger', 'wiser', 'clearer', 'manager', 'partner', 'number', 'after'].map(isComparative), [true, true, true, true, false, false, false, false]);
  });
});

describe('imposedWording and borrowedHit', () => {
  it('finds a passive order, a wish aimed at the mentee and a say-so given as the reason', () => {
    const cases: [string, [string, number] | undefined][] = [
      ['I was nominated to run the staff survey', ['was nominated', 2]],
      ['The practice manager needs us to cover Saturdays', ['needs us', 21]],
      ['Since the partners insisted, sit the tax exam', ['Since the partners insisted', 0]],
      ['Coach the juniors who were told to shadow me', undefined],
      ['Ask my manager what she wants me to focus on', undefined],
      ['I want to lead the platform team', undefined],
    ];
    for (const [statement, expected] of cases) assert.deepEqual(phrase(statement, imposedWording(statement)), expected, statement);
  });

  it('prefers a listed phrase outside a questioned clause', () => {
    const borrowed = new PhraseMatcher(PHRASES.borrowed);
    assert.deepEqual(borrowedHit('My manager wants me to own the roadmap', borrowed), { phrase: 'my manager wants', start: 0, end: 16 });
    assert.equal(borrowedHit('Find out what my manager wants from the update', borrowed), undefined);
  });
});

describe('wishHit and statusQuoHit', () => {
  it('reads wishes outside hyphenated words and questioned clauses', () => {
    const wish = new PhraseMatcher(PHRASES.wish);
    assert.deepEqual(wishHit('With any luck, lead the platform team', wish), { phrase: 'with any luck', start: 0, end: 13 });
    assert.equal(wishHit('Run a one-day design sprint', wish), undefined);
    assert.equal(wishHit('Find out what the panel hopes to see', wish), undefined);
  });

  it('reads maintenance only as the main verb', () => {
    const maintenance = new PhraseMatcher(PHRASES.maintenance);
    assert.deepEqual(statusQuoHit('Stick with the Thursday clinic', maintenance), { phrase: 'stick with', start: 0, end: 10 });
    assert.equal(statusQuoHit('Learn to keep meetings short', maintenance), undefined);
  });
});

describe('goal properties read through the same detectors', () => {
  const HEAD = '---\ntype: mentoring-plan\n---\n# Plan\n\n## Goals\n\n';
  const unmet = (statement: string) => {
    const { plan, properties } = checkDocument(`${HEAD}### ${statement}\n- By: 2099-01\n`, { today: '2026-11-23' });
    return properties(plan.goals[0]).filter((c) => c.met === false && c.id !== 'linked').map((c) => `${c.id}: ${c.reason}`);
  };

  it('names the fuzzy shape, the feeling, and no wish or maintenance the rules would not report', () => {
    assert.deepEqual(unmet('Step into leadership'), ['specific: "step into" is fuzzy and nothing in it names an observable result; add a "Success looks like" line']);
    assert.deepEqual(unmet('Feel less tense before one-to-ones'), ['specific: "feel less" describes a feeling and nothing in it names an observable result']);
    assert.deepEqual(unmet('Run a one-day design sprint with the Acme team'), []);
    assert.deepEqual(unmet('Learn to keep meetings short for the Acme team'), []);
    assert.deepEqual(unmet('Stick with the Thursday clinic for the Acme team'), ['stretch: "stick with" keeps things as they are and there is no "Stretch" line']);
  });
});
