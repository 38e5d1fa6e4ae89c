import type { Rule } from '../rule';

export const wishGoal: Rule = {
  id: 'wish-goal',
  check(context) {
    for (const goal of context.plan.goals) {
      const hit = context.phrases('wish').first(goal.statement);
      if (!hit) continue;
      context.report({
        span: { start: goal.statementSpan.start + hit.start, end: goal.statementSpan.start + hit.end },
        message: `"${hit.phrase}" makes this a wish rather than a plan. Say what the mentee will actually do, in their current situation, and by when.`,
        data: { phrase: hit.phrase },
      });
    }
  },
};
