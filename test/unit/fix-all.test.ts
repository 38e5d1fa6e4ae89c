// Fix all writes no words: over every fixture plan, each edit replaces a date, a link target or a
// kind that is already there, and never inserts text.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkDocument, type Finding } from '../../server/src/core/check';
import type { Plan } from '../../server/src/core/model';
import { KINDS } from '../../server/src/data/kinds';
import { fixAll } from '../../server/src/features/code-actions/fix-all';
import type { SpanEdit } from '../../server/src/features/code-actions';
import { fileLinkResolver } from '../../server/src/node/file-links';

const TODAY = '2026-11-22';
const ROOT = join(__dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return markdownFiles(file);
    return /\.md$/.test(name) ? [file] : [];
  });
}

const fixAllOf = (plan: Plan, findings: readonly Finding[]): SpanEdit[] => fixAll(findings.map((f) => ({ ruleId: f.ruleId, span: f.span, data: f.data ?? {} })), { plan, today: TODAY });

const inside = (outer: { start: number; end: number }, inner: { start: number; end: number }): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** What an edit replaced: a date, a why-link's target or a kind; undefined for anything else. */
function replaced(plan: Plan, edit: SpanEdit): 'date' | 'slug' | 'kind' | undefined {
  if (edit.span.start >= edit.span.end) return undefined;
  const fields = plan.goals.flatMap((g) => g.fields);
  const dates = [...fields.filter((f) => f.key === 'by').map((f) => f.valueSpan), ...(plan.frontMatter ? [plan.frontMatter.span] : [])];
  if (dates.some((s) => inside(s, edit.span)) && /^\d{4}-\d{2}(?:-\d{2})?$/.test(edit.newText)) return 'date';
  if (fields.some((f) => f.key === 'kind' && inside(f.valueSpan, edit.span)) && KINDS.some((k) => k.value === edit.newText)) return 'kind';
  const link = fields.flatMap((f) => (f.key === 'why' ? f.links : [])).find((l) => inside(l.span, edit.span));
  const target = link && plan.text.slice(edit.span.start, edit.span.end);
  if (link && target && link.target.includes(target) && !/\s/.test(edit.newText)) return 'slug';
  return undefined;
}

describe('fix all', () => {
  const plans = [...markdownFiles(join(ROOT, 'test', 'fixtures')), ...markdownFiles(join(ROOT, 'examples'))]
    .map((file) => ({ name: relative(ROOT, file), check: checkDocument(readFileSync(file, 'utf8'), { today: TODAY, relativePath: relative(ROOT, file), resolveLink: fileLinkResolver({ planPath: file, roots: [] }) }) }))
    .filter(({ check }) => check.isPlan);

  it('only replaces an existing date, link target or kind in every fixture plan', () => {
    const kinds = new Map<string, number>();
    for (const { name, check } of plans) {
      for (const edit of fixAllOf(check.plan, check.findings)) {
        const what = replaced(check.plan, edit);
        assert.ok(what, `${name}: ${JSON.stringify(edit)} changes more than a date, link target or kind`);
        kinds.set(what, (kinds.get(what) ?? 0) + 1);
      }
    }
    // The walk is not empty: the fixture plans hold a misspelt kind and an unambiguous date to rewrite.
    assert.ok((kinds.get('kind') ?? 0) > 0 && (kinds.get('date') ?? 0) > 0, JSON.stringify([...kinds]));
  });

  it('adds no why-link, even where the plan has a single purpose to link to', () => {
    const text = '---\ntype: mentoring-plan\n---\n## Purpose\n\n### Open a second bakery\n\n## Goals\n\n### Hire a head baker by March 2027\n- Why this matters: the ovens are idle at night\n\n### Price the wholesale range\n- By: 2027-02\n';
    const { plan, findings } = checkDocument(text, { today: TODAY, relativePath: 'mo.plan.md' });
    assert.deepEqual(findings.map((f) => f.ruleId).filter((r) => r === 'why-not-linked' || r === 'missing-why'), ['why-not-linked', 'missing-why']);
    assert.deepEqual(fixAllOf(plan, findings), []);
  });

  it('rewrites a date, a slug typo and a kind typo, each in place', () => {
    const text = '---\ntype: mentoring-plan\n---\n## Purpose\n\n### Open a second bakery\n\n## Goals\n\n### Hire a head baker\n- Why this matters: [bakery](#open-a-second-bakey)\n- By: 31/01/2027\n- Kind: carreer\n';
    const { plan, findings } = checkDocument(text, { today: TODAY, relativePath: 'mo.plan.md' });
    const edits = fixAllOf(plan, findings);
    assert.deepEqual(
      edits.map((e) => [text.slice(e.span.start, e.span.end), e.newText]),
      [
        ['#open-a-second-bakey', '#open-a-second-bakery'],
        ['31/01/2027', '2027-01-31'],
        ['carreer', 'career'],
      ],
    );
  });
});
