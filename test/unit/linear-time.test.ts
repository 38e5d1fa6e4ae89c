// Adversarial inputs stay linear: checking ten times the input takes well under fifteen times as long.
// Medians of several timed runs, after a warm-up, keep the ratio stable on a busy machine.

import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import { checkDocument } from '../../server/src/core/check';
import { clearChunkCache } from '../../server/src/core/chunked-parse';
import { mergeConfig, type CheckConfig } from '../../server/src/core/config';

const TODAY = '2026-11-22';
const RUNS = 5;
const MAX_RATIO = 15;
const HEAD = '---\ntype: mentoring-plan\nmentee: Sam\n---\n# Mentoring plan: Sam\n\n## Purpose\n\n### Lead a team of my own\n\n## Goals\n\n';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One check from cold: the parser's chunk cache would otherwise make repeated goals nearly free. */
function timeCheck(text: string, config?: CheckConfig): number {
  clearChunkCache();
  const start = performance.now();
  checkDocument(text, { today: TODAY, config, relativePath: 'sam.plan.md' });
  return performance.now() - start;
}

/** Times the 1× and 10× inputs, interleaved after a warm-up so load on the machine hits both alike. */
function assertLinear(make: (scale: number) => string, config?: CheckConfig): void {
  const small = make(1);
  const large = make(10);
  assert.ok(large.length >= small.length * 9, 'the large input is about ten times the small one');
  timeCheck(small, config);
  timeCheck(large, config);
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    smallTimes.push(timeCheck(small, config));
    largeTimes.push(timeCheck(large, config));
  }
  const ratio = median(largeTimes) / Math.max(median(smallTimes), 0.05);
  assert.ok(ratio < MAX_RATIO, `10× input took ${ratio.toFixed(1)}× as long (limit ${MAX_RATIO}×)`);
}

describe('checking time stays linear in adversarial inputs', function () {
  this.timeout(120000);

  it('a 100,000-character goal line of repeated vague and wishful words', () => {
    const words = 'hopefully get better at maybe someday improve really work on more confident ';
    assertLinear((scale) => `${HEAD}### ${words.repeat(Math.ceil((10000 * scale) / words.length)).slice(0, 10000 * scale)}\n- By: 2099-01\n`);
  });

  it('a goal statement repeating a wish, an order, maintenance, a join and a feeling', () => {
    const clause = 'I hope to keep and present what my manager wants and feel less stressed, ';
    assertLinear((scale) => `${HEAD}### ${clause.repeat(80 * scale)}\n`);
  });

  it('a thousand repeated goals', () => {
    const goal = '### Get better at communication\n- Why this matters: [Lead](#lead-a-team-of-my-own)\n- By: 2099-03\n- Kind: ladder\n\n';
    assertLinear((scale) => HEAD + goal.repeat(100 * scale));
  });

  it('a goal that joins thousands of outcomes with "and"', () => {
    assertLinear((scale) => `${HEAD}### Ship the guide${' and go to go'.repeat(1000 * scale)}\n- By: 2099-01\n`);
  });

  it('a thousand distinct goals that share most of their words', () => {
    assertLinear((scale) => HEAD + Array.from({ length: 100 * scale }, (_, i) => `### Ship release ${i} of the billing service without a rollback\n- By: 2099-0${(i % 9) + 1}\n\n`).join(''));
  });

  // remark's parser alone is quadratic on these two; core/defuse-openers.ts keeps them linear.
  it('thousands of repeated emphasis and link openers', () => {
    assertLinear((scale) => `${HEAD}### ${'**[**['.repeat(2000 * scale)}\n- Why this matters: ${'[**'.repeat(1000 * scale)}\n`);
  });

  it('long runs of unclosed comment openers', () => {
    assertLinear((scale) => `${HEAD}### Run the retro <!--${'<!--'.repeat(2500 * scale)}\n- By: 2099-01\n`);
    assertLinear((scale) => HEAD + '<!-- mentoring-plans-disable vague-goal\n'.repeat(300 * scale));
  });

  // Past 16 containers deep, markers are text (core/container-depth.ts): nesting costs no more than that.
  it('lists nested far past the depth limit, over and over', () => {
    const nest = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- Why this matters: step ${i}`).join('\n');
    assertLinear((scale) => HEAD + `### Move the choir to the new hall by 2099-05\n${nest}\n\n`.repeat(scale));
    assertLinear((scale) => HEAD + `${'- '.repeat(2000 * scale)}x\n${'> '.repeat(2000 * scale)}y\n`);
  });

  // Both sizes past the 64 KB from which chunk trees are kept and parsed one by one, so the ratio measures growth, not that switch.
  it('thousands of goal headings', () => {
    assertLinear((scale) => HEAD + Array.from({ length: 1200 * scale }, (_, i) => `### Lead the weekly retro with the whole team, number ${i}\n`).join(''));
  });

  describe('configured phrases with regular-expression characters', () => {
    const config = mergeConfig({ phrases: { vague: { add: ['.*(a+)+$', '(x+x+)+y', '[a-z]*'] } } });

    it('are matched in linear time against inputs that would make a regular expression backtrack', () => {
      assertLinear((scale) => `${HEAD}### Write ${'a'.repeat(10000 * scale)}! ${'x'.repeat(1000 * scale)}\n- By: 2099-01\n`, config);
      assertLinear((scale) => `${HEAD}${'### Practise a a a a a .*( a+ )+ $ a\n- By: 2099-01\n\n'.repeat(50 * scale)}`, config);
    });

    it('match only their literal text', () => {
      const vagueIn = (statement: string) =>
        checkDocument(`${HEAD}### ${statement}\n- Why this matters: [Lead](#lead-a-team-of-my-own)\n- By: 2099-01\n`, { today: TODAY, config, relativePath: 'sam.plan.md' })
          .findings.filter((f) => f.ruleId === 'vague-goal')
          .map((f) => f.data?.phrase);
      // Words the patterns would match as regular expressions, or that share their letters.
      assert.deepEqual(vagueIn('Write a design doc for the billing service'), []);
      assert.deepEqual(vagueIn('Write aaaa design docs'), []);
      assert.deepEqual(vagueIn('Present xxy to the board'), []);
      assert.deepEqual(vagueIn('Study a-z of the codebase'), []);
      // The literal text itself is found.
      assert.deepEqual(vagueIn('Understand .*(a+)+$ in the parser'), ['.*(a+)+$']);
      assert.deepEqual(vagueIn('Explain [a-z]* to the team'), ['[a-z]*']);
    });
  });
});
