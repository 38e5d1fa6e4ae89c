import { questionedFrom } from '../outcomes';
import type { PhraseHit, PhraseMatcher } from '../phrase-matcher';
import type { Rule } from '../rule';

/**
 * Wish language, except inside a hyphenated word ("a one-day sprint", "Make-A-Wish") or in a clause
 * about someone else's hopes ("find out what the hiring manager hopes to see").
 */
export function wishHit(statement: string, wish: PhraseMatcher): PhraseHit | undefined {
  const questioned = questionedFrom(statement);
  return wish.findAll(statement).find((hit) => hit.start < questioned && !statement.slice(Math.max(0, hit.start - 1), hit.end + 1).includes('-'));
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
