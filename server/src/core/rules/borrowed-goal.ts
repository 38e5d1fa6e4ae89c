import { field } from '../model';
import type { Rule } from '../rule';

export const borrowedGoal: Rule = {
  id: 'borrowed-goal',
  check(context) {
    for (const goal of context.plan.goals) {
      const owner = field(goal, 'owner');
      const hit = context.phrases('borrowed').first(goal.statement);
      const ownerSaysOther = owner && /\b(someone else|manager|boss|director|company|team|partly|mostly|their|theirs|hr)\b/i.test(owner.value);
      if (!hit && !ownerSaysOther) continue;
      const why = hit ? `"${hit.phrase}"` : `the owner line ("${owner!.value}")`;
      context.report({
        span: hit ? goal.statementSpan : owner!.valueSpan,
        message: `${why} suggests this may be someone else's goal. Ask whose goal it really is, and what the mentee wants from it for themselves.`,
        data: { phrase: hit?.phrase ?? null },
      });
    }
  },
};
