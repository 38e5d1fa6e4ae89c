import type { Goal } from '../model';
import { observableResult } from '../observable';
import type { PhraseHit } from '../phrase-matcher';
import type { Rule, RuleContext } from '../rule';

/** A goal that is only a feeling state: the feeling is real, but what lies under it is the goal. */
export function feelingHit(context: RuleContext, goal: Goal): PhraseHit | undefined {
  if (observableResult(goal)) return undefined;
  return context.phrases('feeling').first(goal.statement);
}

export const symptomGoal: Rule = {
  id: 'symptom-goal',
  check(context) {
    for (const goal of context.plan.goals) {
      const hit = feelingHit(context, goal);
      if (!hit) continue;
      context.report({
        span: goal.statementSpan,
        message: `"${hit.phrase}" describes a feeling, which matters, but is often the sign of another goal underneath. Explore what sits below it: is it confidence, a missing skill, time management or organisation, priorities, delegation and trust, or something that is not producing results?`,
        data: { phrase: hit.phrase },
      });
    }
  },
};
