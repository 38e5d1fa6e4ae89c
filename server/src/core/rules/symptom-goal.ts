import type { Goal } from '../model';
import { observableResult } from '../observable';
import { mainClauseStart } from '../outcomes';
import type { PhraseHit, PhraseMatcher } from '../phrase-matcher';
import type { Rule } from '../rule';
import { TextMemo } from '../text-memo';

/**
 * A goal that is only a feeling state: the statement opens with the feeling ("Feel less…", "I want to be
 * calmer") and nothing in the goal is observable. "Make new starters feel welcome" is someone else's
 * feeling, and "Feel ready to apply for the lead role by June" names a result.
 */
export function feelingHit(goal: Goal, feeling: PhraseMatcher): PhraseHit | undefined {
  const hit = feeling.first(goal.statement);
  if (!hit || hit.start > mainClauseStart(goal.statement)) return undefined;
  return observableResult(goal, withoutFeelingContent(goal.statement)) ? undefined : hit;
}

// What follows "feel like" or "feeling that" is what the feeling says, not a result: "Stop feeling like I don't deserve the promotion".
const FEELING_CONTENT = /\bfeel(?:s|ing)?\s+(?:like|that|as if|as though)\b/iu;

const withoutFeelingContent = (statement: string): string => feelingless.get(statement);

const feelingless = new TextMemo((statement) => {
  const m = FEELING_CONTENT.exec(statement);
  return m ? statement.slice(0, m.index + m[0].length) : statement;
});

export const symptomGoal: Rule = {
  id: 'symptom-goal',
  check(context) {
    for (const goal of context.plan.goals) {
      // Answered probes mean the feeling has been looked beneath.
      if (goal.probes.some((p) => p.answer)) continue;
      const hit = feelingHit(goal, context.phrases('feeling'));
      if (!hit) continue;
      context.report({
        span: goal.statementSpan,
        message: `"${goal.statement.slice(hit.start, hit.end)}" names a feeling, which matters and is often the sign of another goal underneath. Add the root-cause probes and note what they turn up.`,
        data: { phrase: hit.phrase },
      });
    }
  },
};
