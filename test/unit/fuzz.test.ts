// Property tests: generated and mutated plans never break the core, and every range stays inside the text.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { checkDocument, checkPlan } from '../../server/src/core/check';
import { containerDepth } from '../support/mdast-depth';
import { MAX_CONTAINER_DEPTH } from '../../server/src/core/container-depth';
import { defuseOpeners } from '../../server/src/core/defuse-openers';
import { parseBounded, parseMarkdown, parsePlan } from '../../server/src/core/parse';
import type { Rule } from '../../server/src/core/rule';
import { ALL_RULES } from '../../server/src/core/rules';

const TODAY = '2026-11-22';
/** Runs per property; `FUZZ_RUNS` raises it for the long run (`npm run fuzz`). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const piece = fc.oneof(
  fc.constantFrom(
    '---\ntype: mentoring-plan\nnext-review: 2026-01-01\n---\n',
    '---\ntype: mentoring-plan\nbad: [unclosed\n---\n',
    '---\n: : :\n',
    '\uFEFF',
    '## Goals\n',
    '## Purpose\n### Lead a team\nWhy it matters to me.\n',
    '## Exploration\n### Identity\n- Who are you outside work? A climber.\n',
    '### Get better at communication\n',
    '- Why this matters: [aim](#lead-a-team)\n',
    '- **By:** 2027-13-45\n',
    '**Kind**: ladder, wizard\n',
    '1. Someday I hope to speak and write a book\n   - By: Q5 2027\n',
    '#### Challenge questions\n- Why now?\n',
    '<!-- mentoring-plans-disable-next-line -->\n',
    '<!-- mentoring-plans-disable vague-goal missing-why -->\n',
    '<!-- unclosed comment\n',
    '```\n## Goals\n### not a goal\n',
    '<div>\n## Goals\n</div>\n',
    '> ### quoted heading\n',
    '[ref]: ../aims.md#slug\n',
    '- [x] Finished goal\n',
    '## Sessions\n### 2026-03-04\nTalked it over.\n',
    '## Notes\n### Reading list\n',
    'Priorities\n---\n',
    '- - - - - - - - - - - - - - - - - - - - ',
    '> > > > > > > > > > > > > > > > > > > ',
    '1. 2) - > * + ',
    '\r\n', '\r', '\n', '\0', '😀', '𝕏', '\t', '  ', '    - ', '* ', '#', '[', '](', '**', ':',
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

const planText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

function assertWellFormed(text: string): void {
  const result = checkDocument(text, { relativePath: 'fuzz.plan.md', today: TODAY });
  for (const f of result.findings) {
    assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `span ${JSON.stringify(f.span)} outside ${text.length}`);
    const start = result.plan.lines.positionAt(f.span.start);
    const end = result.plan.lines.positionAt(f.span.end);
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character));
    assert.ok(f.message.length > 0);
  }
}

describe('fuzzing the core', () => {
  it('never throws and keeps every range inside the document', () => {
    fc.assert(fc.property(planText, (text) => assertWellFormed(text)), { numRuns: RUNS });
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(planText, (text) => {
        const a = checkDocument(text, { relativePath: 'fuzz.plan.md', today: TODAY });
        const b = checkDocument(text, { relativePath: 'fuzz.plan.md', today: TODAY });
        assert.deepEqual(a.findings, b.findings);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('builds the plan and findings of one whole parse, though it parses no session log or unknown section it need not', () => {
    fc.assert(
      fc.property(planText, (text) => {
        const plan = parsePlan(text);
        const whole = parsePlan(text, parseMarkdown);
        assert.deepEqual(plan, whole);
        assert.deepEqual(checkPlan(plan, { today: TODAY }), checkPlan(whole, { today: TODAY }));
      }),
      { numRuns: RUNS },
    );
  });

  it('survives very long lines, deep nesting and unclosed fences', () => {
    const cases = [
      `## Goals\n### ${'get better at things '.repeat(5000)}\n`,
      `## Goals\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- Why: level ${i}`).join('\n')}\n`,
      '---\ntype: mentoring-plan\n---\n## Goals\n```\n### Hidden goal\n',
      `## Goals\n${'<!-- '.repeat(2000)}\n`,
      '\r'.repeat(1000) + '## Goals\r### Keep things as they are\r',
      // Shapes that made the parser deep or superlinear (core/container-depth.ts, core/chunked-parse.ts).
      `## Goals\n### Pack for the trip\n${'- '.repeat(20_000)}tent\n`,
      `## Goals\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- Why: level ${i}`).join('\n')}\n`,
      `## Goals\n${'> '.repeat(20_000)}quoted\n${Array.from({ length: 300 }, (_, i) => `${'> '.repeat(i)}reply ${i}`).join('\n')}\n`,
      `## Goals\n${'### Lead the retro\n'.repeat(10_000)}`,
      `## Goals\n### ${'sing in the choir '.repeat(12_000)}\n- By: 2027-01\n`,
    ];
    for (const text of cases) assertWellFormed(text);
  });

  it('bounds the depth of any nesting of lists and block quotes, and keeps every character of the text', () => {
    const marker = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '> ', '>', '  ', '    ', '\t');
    const line = fc.tuple(fc.array(marker, { maxLength: 60 }), fc.constantFrom('goal', 'Why: [aim](#aim)', '', '**By:** 2027')).map(([m, t]) => m.join('') + t);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = `## Goals\n${lines.join('\n')}\n`;
        const tree = parseBounded(text);
        assert.ok(containerDepth(tree) <= MAX_CONTAINER_DEPTH);
        assert.equal(defuseOpeners(text).text.length, text.length);
        assertWellFormed(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('contains a fault inside one rule: the other rules still report, and the fault is told', () => {
    const broken: Rule = {
      id: 'vague-goal',
      check() {
        throw new Error('boom');
      },
    };
    const plan = parsePlan('## Goals\n### Someday I hope to lead the team\n');
    const errors: string[] = [];
    const findings = checkPlan(plan, { today: TODAY, rules: [broken, ...ALL_RULES.filter((r) => r.id !== 'vague-goal')], onRuleError: (id, e) => errors.push(`${id}: ${(e as Error).message}`) });
    assert.deepEqual(errors, ['vague-goal: boom']);
    assert.ok(findings.some((f) => f.ruleId === 'wish-goal'));
  });
});
