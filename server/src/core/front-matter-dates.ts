// Date keys of the front matter, with the span of their value in the text.

import { isPlaceholder } from '../data/templates';
import type { Plan } from './model';
import type { Span } from './text';

export const FRONT_MATTER_DATE_KEYS = ['next-review', 'started'] as const;

export interface FrontMatterValue {
  readonly key: string;
  readonly value: string;
  readonly span: Span;
}

/** The value of a date key as written (YAML may have read it as a Date), and where it stands. */
export function frontMatterDate(plan: Plan, key: string): FrontMatterValue | undefined {
  const fm = plan.frontMatter;
  if (!fm || fm.error || !(key in fm.data)) return undefined;
  const raw = fm.data[key];
  if (raw === null || raw === undefined || raw === '') return undefined;
  const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw);
  // Left as the template wrote it, the date is not filled in yet.
  if (isPlaceholder(value)) return undefined;
  const first = plan.lines.lineOf(fm.span.start);
  const last = plan.lines.lineOf(fm.span.end);
  const keyPattern = new RegExp(`^(\\s*${key.replace(/[-]/g, '\\-')}\\s*:\\s*)(.*?)\\s*(?:#.*)?$`);
  for (let line = first + 1; line < last; line++) {
    const m = keyPattern.exec(plan.lines.lineText(line));
    if (!m) continue;
    const start = plan.lines.lineStart(line) + m[1].length;
    return { key, value, span: { start, end: start + m[2].length } };
  }
  return { key, value, span: fm.span };
}
