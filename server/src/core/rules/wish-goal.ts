import { questionedFrom } from '../outcomes';
import type { PhraseHit, PhraseMatcher } from '../phrase-matcher';
import type { Rule } from '../rule';

// Quoted titles: the "If Only" unit, “Someday” by the Strokes.
const QUOTED = /"[^"]*"|“[^”]*”/gu;

/**
 * Whether the hit is part of a name: capitalised where no sentence starts ("the Someday Foundation"),
 * "I" aside, or inside a quoted title.
 */
function inName(statement: string, hit: PhraseHit): boolean {
  if ([...statement.matchAll(QUOTED)].some((q) => q.index <= hit.start && hit.end <= q.index + q[0].length)) return true;
  const first = /^[\p{L}']+/u.exec(statement.slice(hit.start))?.[0] ?? '';
  if (!/^\p{Lu}/u.test(first) || first === 'I' || first.startsWith("I'")) return false;
  const before = statement.slice(0, hit.start).replace(/[\s*_~`]+$/u, '');
  return before !== '' && !/[.!?:;]$/u.test(before);
}

/**
 * Wish language, except inside a hyphenated word ("a one-day sprint", "Make-A-Wish"), a name or quoted
 * title ("the Someday Foundation grant"), or a clause about someone else's hopes ("find out what the
 * hiring manager hopes to see").
 */
export function wishHit(statement: string, wish: PhraseMatcher): PhraseHit | undefined {
  const questioned = questionedFrom(statement);
  return wish
    .findAll(statement)
    .find((hit) => hit.start < questioned && !statement.slice(Math.max(0, hit.start - 1), hit.end + 1).includes('-') && !inName(statement, hit));
}

export const wishGoal: Rule = {
  id: 'wish-goal',
  check(context) {
    for (const goal of context.plan.goals) {
      // Matched in the source, not the plain statement, so the span stays right around inline markup.
      const source = context.plan.text.slice(goal.statementSpan.start, goal.statementSpan.end);
      const hit = wishHit(source, context.phrases('wish'));
      if (!hit) continue;
      context.report({
        span: { start: goal.statementSpan.start + hit.start, end: goal.statementSpan.start + hit.end },
        message: `"${hit.phrase}" makes this a wish rather than a plan. Say what the mentee will actually do, in their current situation, and by when.`,
        data: { phrase: hit.phrase },
      });
    }
  },
};
