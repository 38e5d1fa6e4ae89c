import { field, type Field, type Plan } from '../model';
import { questionedFrom } from '../outcomes';
import { claimedAfter, firstOnMentee, imposedWording } from '../imposed-wording';
import { words, type PhraseHit, type PhraseMatcher } from '../phrase-matcher';
import type { Rule } from '../rule';
import type { Span } from '../text';
import { memoPer } from '../text-memo';

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

/**
 * Wording that says someone else set the goal: a listed phrase outside a questioned clause and not an
 * order given to someone else, else the sentence's shape; none when the mentee then claims the goal.
 */
export function borrowedHit(statement: string, borrowed: PhraseMatcher): PhraseHit | undefined {
  return borrowedIn(borrowed, statement);
}

const borrowedIn = memoPer((borrowed: PhraseMatcher, statement: string): PhraseHit | undefined => {
  // The first phrase decides: when it sits in a questioned clause, every later one does too.
  const listed = firstOnMentee(statement, borrowed.findAll(statement));
  const hit = listed && listed.start < questionedFrom(statement) ? listed : imposedWording(statement);
  return hit && !claimedAfter(statement, hit.end) ? hit : undefined;
});

export const borrowedGoal: Rule = {
  id: 'borrowed-goal',
  check(context) {
    const borrowedWhere = (text: string, span: Span): [PhraseHit, Span] | undefined => {
      const hit = borrowedHit(text, context.phrases('borrowed'));
      return hit && [hit, span];
    };
    for (const goal of context.plan.goals) {
      // A why line that is someone else's say-so ("my lead says everyone needs it") borrows the goal too.
      const why = field(goal, 'why');
      const [hit, span] = borrowedWhere(goal.statement, goal.statementSpan) ?? (why ? borrowedWhere(why.value, why.valueSpan) : undefined) ?? [];
      if (hit && span) {
        context.report({
          span,
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
