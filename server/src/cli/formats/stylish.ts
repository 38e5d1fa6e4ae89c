// The default output, as ESLint's stylish: a header line per plan with findings, then aligned
// `line:col  severity  message  rule` rows, messages wrapped to the width, and a summary. Hints are
// the editor's faint dots, left out unless asked for. Colour only when allowed (see colour.ts).

import type { Severity } from '../../data/catalogue';
import { plural, severityCounts, type LocatedFinding, type Report } from '../report';
import type { FormatOptions } from './options';

const COLOUR: Record<Severity, number> = { error: 31, warning: 33, information: 36, hint: 90 };
const DIM = 90;
const UNDERLINE = 4;
const GAP = '  ';
/** Below this, a message column is too narrow to read; the line runs past the width instead. */
const MIN_MESSAGE_WIDTH = 30;

/**
 * Greedy word wrap at spaces; a word longer than the width stays whole on its own line. Lines are
 * slices of the text, not strings built word by word: a large run prints tens of thousands of messages.
 */
export function wrap(text: string, width: number): string[] {
  const flat = /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text;
  const lines: string[] = [];
  let start = 0;
  const end = flat.trimEnd().length;
  while (flat[start] === ' ') start++;
  while (end - start > width) {
    let cut = flat.lastIndexOf(' ', start + width);
    if (cut <= start) cut = flat.indexOf(' ', start + width);
    if (cut < 0 || cut >= end) break;
    lines.push(flat.slice(start, cut));
    start = cut + 1;
  }
  lines.push(flat.slice(start, end));
  return lines;
}

/** A run with no plan says what it saw and how a file becomes a plan. */
function emptyRun(seen: number): string {
  if (seen === 0) return '0 plans checked: no markdown file was found.';
  return `0 plans checked: ${plural(seen, 'markdown file', 'markdown files')} looked at, none of them a plan. A plan matches the "files" globs (by default *.plan.md and *.mentoring.md) or says "type: mentoring-plan" in its front matter.`;
}

export function formatStylish(report: Report, options: FormatOptions): string {
  const paint = (code: number, text: string): string => (options.colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  const shown = (f: LocatedFinding): boolean => options.hints || f.severity !== 'hint';
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const out: string[] = [];
  for (const file of report.files) {
    const findings = file.findings.filter(shown);
    for (const f of file.findings) counts[f.severity]++;
    if (findings.length === 0) continue;
    const rows = findings.map((f) => ({ at: `${f.line}:${f.column}`, f }));
    const atWidth = Math.max(...rows.map((r) => r.at.length));
    const severityWidth = Math.max(...findings.map((f) => f.severity.length));
    const ruleWidth = Math.max(...findings.map((f) => f.ruleId.length));
    const messageIndent = GAP.length + atWidth + GAP.length + severityWidth + GAP.length;
    const longest = Math.max(...findings.map((f) => f.message.length));
    const messageWidth = Math.min(longest, Math.max(MIN_MESSAGE_WIDTH, options.width - messageIndent - GAP.length - ruleWidth));
    out.push(paint(UNDERLINE, file.path));
    for (const { at, f } of rows) {
      const [first, ...more] = wrap(f.message, messageWidth);
      const head = `${GAP}${paint(DIM, at.padEnd(atWidth))}${GAP}${paint(COLOUR[f.severity], f.severity.padEnd(severityWidth))}${GAP}`;
      out.push(`${head}${first.padEnd(messageWidth)}${GAP}${paint(DIM, f.ruleId)}`);
      for (const line of more) out.push(`${' '.repeat(messageIndent)}${line}`);
    }
    out.push('');
  }
  const visible = severityCounts(counts, options.hints ? ['error', 'warning', 'information', 'hint'] : ['error', 'warning', 'information']);
  const hidden = !options.hints && counts.hint > 0 ? ` (and ${plural(counts.hint, 'hint', 'hints')}, shown with --hints)` : '';
  const summary = report.files.length === 0 ? emptyRun(report.seen ?? 0) : `${plural(report.files.length, 'plan', 'plans')} checked: ${visible.length > 0 ? visible.join(', ') : 'no findings'}${hidden}.`;
  out.push(paint(counts.error > 0 ? COLOUR.error : counts.warning > 0 ? COLOUR.warning : 0, wrap(summary, options.width).join('\n')));
  return `${out.join('\n')}\n`;
}
