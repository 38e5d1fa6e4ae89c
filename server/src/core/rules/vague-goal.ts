import { fuzzyWording } from '../fuzzy-wording';
import type { Goal } from '../model';
import { observableResult } from '../observable';
import type { PhraseHit } from '../phrase-matcher';
import { OPEN_GOALS, type Rule, type RuleContext } from '../rule';
import { feelingHit } from './symptom-goal';

/** The fuzzy wording of a goal that names nothing observable; feelings are symptom-goal's, so one finding is enough. */
export function vagueHit(goal: Goal, lists: Pick<RuleContext, 'phrases'>): PhraseHit | undefined {
  if (observableResult(goal) || feelingHit(goal, lists.phrases('feeling'))) return undefined;
  return fuzzyWording(goal.statement, lists.phrases('vague'));
}

export const vagueGoal: Rule = {
  id: 'vague-goal',
  judges: OPEN_GOALS,
  check(context) {
    for (const goal of context.plan.goals) {
      const hit = vagueHit(goal, context);
      if (!hit) continue;
      context.report({
        span: goal.statementSpan,
        message: `"${goal.statement.slice(hit.start, hit.end)}" names no result anyone could see. Say what will be different, or add a "Success looks like" line.`,
        data: { phrase: hit.phrase },
      });
    }
  },
};
