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

export interface Report {
  readonly today: string;
  readonly files: readonly CheckedFile[];
  readonly errors: readonly InputError[];
}

export type Counts = Record<Severity, number>;

export function countBySeverity(report: Report): Counts {
  const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of report.files) for (const finding of f.findings) counts[finding.severity]++;
  return counts;
}

export function errorLine(e: InputError): string {
  const where = e.line !== undefined ? `${e.path}:${e.line}:${e.column ?? 1}` : e.path;
  return `${where}: ${e.message}`;
}

declare const __SERVER_VERSION__: string | undefined;
export const VERSION = typeof __SERVER_VERSION__ === 'string' ? __SERVER_VERSION__ : '0.0.0-dev';
export const TOOL_NAME = 'mentoring-plans';
