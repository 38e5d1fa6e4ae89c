import { observableResult } from '../observable';
import type { Rule } from '../rule';
import { feelingHit } from './symptom-goal';

export const vagueGoal: Rule = {
  id: 'vague-goal',
  check(context) {
    for (const goal of context.plan.goals) {
      // symptom-goal speaks for a feeling-shaped goal; one finding is enough.
      if (feelingHit(context, goal) || observableResult(goal)) continue;
      const hit = context.phrases('vague').first(goal.statement);
      if (!hit) continue;
      context.report({
        span: goal.statementSpan,
        message: `This goal is fuzzy ("${hit.phrase}") and names no observable result. Say what will be different and how you will both know: a number, a deliverable, a person, an event, or add a "Success looks like" line.`,
        data: { phrase: hit.phrase },
      });
    }
  },
};
