import { findDateInText } from '../dates';
import { isOpen } from '../goal-facts';
import { field } from '../model';
import type { Rule } from '../rule';

export const noHorizon: Rule = {
  id: 'no-horizon',
  check(context) {
    for (const goal of context.plan.goals) {
      if (!isOpen(goal)) continue;
      const by = field(goal, 'by');
      if (by?.value || (!by && findDateInText(goal.statement))) continue;
      context.report({
        span: by ? by.span : goal.statementSpan,
        message: 'This open goal has no target date. Add a "By:" line (for example 2027-03-31, 2027-03 or Q1 2027) so progress can be reviewed against a horizon.',
        data: { insertAt: goal.fieldInsert.offset, indent: goal.fieldInsert.indent, bullet: goal.fieldInsert.bullet, hasField: !!by },
      });
    }
  },
};
