// Where the cursor is, read from the line it is on and the plan around it; completion reads the line
// rather than the tree because the item being typed is often not yet valid markdown.

import type { Goal, Plan } from '../../core/model';
import { matchField } from '../../core/parse';
import type { FieldKey } from '../../data/fields';
import { isChallengeHeading } from '../../data/sections';

export interface LineContext {
  readonly offset: number;
  readonly lineStart: number;
  /** The line up to the cursor. */
  readonly before: string;
  readonly indent: string;
  /** Offset where the item's text starts, after its bullet (and checkbox). */
  readonly contentStart: number;
  readonly isListItem: boolean;
}

const ITEM = /^([ \t]*)((?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/;

export function lineContext(plan: Plan, offset: number): LineContext {
  const lineStart = plan.lines.lineStart(plan.lines.lineOf(offset));
  const before = plan.text.slice(lineStart, offset);
  const m = ITEM.exec(before)!;
  return { offset, lineStart, before, indent: m[1], contentStart: lineStart + m[0].length, isListItem: !!m[2] };
}

/** The field whose value the cursor is in, with where the value starts. */
export function fieldAtCursor(plan: Plan, line: LineContext): { key: FieldKey; valueStart: number } | undefined {
  const content = plan.text.slice(line.contentStart, line.offset);
  const m = matchField(content);
  if (!m) return undefined;
  // The value starts after the colon and any spaces; the cursor must be past the colon.
  const colon = content.indexOf(':', m.labelOffset + m.label.length);
  if (colon < 0) return undefined;
  const afterColon = content.slice(colon + 1);
  return { key: m.key, valueStart: line.contentStart + colon + 1 + (afterColon.length - afterColon.trimStart().length) };
}

/** The goal whose fields a list item on this line would belong to. */
export function goalForFieldItem(plan: Plan, line: LineContext): Goal | undefined {
  return plan.goals.find((g) => {
    if (line.lineStart < g.span.start || line.lineStart > g.span.end) return false;
    if (g.form === 'list') return line.indent.length > plan.lines.positionAt(g.span.start).character;
    // Under a heading goal: only in its own part, above any sub-heading such as the challenge questions.
    return !plan.headings.some((h) => h.span.start > g.span.start && h.span.start < line.lineStart);
  });
}

/** Whether the line sits in a goal's challenge question list (a heading or a list item above it says so). */
export function inChallengeList(plan: Plan, line: LineContext): Goal | undefined {
  // The nearest goal starting above the line; a trailing blank line may lie past its trimmed span.
  const goal = plan.goals.filter((g) => g.span.start < line.lineStart).sort((a, b) => b.span.start - a.span.start)[0];
  const section = plan.sections.find((s) => s.kind === 'goals' && s.span.start < line.lineStart);
  if (!goal || !section || plan.sections.some((s) => s.span.start > section.span.start && s.span.start < line.lineStart)) return undefined;
  const first = plan.lines.lineOf(goal.span.start);
  for (let l = plan.lines.lineOf(line.lineStart) - 1; l >= first; l--) {
    const text = plan.lines.lineText(l);
    if (!text.trim()) continue;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
    if (heading) return isChallengeHeading(heading[1]) ? goal : undefined;
    const indent = /^\s*/.exec(text)![0].length;
    if (indent < line.indent.length) return isChallengeHeading(text.replace(ITEM, '')) ? goal : undefined;
  }
  return undefined;
}

export const normaliseQuestion = (q: string): string => q.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
