// Shared by the rule tests: run the whole check over a plan and describe findings by place and text.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, type RuleId } from '../../../server/src/data/catalogue';
import { checkDocument, type Finding } from '../../../server/src/core/check';
import { mergeConfig, type CheckConfig } from '../../../server/src/core/config';
import type { LinkResolver } from '../../../server/src/core/links';
import type { Plan } from '../../../server/src/core/model';
import type { Span } from '../../../server/src/core/text';

/** Every date rule compares with this day. */
export const TODAY = '2026-11-22';

export function fixture(name: string): string {
  return readFileSync(join(__dirname, '..', '..', 'fixtures', 'plans', name), 'utf8');
}

/** "line:col-line:col text", 1-based, as an editor shows it. */
export function where(plan: Plan, span: Span): string {
  const a = plan.lines.positionAt(span.start);
  const b = plan.lines.positionAt(span.end);
  return `${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1} ${plan.text.slice(span.start, span.end)}`;
}

export interface RunOptions {
  readonly today?: string;
  readonly config?: Partial<CheckConfig>;
  readonly resolveLink?: LinkResolver;
  readonly relativePath?: string;
}

/** Checks a plan (a *.plan.md path) and keeps one rule's findings. */
export function run(ruleId: RuleId, text: string, options: RunOptions = {}): { plan: Plan; findings: Finding[]; at: string[] } {
  const result = checkDocument(text, {
    relativePath: options.relativePath ?? 'plans/mac.plan.md',
    today: options.today ?? TODAY,
    config: mergeConfig(options.config ?? {}),
    resolveLink: options.resolveLink,
  });
  const findings = result.findings.filter((f) => f.ruleId === ruleId);
  return { plan: result.plan, findings, at: findings.map((f) => where(result.plan, f.span)) };
}

/** Inserts a line before 1-based line `before`, indented like the line it lands above. */
export function insertLine(text: string, before: number, line: string, indentFrom = before): string {
  const lines = text.split('\n');
  const indent = /^\s*/.exec(lines[indentFrom - 1] ?? '')![0];
  lines.splice(before - 1, 0, indent + line);
  return lines.join('\n');
}

const texts = (r: { plan: Plan; findings: Finding[] }): string[] => r.findings.map((f) => r.plan.text.slice(f.span.start, f.span.end));

/**
 * The ways to turn a rule off, tried on a plan where it fires: control comments (next line, a range,
 * the file; named or for every rule) and config severities. Findings in front matter can only be
 * reached by file-wide comments and config, so `inFrontMatter` skips the line-based cases.
 */
export function itHonoursControls(ruleId: RuleId, text: string, options: RunOptions & { inFrontMatter?: boolean } = {}): void {
  describe('turning it off', () => {
    const base = run(ruleId, text, options);
    const line = base.findings.length > 0 ? base.plan.lines.lineOf(base.findings[0].span.start) + 1 : 0;
    const onOtherLines = base.findings.filter((f) => base.plan.lines.lineOf(f.span.start) + 1 !== line).map((f) => base.plan.text.slice(f.span.start, f.span.end));

    it('fires on the plan used here', () => assert.ok(base.findings.length > 0));

    if (!options.inFrontMatter) {
      it('disable-next-line with its id, or with no id, silences that line only', () => {
        assert.deepEqual(texts(run(ruleId, insertLine(text, line, `<!-- mentoring-plans-disable-next-line ${ruleId} -->`), options)), onOtherLines);
        assert.deepEqual(texts(run(ruleId, insertLine(text, line, '<!-- mentoring-plans-disable-next-line -->'), options)), onOtherLines);
      });

      it('disable-next-line naming another rule changes nothing', () => {
        const other = ruleId === 'vague-goal' ? 'wish-goal' : 'vague-goal';
        assert.deepEqual(texts(run(ruleId, insertLine(text, line, `<!-- mentoring-plans-disable-next-line ${other} -->`), options)), texts(base));
      });

      it('disable … enable silences the lines between', () => {
        const opened = insertLine(text, line, `<!-- mentoring-plans-disable ${ruleId} -->`);
        const closed = insertLine(opened, line + 2, `<!-- mentoring-plans-enable ${ruleId} -->`);
        assert.deepEqual(texts(run(ruleId, closed, options)), onOtherLines);
      });
    }

    it('disable-file with its id, or with no id, silences the whole file', () => {
      assert.deepEqual(run(ruleId, `${text}\n<!-- mentoring-plans-disable-file ${ruleId} -->\n`, options).findings, []);
      assert.deepEqual(run(ruleId, `${text}\n<!-- mentoring-plans-disable-file -->\n`, options).findings, []);
    });

    it('config severity: off removes it, another level changes it', () => {
      assert.deepEqual(run(ruleId, text, { ...options, config: { rules: { [ruleId]: 'off' } } }).findings, []);
      const level = RULES[ruleId].defaultSeverity === 'error' ? 'hint' : 'error';
      assert.deepEqual([...new Set(run(ruleId, text, { ...options, config: { rules: { [ruleId]: level } } }).findings.map((f) => f.severity))], [level]);
    });

    it('reports with the catalogue default severity', () => {
      assert.deepEqual([...new Set(base.findings.map((f) => f.severity))], [RULES[ruleId].defaultSeverity]);
    });
  });
}

/** The phrase a wording rule flags in each statement, each checked as the only goal of a plan, or null when it is silent. */
export function phrasesOf(ruleId: RuleId, statements: readonly string[]): (string | null)[] {
  return statements.map((s) => {
    const found = run(ruleId, `---\ntype: mentoring-plan\nmentee: Priya\n---\n## Goals\n\n### ${s}\n`).findings;
    return found.length === 0 ? null : String((found[0].data as { phrase: unknown }).phrase);
  });
}
