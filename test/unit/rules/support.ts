// Shared by the rule tests: run the whole check over a plan and describe findings by place and text.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleId } from '../../../server/src/data/catalogue';
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
