import { field } from '../model';
import type { Rule } from '../rule';

export const missingWhy: Rule = {
  id: 'missing-why',
  check(context) {
    for (const goal of context.plan.goals) {
      if (field(goal, 'why')) continue;
      context.report({
        span: goal.statementSpan,
        message: 'This goal has no "Why this matters" line. Link it to a larger aim (a purpose in this plan or another file) so you can both see what it serves.',
        data: { insertAt: goal.fieldInsert.offset, indent: goal.fieldInsert.indent, bullet: goal.fieldInsert.bullet },
      });
    }
  },
};
