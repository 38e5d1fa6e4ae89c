import { isOpen } from '../goal-facts';
import { field } from '../model';
import type { Rule } from '../rule';

export const noStretch: Rule = {
  id: 'no-stretch',
  check(context) {
    for (const goal of context.plan.goals) {
      if (!isOpen(goal) || field(goal, 'stretch')) continue;
      const hit = context.phrases('maintenance').first(goal.statement);
      if (!hit) continue;
      context.report({
        span: goal.statementSpan,
        message: `"${hit.phrase}" keeps things as they are. A mentoring goal should stretch: add a "Stretch:" line saying what the mentee has not done before, or reshape the goal around growth.`,
        data: { phrase: hit.phrase, insertAt: goal.fieldInsert.offset, indent: goal.fieldInsert.indent, bullet: goal.fieldInsert.bullet },
      });
    }
  },
};
