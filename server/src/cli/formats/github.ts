// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's files.

import type { Severity } from '../../data/catalogue';
import type { Report } from '../report';
import type { FormatOptions } from './options';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** Escaping rules of workflow commands: the message and property values differ. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(report: Report, options: Pick<FormatOptions, 'hints'>): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      if (f.severity === 'hint' && !options.hints) continue;
      const props = [
        `file=${escapeProperty(file.path)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`${f.ruleId} (mentoring-plans)`)}`,
      ];
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  for (const e of report.errors) {
    const where = [`file=${escapeProperty(e.path)}`, ...(e.line !== undefined ? [`line=${e.line}`, `col=${e.column ?? 1}`] : [])];
    lines.push(`::error ${where.join(',')},title=mentoring-plans::${escapeData(e.message)}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
