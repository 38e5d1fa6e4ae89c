// Inline control comments: <!-- mentoring-plans-disable[-next-line|-file] [rule…] --> and -enable.

import { closest } from 'fastest-levenshtein';
import { isRuleId, RULE_IDS } from '../data/catalogue';
import type { InlineComment } from './model';
import type { LineIndex } from './text';

const COMMENT = /<!--\s*mentoring-plans-(disable-next-line|disable-file|disable|enable)\b([^]*?)-->/g;

/** Finds the control comments in an HTML block or inline HTML whose text starts at `offset`. */
export function parseInlineComments(html: string, offset: number): InlineComment[] {
  const out: InlineComment[] = [];
  // Past the last "-->" no comment can close; without the cut, every opener there would scan to the end.
  const closable = html.slice(0, html.lastIndexOf('-->') + 3);
  for (const m of closable.matchAll(COMMENT)) {
    const start = offset + (m.index ?? 0);
    const argsStart = start + m[0].indexOf(m[2], `<!--`.length);
    const rules: InlineComment['rules'][number][] = [];
    for (const r of m[2].matchAll(/[^\s,]+/g)) {
      const at = argsStart + (r.index ?? 0);
      rules.push({ id: r[0], span: { start: at, end: at + r[0].length } });
    }
    out.push({ directive: m[1] as InlineComment['directive'], rules, span: { start, end: start + m[0].length } });
  }
  return out;
}

/** Answers whether a rule is switched off at a line, from the comments of a plan. */
export class Suppressions {
  private readonly fileWide = new Set<string>();
  private allFile = false;
  private readonly nextLine = new Map<number, Set<string> | 'all'>();
  /** Ordered toggles: at line L, the rule (or every rule) becomes off or on. */
  private readonly toggles: { line: number; rules: readonly string[]; off: boolean }[] = [];

  constructor(comments: readonly InlineComment[], lines: LineIndex) {
    for (const c of comments) {
      const ids = c.rules.map((r) => r.id);
      const endLine = lines.lineOf(c.span.end);
      switch (c.directive) {
        case 'disable-file':
          if (ids.length === 0) this.allFile = true;
          else ids.forEach((id) => this.fileWide.add(id));
          break;
        case 'disable-next-line': {
          const line = endLine + 1;
          const prev = this.nextLine.get(line);
          if (ids.length === 0 || prev === 'all') this.nextLine.set(line, 'all');
          else this.nextLine.set(line, new Set([...(prev ?? []), ...ids]));
          break;
        }
        case 'disable':
        case 'enable':
          this.toggles.push({ line: lines.lineOf(c.span.start), rules: ids, off: c.directive === 'disable' });
          break;
      }
    }
    this.toggles.sort((a, b) => a.line - b.line);
  }

  isSuppressed(ruleId: string, line: number): boolean {
    if (this.allFile || this.fileWide.has(ruleId)) return true;
    const next = this.nextLine.get(line);
    if (next === 'all' || next?.has(ruleId)) return true;
    let off = false;
    for (const t of this.toggles) {
      if (t.line > line) break;
      if (t.rules.length === 0 || t.rules.includes(ruleId)) off = t.off;
    }
    return off;
  }
}

/** Names in control comments that are not rule ids: such a name silences nothing, so it is reported. */
export function unknownRuleNames(comments: readonly InlineComment[]): { id: string; span: InlineComment['span']; message: string }[] {
  return comments.flatMap((c) =>
    c.rules
      .filter((r) => !isRuleId(r.id))
      .map((r) => ({
        id: r.id,
        span: r.span,
        message: `"${r.id}" is not a rule of Mentoring Plans, so this comment silences nothing. Did you mean "${closest(r.id, [...RULE_IDS])}"?`,
      })),
  );
}
