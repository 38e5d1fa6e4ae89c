import { normaliseStatement } from '../goal-facts';
import type { Rule } from '../rule';

export const duplicateGoal: Rule = {
  id: 'duplicate-goal',
  check(context) {
    const seen = new Map<string, number>();
    for (const goal of context.plan.goals) {
      const key = normaliseStatement(goal.statement);
      if (!key) continue;
      const firstLine = seen.get(key);
      if (firstLine === undefined) {
        seen.set(key, context.plan.lines.lineOf(goal.statementSpan.start));
        continue;
      }
      context.report({
        span: goal.statementSpan,
        message: `This goal repeats the goal on line ${firstLine + 1}. Merge the two, or reword one so each says what is distinct about it.`,
        data: { line: firstLine },
      });
    }
  },
};
