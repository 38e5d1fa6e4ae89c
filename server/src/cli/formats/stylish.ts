// The default output: one line per finding, `file:line:col severity message rule`, and a summary.
// Colour only when writing to a terminal.

import type { Severity } from '../../data/catalogue';
import { countBySeverity, type Report } from '../report';

const COLOUR: Record<Severity, number> = { error: 31, warning: 33, information: 36, hint: 90 };

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function formatStylish(report: Report, options: { colour: boolean }): string {
  const paint = (code: number, text: string): string => (options.colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      lines.push(`${file.path}:${f.line}:${f.column} ${paint(COLOUR[f.severity], f.severity)} ${f.message} ${paint(90, f.ruleId)}`);
    }
  }
  const c = countBySeverity(report);
  const total = c.error + c.warning + c.information + c.hint;
  const plans = plural(report.files.length, 'plan', 'plans');
  if (total === 0) lines.push(`${plans} checked, no findings.`);
  else {
    const parts = [plural(c.error, 'error', 'errors'), plural(c.warning, 'warning', 'warnings'), `${c.information} information`, plural(c.hint, 'hint', 'hints')];
    lines.push(paint(c.error > 0 ? 31 : c.warning > 0 ? 33 : 0, `${plans} checked, ${plural(total, 'finding', 'findings')} (${parts.join(', ')}).`));
  }
  return `${lines.join('\n')}\n`;
}
