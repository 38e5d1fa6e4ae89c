import { field } from '../model';
import type { Rule } from '../rule';

export const missingWhy: Rule = {
  id: 'missing-why',
  check(context) {
    for (const goal of context.plan.goals) {
      if (field(goal, 'why')) continue;
      context.report({
        span: goal.statementSpan,
        message: 'Nothing says what this goal serves. Add a "Why this matters" line linking to a larger aim: a purpose heading in this plan, or an aims file.',
        data: { insertAt: goal.fieldInsert.offset, indent: goal.fieldInsert.indent, bullet: goal.fieldInsert.bullet },
      });
    }
  },
};
