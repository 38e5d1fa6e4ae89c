import { challengeFor } from '../../data/questions';
import { isPlaceholder } from '../../data/templates';
import { field, type Goal, type Plan } from '../model';
import { questionedFrom } from '../outcomes';
import { claimedAfter, firstOnMentee, imposedWording } from '../imposed-wording';
import { words, type PhraseHit, type PhraseMatcher } from '../phrase-matcher';
import type { Rule } from '../rule';
import type { Span } from '../text';
import { memoPer } from '../text-memo';

const SHARED = new Set(['partly', 'shared', 'jointly', 'half']);
const WHOLLY_THEIRS = new Set(['mostly', 'entirely', 'wholly', 'completely', 'largely', 'mainly']);
// The mentee's own, in their words or the mentor's: "mine", "I chose it", "hers: she asked for it".
const OWN = new Set(['i', "i'm", 'me', 'mine', 'myself', 'self', 'own', 'yes', 'hers', 'his', 'mentee', "mentee's"]);
// What the mentee wants from a shared goal, said on the same line: "partly my lead's, but I want the stage time".
const MENTEE_SIDE = new Set(['i', "i'm", 'me', 'mine', 'myself', 'own', 'want', 'wants']);
const FILLER = new Set(['my', 'the', 'all', 'it', "it's", 'its', 'is', 'this', 'goal']);

/**
 * Whose goal an Owner answer says it is: the mentee's ("mine", "all mine", the mentee's name, or partly
 * someone else's with what the mentee wants from it), or someone else's ("mostly my director's", "HR",
 * a bare "partly someone else's"); undefined when the answer is empty.
 */
function ownership(answer: string, plan: Plan): 'own' | 'theirs' | undefined {
  const ws = words(answer).map((w) => w.word);
  if (ws.length === 0) return undefined;
  const mentee = plan.frontMatter?.data.mentee;
  const name = typeof mentee === 'string' && !isPlaceholder(mentee) ? words(mentee)[0]?.word : undefined;
  const isOwn = (w: string | undefined): boolean => !!w && (OWN.has(w) || (!!name && (w === name || w === `${name}'s`)));
  const next = (from: number): string | undefined => ws.slice(from).find((w) => !FILLER.has(w));
  // "Partly mine, mostly the company's": mostly someone else's wins.
  if (ws.some((w, i) => WHOLLY_THEIRS.has(w) && !isOwn(next(i + 1)))) return 'theirs';
  const at = ws.findIndex((w) => !FILLER.has(w));
  const lead = ws[at];
  if (lead && (WHOLLY_THEIRS.has(lead) || SHARED.has(lead))) return ws.slice(at + 1).some((w) => MENTEE_SIDE.has(w) || w === name) ? 'own' : 'theirs';
  return isOwn(lead) ? 'own' : 'theirs';
}

/** The plan's answer to "whose goal is it?": the Owner line, else the answered challenge question, with where it is written. */
function ownerAnswer(goal: Goal): { text: string; span: Span; fromField: boolean } | undefined {
  const owner = field(goal, 'owner');
  if (owner?.value) return { text: owner.value, span: owner.valueSpan, fromField: true };
  const asked = goal.challenges.find((q) => q.answer && challengeFor(q.text)?.id === 'whose-goal');
  return asked && { text: asked.answer, span: asked.span, fromField: false };
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
      const answer = ownerAnswer(goal);
      const owned = answer && ownership(answer.text, context.plan);
      // An answer that the goal is the mentee's settles the question the wording raised.
      if (owned === 'own') continue;
      // A why line that is someone else's say-so ("my lead says everyone needs it") borrows the goal too.
      const why = field(goal, 'why');
      const [hit, span] = borrowedWhere(goal.statement, goal.statementSpan) ?? (why ? borrowedWhere(why.value, why.valueSpan) : undefined) ?? [];
      if (hit && span) {
        const text = span === goal.statementSpan ? goal.statement : (why?.value ?? '');
        context.report({
          span,
          message: `"${text.slice(hit.start, hit.end)}" suggests this may be someone else's goal. Ask whose it really is, and note the answer in an "Owner:" line.`,
          data: { phrase: hit.phrase },
        });
        continue;
      }
      if (!answer || owned !== 'theirs') continue;
      context.report({
        span: answer.span,
        message: `${answer.fromField ? 'The Owner line' : 'The answer'} ("${answer.text}") gives this goal to someone else. Talk through what in it is wanted for its own sake, and say so there.`,
        data: { phrase: null },
      });
    }
  },
};
