import { ROOT_CAUSE_PROBES } from '../../data/questions';
import type { Goal } from '../model';
import { observableResult } from '../observable';
import { mainClauseStart } from '../outcomes';
import type { PhraseHit, PhraseMatcher } from '../phrase-matcher';
import type { Rule } from '../rule';

// The probes' topics come from the same data as the probes snippet and quick fix.
const PROBE_TOPICS = `${ROOT_CAUSE_PROBES.slice(0, -1).map((p) => p.topic).join(', ')}, or ${ROOT_CAUSE_PROBES[ROOT_CAUSE_PROBES.length - 1].topic}`;

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
// The cause comes straight after the feeling ("proud of", "less uneasy about"), not after an object ("Secure funding of £400k").
const CAUSE = /^\s*(?:[\p{L}'-]+\s+)?(?:of|about)\b.*?(?=[,:;—–]|\s-\s|\s+by\s+\p{L}+ing\b|$)/u;

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
      const hit = feelingHit(goal, context.phrases('feeling'));
      if (!hit) continue;
      context.report({
        span: goal.statementSpan,
        message: `"${hit.phrase}" describes a feeling, which matters, but is often the sign of another goal underneath. Explore what sits below it: is it ${PROBE_TOPICS}?`,
        data: { phrase: hit.phrase },
      });
    }
  },
};
