import { findDateInText } from '../dates';
import { field } from '../model';
import { OPEN_GOALS, type Rule } from '../rule';

export const noHorizon: Rule = {
  id: 'no-horizon',
  judges: OPEN_GOALS,
  check(context) {
    for (const goal of context.plan.goals) {
      const by = field(goal, 'by');
      if (by?.value || (!by && findDateInText(goal.statement))) continue;
      context.report({
        span: by ? by.span : goal.statementSpan,
        message: 'This goal has no target date. Add a "By:" line, such as 2027-03-31, 2027-03 or Q1 2027, so progress can be reviewed against it.',
        data: { insertAt: goal.fieldInsert.offset, indent: goal.fieldInsert.indent, bullet: goal.fieldInsert.bullet, hasField: !!by },
      });
    }
  },
};
