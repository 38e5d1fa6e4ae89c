import type { Goal, Plan } from '../model';
import { mainClauseStart, questionedFrom } from '../outcomes';
import { hitBetween, words, type PhraseHit, type PhraseMatcher } from '../phrase-matcher';
import type { Rule } from '../rule';
import { memoPer } from '../text-memo';

// Quoted titles: the "If Only" unit, “Someday” by the Strokes, the 'I wish my coach knew' exercise. A
// single quote opens a title only after a space or the start and closes before one, never inside "I'd".
const QUOTED = /"[^"]*"|“[^”]*”|‘[^’]*’|(?<![\p{L}\p{N}])'(?=\p{L})[^'\n]*\p{L}'(?![\p{L}\p{N}])/gu;

// After an article a wish word names a kind of thing, not the mentee's hope: "the someday ones", "a one day course".
const ARTICLE_BEFORE = /\b(?:the|a|an)\s+$/iu;

/** Whether the hit is capitalised right after another word ("the Someday Foundation"), "I" aside. */
function capitalisedInSentence(statement: string, hit: PhraseHit): boolean {
  const first = /^[\p{L}']+/u.exec(statement.slice(hit.start, hit.end))?.[0] ?? '';
  if (!/^\p{Lu}/u.test(first) || first === 'I' || first.startsWith("I'")) return false;
  let i = hit.start - 1;
  while (i >= 0 && /[\s*_~`]/u.test(statement[i])) i--;
  // After a word, not after punctuation or an emoji that opens the statement.
  return i >= 0 && /[\p{L}\p{N}]/u.test(statement[i]);
}

/**
 * Wish language, except inside a hyphenated word ("a one-day sprint", "Make-A-Wish"), a name or quoted
 * title ("the Someday Foundation grant"), or a clause about someone else's hopes ("find out what the
 * hiring manager hopes to see").
 */
export function wishHit(statement: string, wish: PhraseMatcher): PhraseHit | undefined {
  return wishIn(wish, statement);
}

const wishIn = memoPer((wish: PhraseMatcher, statement: string): PhraseHit | undefined => {
  const questioned = questionedFrom(statement);
  const quotes = [...statement.matchAll(QUOTED)].map((q) => ({ start: q.index, end: q.index + q[0].length }));
  let q = 0;
  return wish.findAll(statement).find((hit) => {
    while (q < quotes.length && quotes[q].end < hit.end) q++;
    const quoted = q < quotes.length && quotes[q].start <= hit.start;
    const modifier = ARTICLE_BEFORE.test(statement.slice(Math.max(0, hit.start - 4), hit.start));
    return hit.start < questioned && !statement.slice(Math.max(0, hit.start - 1), hit.end + 1).includes('-') && !quoted && !modifier && !capitalisedInSentence(statement, hit);
  }) ?? wishAboutOthers(statement);
});

/**
 * "wish my supervisor gave more feedback", "Hope the new manager gives me a shot": a wish or a hope
 * about other people, with or without the "I"; and a goal set under a condition contrary to fact, "If I
 * could wave a magic wand, …", "If only I were …".
 */
function wishAboutOthers(statement: string): PhraseHit | undefined {
  const start = mainClauseStart(statement);
  const ws = words(statement);
  const at = ws.findIndex((x) => x.start === start);
  const w = ws[at];
  // "Hope Street food bank" is a name: the word after the hope must not be capitalised.
  const next = statement.slice(ws[at + 1]?.start ?? 0, ws[at + 1]?.end ?? 0);
  const name = /^\p{Lu}/u.test(next) && next !== 'I' && !next.startsWith("I'");
  if (w && WISHING.has(w.word) && !name && start < questionedFrom(statement)) return hitBetween(statement, w, w);
  const counterfactual = ws[0]?.word === 'if' && SELF.has(ws[1]?.word ?? '') && UNREAL.has(ws[2]?.word ?? '');
  return counterfactual ? hitBetween(statement, ws[0], ws[2]) : undefined;
}

const WISHING: ReadonlySet<string> = new Set(['wish', 'hope']);
const SELF: ReadonlySet<string> = new Set(['i', 'we']);
const UNREAL: ReadonlySet<string> = new Set(['could', 'were', 'only', 'had']);

/**
 * A goal's wish wording, read in the statement as written (inline markup and all), so the span stays
 * right around markup and quotes and names count as the mentor wrote them; the hover reads it here too.
 */
export function goalWishHit(plan: Plan, goal: Goal, wish: PhraseMatcher): PhraseHit | undefined {
  return wishHit(plan.text.slice(goal.statementSpan.start, goal.statementSpan.end), wish);
}

export const wishGoal: Rule = {
  id: 'wish-goal',
  check(context) {
    for (const goal of context.plan.goals) {
      const hit = goalWishHit(context.plan, goal, context.phrases('wish'));
      if (!hit) continue;
      context.report({
        span: { start: goal.statementSpan.start + hit.start, end: goal.statementSpan.start + hit.end },
        message: `"${context.plan.text.slice(goal.statementSpan.start + hit.start, goal.statementSpan.start + hit.end)}" makes this a wish rather than a plan. Say what will be done, starting from where things stand, and by when.`,
        data: { phrase: hit.phrase },
      });
    }
  },
};
