// unknown-kind: replace the value with the closest valid kinds, nearest first, never with a kind the
// line already names; when every close kind is already there, the value can go.

import { closest, distance } from 'fastest-levenshtein';
import { KINDS } from '../../data/kinds';
import { field } from '../../core/model';
import type { Span } from '../../core/text';
import { goalAt, stringData, type FixProvider, type QuickFix } from './fix';

/** A suggestion this close is a typo ("developmentall"), safe to fix without asking. */
const TYPO_DISTANCE = 2;
const CHOICES = 3;

export const unknownKindFixes: FixProvider = (target, { plan }) => {
  const value = stringData(target.data, 'value');
  if (!value) return [];
  const goal = goalAt(plan, target.span.start);
  const kind = goal && field(goal, 'kind');
  const named = new Set(kind ? plan.text.slice(kind.valueSpan.start, kind.valueSpan.end).toLowerCase().split(/[^\p{L}]+/u) : []);
  const listed = Array.isArray(target.data.suggestions) ? target.data.suggestions.filter((s): s is string => typeof s === 'string') : [];
  const close = listed.length > 0 ? listed : [closest(value.toLowerCase(), KINDS.map((k) => k.value))];
  const suggestions = close.filter((k) => !named.has(k)).slice(0, CHOICES);
  if (suggestions.length === 0 && kind) return [removal(plan.text, kind.valueSpan, target.span, `Remove "${value}": the line already says "${close[0]}"`)];
  return suggestions.map((k, i): QuickFix => ({
    title: `Change "${value}" to "${k}"`,
    edits: [{ span: target.span, newText: k }],
    isPreferred: i === 0 && listed.length > 0,
    safe: i === 0 && suggestions.length === 1 && close.length === 1 && distance(value.toLowerCase(), k) <= TYPO_DISTANCE,
  }));
};

/** Drops the value with the separator before it (or after it, when it comes first). */
function removal(text: string, line: Span, span: Span, title: string): QuickFix {
  const before = /[\s,;/&+]*$/.exec(text.slice(line.start, span.start))![0].length;
  const after = /^[\s,;/&+]*/.exec(text.slice(span.end, line.end))![0].length;
  const edit = span.start - before > line.start ? { start: span.start - before, end: span.end } : { start: span.start, end: span.end + after };
  return { title, edits: [{ span: edit, newText: '' }] };
}
