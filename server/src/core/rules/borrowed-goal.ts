import { field, type Field, type Plan } from '../model';
import { questionedFrom } from '../outcomes';
import { imposedWording } from '../imposed-wording';
import { words, type PhraseHit, type PhraseMatcher } from '../phrase-matcher';
import type { Rule } from '../rule';

const ASK_WHOSE = "suggests this may be someone else's goal. Ask whose goal it really is, and what the mentee wants from it for themselves.";

const SHARED = new Set(['partly', 'mostly', 'shared', 'else', "else's"]);
const OWN = new Set(['me', 'mine', 'myself', 'self', 'i', 'own', 'mentee', "mentee's"]);

/**
 * Whether the owner line names someone other than the mentee: anything but "mine", "me", "my own",
 * "the mentee" or the mentee's name from the front matter, and any "partly" or "shared" answer.
 */
function ownerIsSomeoneElse(owner: Field, plan: Plan): boolean {
  const ws = words(owner.value).map((w) => w.word);
  if (ws.length === 0) return false;
  if (ws.some((w) => SHARED.has(w))) return true;
  const mentee = plan.frontMatter?.data.mentee;
  const first = ws[0] === 'my' || ws[0] === 'the' ? ws[1] : ws[0];
  return !(OWN.has(first ?? '') || (typeof mentee === 'string' && words(mentee)[0]?.word === first));
}

/** Wording that says someone else set the goal: a listed phrase outside a questioned clause, else the sentence's shape. */
export function borrowedHit(statement: string, borrowed: PhraseMatcher): PhraseHit | undefined {
  // The first phrase decides: when it sits in a questioned clause, every later one does too.
  const hit = borrowed.first(statement);
  return hit && hit.start < questionedFrom(statement) ? hit : imposedWording(statement);
}

export const borrowedGoal: Rule = {
  id: 'borrowed-goal',
  check(context) {
    for (const goal of context.plan.goals) {
      const hit = borrowedHit(goal.statement, context.phrases('borrowed'));
      if (hit) {
        context.report({
          span: goal.statementSpan,
          message: `"${hit.phrase}" ${ASK_WHOSE}`,
          data: { phrase: hit.phrase },
        });
        continue;
      }
      const owner = field(goal, 'owner');
      if (!owner || !ownerIsSomeoneElse(owner, context.plan)) continue;
      context.report({
        span: owner.valueSpan,
        message: `The owner line ("${owner.value}") ${ASK_WHOSE}`,
        data: { phrase: null },
      });
    }
  },
};
