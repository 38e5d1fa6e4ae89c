// One judgement: the hover's five properties and the code lens's count read the same rule reports as
// the diagnostics, so no property is unmet without its finding, and none is met by mere absence.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Range } from 'vscode-languageserver';
import { checkDocument } from '../../server/src/core/check';
import { mergeConfig } from '../../server/src/core/config';
import { PROPERTY_RULES, type PropertyId } from '../../server/src/core/properties';
import { goalLens } from '../../server/src/features/code-lens';
import { goalHover } from '../../server/src/features/hover';
import { fileLinkResolver } from '../../server/src/node/file-links';
import { RULE_IDS } from '../../server/src/data/catalogue';

const TODAY = '2026-11-22';
const ROOT = join(__dirname, '..', '..');
const HEAD = '---\ntype: mentoring-plan\n---\n# Plan for Dana\n\n## Purpose\n\n### Run the clinic without me\n\n## Goals\n\n';

const judge = (goal: string, rules: Record<string, 'off'> = {}) => {
  const { plan, properties, findings } = checkDocument(`${HEAD}${goal}`, { today: TODAY, config: mergeConfig({ rules }) });
  return { lines: properties(plan.goals[0]).map((c) => `${c.met === undefined ? '○' : c.met ? '✓' : '✗'} ${c.id}: ${c.reason}`), findings: findings.filter((f) => PROPERTY_RULES[f.ruleId]).map((f) => f.ruleId) };
};

describe('goal properties', () => {
  it('shows a concrete calendar goal as met where the plan shows it, and nothing unmet without a finding', () => {
    const { lines, findings } = judge('### Block Tuesday mornings for deep work\n- Why this matters: [Run the clinic](#run-the-clinic-without-me)\n- By: 2027-02\n');
    assert.deepEqual(findings, []);
    assert.deepEqual(lines, [
      '○ specific: not shown yet: nothing in it names an observable result; a "Success looks like" line would',
      '✓ linked: it serves "Run the clinic"',
      '○ reality-based: not shown yet: nothing in it says what will be done',
      '✓ future-oriented: target date 2027-02',
      '○ stretch: not shown yet: a "Stretch" line would say what is new',
    ]);
  });

  it('marks a property unmet where its rule reports, even with the rule switched off', () => {
    const goal = '### Maintain the weekly intake huddle\n- Why this matters: [Run the clinic](#run-the-clinic-without-me)\n- By: 2027-02\n';
    assert.deepEqual(judge(goal).findings, ['no-stretch']);
    const off = judge(goal, { 'no-stretch': 'off' });
    assert.deepEqual(off.findings, []);
    assert.deepEqual(off.lines[4], '✗ stretch: "maintain" keeps things as they are and there is no "Stretch" line');
  });

  it('names the link that leads to a larger aim, not the goal beside it', () => {
    const { lines } = judge('### Train two volunteers to open the clinic by 2027-03-01\n- Why this matters: [last goal](#train-two-volunteers-to-open-the-clinic-by-2027-03-01) and [the clinic](#run-the-clinic-without-me)\n');
    assert.equal(lines[1], '✓ linked: it serves "the clinic"');
    const own = judge('### Train two volunteers to open the clinic by 2027-03-01\n- Why this matters: [this](#train-two-volunteers-to-open-the-clinic-by-2027-03-01)\n');
    assert.deepEqual([own.lines[1], own.findings], ['✗ linked: the link points to this goal itself, not to a larger aim', ['why-not-linked']]);
  });

  it('shows a stretch only from a filled-in Stretch line', () => {
    const { lines } = judge('### Present the intake audit to the board by 2027-03-01\n- Why this matters: [Run the clinic](#run-the-clinic-without-me)\n- Stretch: I have never spoken to the board\n');
    assert.deepEqual(lines[4], '✓ stretch: the "Stretch" line says what is new');
    assert.deepEqual(lines[2], '✓ reality-based: it says what will be done ("present"), not a wish');
  });
});

/** Every markdown file under the fixture folders and examples/. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return markdownFiles(file);
    return /\.md$/.test(name) ? [file] : [];
  });
}

const range: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
// Every rule on, and inline control comments blanked out: what the rules would say, switched on.
const ALL_ON = mergeConfig({ rules: Object.fromEntries(RULE_IDS.map((id) => [id, 'warning'])) });
const uncontrolled = (text: string): string => text.replace(/<!--\s*mentoring-plans-[^>]*-->/g, (c) => ' '.repeat(c.length));

describe('hover, code lens and diagnostics agree on every fixture plan', () => {
  const plans = [...markdownFiles(join(ROOT, 'test', 'fixtures')), ...markdownFiles(join(ROOT, 'examples'))]
    .map((file) => ({ file, name: relative(ROOT, file) }))
    .map(({ file, name }) => ({ name, check: checkDocument(uncontrolled(readFileSync(file, 'utf8')), { today: TODAY, config: ALL_ON, relativePath: name, resolveLink: fileLinkResolver({ planPath: file, roots: [] }) }) }))
    .filter(({ check }) => check.isPlan && check.plan.goals.length > 0);

  it('finds plans with goals to walk', () => {
    assert.ok(plans.length >= 12, `only ${plans.length} fixture plans`);
  });

  for (const { name, check } of plans) {
    it(name, () => {
      const { plan, findings, properties } = check;
      for (const goal of plan.goals) {
        const checks = properties(goal);
        const inner = plan.goals.filter((g) => g !== goal && g.span.start > goal.span.start && g.span.start <= goal.span.end);
        const own = findings.filter((f) => f.span.start >= goal.span.start && f.span.start <= goal.span.end && !inner.some((g) => f.span.start >= g.span.start && f.span.start <= g.span.end));
        const reported = new Set<PropertyId>(own.flatMap((f) => PROPERTY_RULES[f.ruleId] ?? []));
        const unmet = new Set(checks.filter((c) => c.met === false).map((c) => c.id));
        assert.deepEqual([...unmet].sort(), [...reported].sort(), `${goal.statement}: unmet properties and findings differ`);
        const met = checks.filter((c) => c.met === true).length;
        const hover = goalHover(goal, checks);
        assert.ok(hover.includes(`\n\n${met} of 5 properties met.`), `${goal.statement}: hover count`);
        assert.equal(hover.split('\n').filter((l) => l.startsWith('- ✓')).length, met);
        assert.ok(goalLens(range, goal, checks).command!.title.startsWith(`${met} of 5 properties met`), `${goal.statement}: lens count`);
      }
    });
  }
});

describe('goal hover heading', () => {
  const heading = (goal: string) => {
    const { plan, properties } = checkDocument(`${HEAD}${goal}`, { today: TODAY });
    return goalHover(plan.goals[0], properties(plan.goals[0])).split('\n')[0];
  };

  it('names the status the rules read when the goal has no status line', () => {
    assert.equal(heading('### Work out whether the clinic needs a second nurse practitioner\n'), '**Goal** · no kind given · no status (read as exploring)');
    assert.equal(heading('### Block Tuesday mornings for deep work\n- Kind: lattice\n'), '**Goal** · lattice · no status (read as active)');
    assert.equal(heading('### Block Tuesday mornings for deep work\n- Status: on hold\n'), '**Goal** · no kind given · paused');
  });
});
