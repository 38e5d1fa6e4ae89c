import type { Rule } from '../rule';
import { splitOutcomes } from '../outcomes';

export const compoundGoal: Rule = {
  id: 'compound-goal',
  check(context) {
    for (const goal of context.plan.goals) {
      const parts = splitOutcomes(goal.statement);
      if (parts.length < 2) continue;
      context.report({
        span: goal.statementSpan,
        message: `This statement joins ${parts.length} separate outcomes. Split it into one goal per outcome, each with its own why, date and evidence.`,
        data: { parts },
      });
    }
  },
};
