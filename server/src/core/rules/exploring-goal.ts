import { exploringWording } from '../goal-facts';
import { field } from '../model';
import type { Rule } from '../rule';

export const exploringGoal: Rule = {
  id: 'exploring-goal',
  judges: ['exploring'],
  check(context) {
    for (const goal of context.plan.goals) {
      // A goal marked exploring has said so; this asks only where no status is given.
      if (field(goal, 'status')?.value) continue;
      const hit = exploringWording(goal);
      if (!hit) continue;
      context.report({
        span: goal.statementSpan,
        message: `"${goal.statement.slice(hit.start, hit.end)}" makes this a goal still being worked out. Add "Status: exploring" until it is clear, then pin it down.`,
        data: { phrase: hit.phrase, insertAt: goal.fieldInsert.offset, indent: goal.fieldInsert.indent, bullet: goal.fieldInsert.bullet },
      });
    }
  },
};
