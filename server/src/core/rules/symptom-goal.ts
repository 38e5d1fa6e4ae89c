import type { Goal } from '../model';
import { observableResult } from '../observable';
import { mainClauseStart } from '../outcomes';
import type { PhraseHit, PhraseMatcher } from '../phrase-matcher';
import type { Rule } from '../rule';

/**
 * A goal that is only a feeling state: the statement opens with the feeling ("Feel less…", "I want to be
 * calmer") and nothing in the goal is observable. "Make new starters feel welcome" is someone else's
 * feeling, and "Feel ready to apply for the lead role by June" names a result.
 */
export function feelingHit(goal: Goal, feeling: PhraseMatcher): PhraseHit | undefined {
  const hit = feeling.first(goal.statement);
  if (!hit || hit.start > mainClauseStart(goal.statement)) return undefined;
  return observableResult(goal, beyondFeeling(goal.statement, hit.end)) ? undefined : hit;
}

// A feeling stays a feeling with a number, a name or a date attached: what the feeling says ("Stop
// feeling like I don't deserve the promotion"), a percentage that grades it ("Feel 50% less stressed"),
// and what it is about ("proud of my portfolio", "anxious about Ofsted") are not results. What is left
// may still name one: "Feel ready to apply for the lead role", "… by leading one first-fix on my own".
const FEELING_CONTENT = /\bfeel(?:s|ing)?\s+(?:like|that|as if|as though)\b/iu;
const GRADE = /^\s*\d+(?:\.\d+)?\s*%/u;
// The cause or the setting comes straight after the feeling ("proud of", "less uneasy about", "lonely as
// the only Deaf person in the office", "confident before my OSCE"), not after an object ("Secure
// funding of £400k"): where or why a feeling is felt is not a result.
const CAUSE = /^\s*(?:[\p{L}'-]+\s+)?(?:of|about|as|in|on|at|around|among|before|during|when|with)\b.*?(?=[,:;—–]|\s-\s|\s+by\s+\p{L}+ing\b|$)/u;

function beyondFeeling(statement: string, from: number): string {
  const m = FEELING_CONTENT.exec(statement);
  if (m) return statement.slice(0, m.index + m[0].length);
  const after = statement.slice(from).replace(GRADE, '').replace(CAUSE, '');
  return statement.slice(0, from) + after;
}

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
