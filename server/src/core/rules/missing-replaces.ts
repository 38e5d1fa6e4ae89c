import { saysWhatItReplaces } from '../goal-facts';
import { OPEN_GOALS, type Rule } from '../rule';

export const missingReplaces: Rule = {
  id: 'missing-replaces',
  judges: OPEN_GOALS,
  check(context) {
    for (const goal of context.plan.goals) {
      if (saysWhatItReplaces(goal)) continue;
      context.report({
        span: goal.statementSpan,
        message: 'Nothing says what this goal will replace. Add a "Replaces:" line naming what will stop, to make room for it.',
        data: { insertAt: goal.fieldInsert.offset, indent: goal.fieldInsert.indent, bullet: goal.fieldInsert.bullet },
      });
    }
  },
};
