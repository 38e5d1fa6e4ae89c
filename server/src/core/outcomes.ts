// Splitting a goal statement into the separate outcomes it joins, for compound-goal and its quick fix.

import { OUTCOME_VERBS } from '../data/outcome-verbs';

/**
 * Splits on ";", "as well as", "and also", "plus" and on "and" when a new action verb follows,
 * so "Delegate the report to Priya and Sam" stays one goal.
 */
export function splitOutcomes(statement: string): string[] {
  const pieces = statement.split(/\s*;\s*|\s+as well as\s+|,?\s+and also\s+|,?\s+plus\s+/i);
  const out: string[] = [];
  for (const piece of pieces) {
    let rest = piece;
    for (;;) {
      const m = /,?\s+(?:and|&)\s+(?:then\s+)?(?:to\s+)?([\p{L}'-]+)/iu.exec(rest);
      if (!m || !OUTCOME_VERBS.has(m[1].toLowerCase())) break;
      out.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length - m[1].length);
    }
    out.push(rest);
  }
  return out.map((p) => p.trim().replace(/[.,]$/, '')).filter((p) => p.split(/\s+/).length >= 2);
}
