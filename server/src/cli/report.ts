// What a check run produced, in a form every output format reads: plans with located findings, and
// the inputs that could not be checked.

import type { RuleId, Severity } from '../data/catalogue';

export interface LocatedFinding {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly message: string;
  /** 1-based; columns count UTF-16 code units, as editors do. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface CheckedFile {
  /** Relative to the current folder, forward slashes. */
  readonly path: string;
  readonly findings: readonly LocatedFinding[];
}

/** A path, file or config file that could not be used: one line each, and exit code 2. */
export interface InputError {
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** A file that was looked at and not checked, for a reason that is no error: one line on standard error. */
export interface InputNotice {
  readonly path: string;
  readonly message: string;
}

export interface Report {
  readonly today: string;
  readonly files: readonly CheckedFile[];
  readonly errors: readonly InputError[];
  /** How many markdown files were looked at, plans or not. */
  readonly seen?: number;
  readonly notices?: readonly InputNotice[];
}

export type Counts = Record<Severity, number>;

export function countBySeverity(report: Report): Counts {
  const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of report.files) for (const finding of f.findings) counts[finding.severity]++;
  return counts;
}

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "1 error, 2 warnings": the severities that occur, most severe first. */
export function severityCounts(counts: Readonly<Record<Severity, number>>, severities: readonly Severity[]): string[] {
  const names: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], information: ['information', 'information'], hint: ['hint', 'hints'] };
  return severities.filter((s) => counts[s] > 0).map((s) => plural(counts[s], ...names[s]));
}

export function errorLine(e: InputError): string {
  const where = e.line !== undefined ? `${e.path}:${e.line}:${e.column ?? 1}` : e.path;
  return `${where}: ${e.message}`;
}

declare const __SERVER_VERSION__: string | undefined;
export const VERSION = typeof __SERVER_VERSION__ === 'string' ? __SERVER_VERSION__ : '0.0.0-dev';
export const TOOL_NAME = 'mentoring-plans';
