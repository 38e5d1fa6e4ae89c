import { distance } from 'fastest-levenshtein';
import { KINDS, isKind } from '../../data/kinds';
import { field } from '../model';
import { EVERY_GOAL, type Rule } from '../rule';

const KIND_VALUES = KINDS.map((k) => k.value);

/** Known kinds close to a misspelt or abbreviated value, nearest first ("lader" → ladder, "dev" → developmental). */
export function kindSuggestions(value: string): string[] {
  const v = value.toLowerCase();
  const scored = KIND_VALUES.map((k) => ({ k, d: v.length >= 3 && k.startsWith(v) ? 0 : distance(v, k) }));
  return scored
    .filter(({ k, d }) => d <= Math.max(2, Math.floor(k.length / 3)))
    .sort((a, b) => a.d - b.d)
    .map(({ k }) => k);
}

export const unknownKind: Rule = {
  id: 'unknown-kind',
  judges: EVERY_GOAL,
  check(context) {
    const { text } = context.plan;
    for (const goal of context.plan.goals) {
      const kind = field(goal, 'kind');
      if (!kind) continue;
      // Values are separated by commas, slashes, "&", "+" or the word "and" (blanked out, keeping offsets).
      const raw = text.slice(kind.valueSpan.start, kind.valueSpan.end).replace(/\band\b/gi, (w) => ','.repeat(w.length));
      for (const m of raw.matchAll(/[^,;/&+\s]+(?:[ \t]+[^,;/&+\s]+)*/g)) {
        const value = m[0].replace(/[*_`.]/g, '').trim();
        if (!value || isKind(value)) continue;
        const start = kind.valueSpan.start + (m.index ?? 0);
        const suggestions = kindSuggestions(value);
        const suggestion = suggestions[0] ?? null;
        context.report({
          span: { start, end: start + m[0].length },
          message: `"${value}" is not a kind of goal. Use ladder or lattice for direction, and career, developmental, enabling or emotional for the kind${suggestion ? ` (did you mean "${suggestion}"?)` : ''}.`,
          data: { value, suggestion, suggestions, kinds: KIND_VALUES },
        });
      }
    }
  },
};
