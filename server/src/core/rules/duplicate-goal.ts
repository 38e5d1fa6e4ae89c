import { normaliseStatement } from '../goal-facts';
import { EVERY_GOAL, type Rule } from '../rule';

export const duplicateGoal: Rule = {
  id: 'duplicate-goal',
  judges: EVERY_GOAL,
  check(context) {
    const seen = new Map<string, { line: number; start: number; end: number }>();
    for (const goal of context.plan.goals) {
      const key = normaliseStatement(goal.statement);
      if (!key) continue;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, { line: context.plan.lines.lineOf(goal.statementSpan.start), ...goal.statementSpan });
        continue;
      }
      context.report({
        span: goal.statementSpan,
        message: `This goal repeats the goal on line ${first.line + 1}. Merge the two, or reword one so each says what is distinct about it.`,
        data: { line: first.line, firstStart: first.start, firstEnd: first.end },
      });
    }
  },
};
