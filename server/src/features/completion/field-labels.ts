// At the start of a list item under a goal: the labels of the fields the goal does not have yet.

import { FIELDS } from '../../data/fields';
import { goalStatus } from '../../core/goal-facts';
import type { Goal } from '../../core/model';
import { order, type Suggestion } from './item';
import type { LineContext } from './line-context';

export function fieldLabelSuggestions(goal: Goal, line: LineContext): Suggestion[] {
  // The line being typed may already parse as a field; it does not count as present.
  const present = new Set(goal.fields.filter((f) => f.span.start < line.lineStart || f.span.start > line.offset).map((f) => f.key));
  // "Evolved into" only names the successor of a goal already marked evolved.
  const evolved = goalStatus(goal) === 'evolved';
  return FIELDS.filter((f) => !present.has(f.key) && (f.key !== 'evolved' || evolved)).map((f, i) => ({
    label: f.label,
    kind: 'field',
    newText: `${f.label}: `,
    span: { start: line.contentStart, end: line.offset },
    documentation: f.purpose,
    sortText: order(i),
  }));
}
