import { isOpen } from '../goal-facts';
import { field } from '../model';
import type { Rule } from '../rule';

export const missingReplaces: Rule = {
  id: 'missing-replaces',
  check(context) {
    for (const goal of context.plan.goals) {
      if (!isOpen(goal) || field(goal, 'replaces')) continue;
      context.report({
        span: goal.statementSpan,
        message: 'What will reaching this goal replace? Add a "Replaces:" line naming what the mentee will stop doing to make room for it.',
        data: { insertAt: goal.fieldInsert.offset, indent: goal.fieldInsert.indent, bullet: goal.fieldInsert.bullet },
      });
    }
  },
};
