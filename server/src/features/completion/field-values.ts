// After "Kind:" or "Status:": the valid values with their meaning. Kinds may be several, comma-separated.

import { KINDS, STATUSES } from '../../data/kinds';
import type { Plan } from '../../core/model';
import { order, type Suggestion } from './item';

export function kindSuggestions(plan: Plan, valueStart: number, offset: number): Suggestion[] {
  const typed = plan.text.slice(valueStart, offset);
  // Only the value being typed is replaced: after the last comma, and after its spaces.
  const cut = typed.lastIndexOf(',') + 1;
  const lead = typed.slice(cut).length - typed.slice(cut).trimStart().length;
  const start = valueStart + cut + lead;
  const present = new Set(typed.slice(0, cut).split(',').map((v) => v.trim().toLowerCase()));
  const space = cut > 0 && lead === 0 ? ' ' : '';
  return KINDS.filter((k) => !present.has(k.value)).map((k, i) => ({
    label: k.value,
    kind: 'value',
    newText: `${space}${k.value}`,
    span: { start, end: offset },
    detail: 'Kind',
    documentation: k.meaning,
    sortText: order(i),
  }));
}

export function statusSuggestions(valueStart: number, offset: number): Suggestion[] {
  return STATUSES.map((s, i) => ({ label: s.value, kind: 'value', newText: s.value, span: { start: valueStart, end: offset }, detail: 'Status', documentation: s.meaning, sortText: order(i) }));
}
