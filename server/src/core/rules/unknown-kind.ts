import { closest } from 'fastest-levenshtein';
import { KINDS, isKind } from '../../data/kinds';
import { field } from '../model';
import type { Rule } from '../rule';

const KIND_VALUES = KINDS.map((k) => k.value);

export const unknownKind: Rule = {
  id: 'unknown-kind',
  check(context) {
    const { text } = context.plan;
    for (const goal of context.plan.goals) {
      const kind = field(goal, 'kind');
      if (!kind) continue;
      const raw = text.slice(kind.valueSpan.start, kind.valueSpan.end);
      for (const m of raw.matchAll(/[^,;/&+\s][^,;/&+]*/g)) {
        const value = m[0].trim().replace(/^(?:and|&)\s+/i, '').replace(/[*_`.]/g, '').trim();
        if (!value || isKind(value)) continue;
        const start = kind.valueSpan.start + (m.index ?? 0);
        const suggestion = closest(value.toLowerCase(), KIND_VALUES);
        context.report({
          span: { start, end: start + m[0].trimEnd().length },
          message: `"${value}" is not a kind of goal. Use ladder or lattice for direction, and career, developmental, enabling or emotional for the kind${suggestion ? ` (did you mean "${suggestion}"?)` : ''}.`,
          data: { value, suggestion },
        });
      }
    }
  },
};
