// Fuzzy wording in a goal statement: a listed phrase ("get better at"), or the statement's shape when no
// phrase is listed. A goal is fuzzy when it grades the mentee without a measure ("punchier", "a more
// inclusive leader"), when its main verb names a change in the person rather than an action anyone could
// watch ("Step into leadership", "Be a role model"), or when it is only an abstract noun ("Career
// progression"). Whether something observable rescues the goal is decided by the caller.

import { ABSTRACT_NOUN_ENDINGS, EFFECT_NOUNS, EVALUATIVE_ADJECTIVES, FIELD_NOUNS, FIGURATIVE_OBJECTS, FIGURATIVE_STEPS, ROLE_NOUNS, SOFT_VERBS, VERB_PARTICLES } from '../data/fuzzy-wording';
import { COUNT_DESCRIBERS, MIND_NOUNS, UNOBSERVABLE_COUNTS } from '../data/observable';
import { POSSESSIVE_OR_ARTICLE } from './outcomes';
import { OUTCOME_VERBS } from '../data/outcome-verbs';
import { LEAD_IN } from '../data/phrases';
import { hitBetween, words, type PhraseHit, type PhraseMatcher, type Word } from './phrase-matcher';
import { memoPer } from './text-memo';

const FIGURATIVE_VERBS: ReadonlySet<string> = new Set(['find', 'hit', 'build']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'more', 'less', 'much', 'of']);
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those']);
// Where a role's noun phrase ends: "a role model for the juniors", "a lead on the March release".
const PHRASE_ENDS: ReadonlySet<string> = new Set(['for', 'on', 'in', 'at', 'to', 'of', 'with', 'and', 'who', 'that', 'by', 'across', 'within', 'from']);

/** "punchier", "clearer", "bigger", "wiser": a comparative of a gradable word. */
export function isComparative(word: string): boolean {
  if (!word.endsWith('er') || word.length < 5) return false;
  const base = word.slice(0, -2);
  const candidates = [base, `${base}e`, base.endsWith('i') ? `${base.slice(0, -1)}y` : '', base.at(-1) === base.at(-2) ? base.slice(0, -1) : ''];
  return candidates.some((c) => c && EVALUATIVE_ADJECTIVES.has(c));
}

/** A word that grades what follows with no measure: "good", "more", "clearer". */
export const isGraded = (w: string): boolean => EVALUATIVE_ADJECTIVES.has(w) || isComparative(w);

/** After "be" or "become": fuzzy unless it names a position ("a charge nurse", "the named lead"). */
function beHit(statement: string, ws: readonly Word[], verb: number): PhraseHit | undefined {
  let i = verb + 1;
  while (i < ws.length && ARTICLES.has(ws[i].word)) i++;
  let end = i;
  while (end < ws.length && !PHRASE_ENDS.has(ws[end].word)) end++;
  const complement = ws.slice(verb + 1, end);
  // A score worn as an adjective grades the role: "a 9/10 line manager".
  const gradedWord = complement.find((w) => isGraded(w.word) || (/^\d+$/u.test(w.word) && statement.charAt(w.end) === '/'));
  if (gradedWord) return hitBetween(statement, ws[verb], gradedWord);
  const head = ws[end - 1];
  if (end > i && ROLE_NOUNS.has(head.word.replace(/s$/, ''))) return undefined;
  return hitBetween(statement, ws[verb], ws[Math.max(verb, end - 1)]);
}

function shapeHit(statement: string): PhraseHit | undefined {
  const ws = words(statement);
  const comparative = ws.find((w) => isComparative(w.word));
  if (comparative) return hitBetween(statement, comparative, comparative);
  const figure = figurativeStep(ws) ?? unobservableCount(ws);
  if (figure) return hitBetween(statement, figure[0], figure[1]);
  const verb = ws.findIndex((w) => !LEAD_IN.has(w.word) || w.word === 'be');
  if (verb < 0) return undefined;
  const main = ws[verb].word;
  if (main === 'be' || main === 'become') return beHit(statement, ws, verb);
  if (SOFT_VERBS.has(main) && !(main === 'get' && (DETERMINERS.has(ws[verb + 1]?.word ?? '') || placesThing(ws, verb)))) return hitBetween(statement, ws[verb], VERB_PARTICLES.has(ws[verb + 1]?.word ?? '') ? ws[verb + 1] : ws[verb]);
  // An effect with nothing named about it: "Make a difference to the families", "Make my mark".
  if (main === 'make' && POSSESSIVE_OR_ARTICLE.has(ws[verb + 1]?.word ?? '') && EFFECT_NOUNS.has(ws[verb + 2]?.word ?? '')) return hitBetween(statement, ws[verb], ws[verb + 2]);
  // A figure of speech for settling into oneself: "Find my feet on the ward", "Build bridges with finance".
  const figured = ws[verb + 1]?.word === 'my' ? verb + 2 : verb + 1;
  if (FIGURATIVE_VERBS.has(main) && FIGURATIVE_OBJECTS.has(ws[figured]?.word ?? '')) return hitBetween(statement, ws[verb], ws[figured]);
  // Growing what the mentee knows is a quality, however it is measured: "Increase my knowledge of tax".
  if (ws[verb + 1]?.word === 'my' && MIND_NOUNS.has(ws[verb + 2]?.word ?? '')) return hitBetween(statement, ws[verb], ws[verb + 2]);
  // Learning a field with no product: "Learn the commercial side of farming", "Study the world of wine".
  const field = (main === 'learn' || main === 'study') && ws.slice(verb + 1, verb + 5).find((w) => FIELD_NOUNS.has(w.word));
  if (field) return hitBetween(statement, ws[verb], field);
  const last = ws[ws.length - 1];
  if (!OUTCOME_VERBS.has(main) && ws.length - verb <= 4 && ABSTRACT_NOUN_ENDINGS.some((e) => last.word.endsWith(e))) return hitBetween(statement, ws[verb], last);
  if (isBareLabel(statement, ws)) return hitBetween(statement, ws[0], last);
  return undefined;
}

/**
 * A bare label or theme as the whole goal ("Theme for the year: boundaries", "Delegation 2.0"): a few
 * words, titled with a colon, a number, a dash or brackets ("Growth – the shop", "Leadership (sales)"),
 * with no verb in them and none shaped like one (a word straight before an article or a possessive, as
 * in "Tile the bathroom"). A named role is a position, not a theme; "Show up in the forum" is an
 * unlisted verb, not a title.
 */
function isBareLabel(statement: string, ws: readonly Word[]): boolean {
  if (!/[:\d()–—]|\s-\s/u.test(statement)) return false;
  if (ws.length > 6 || ws.some((w) => OUTCOME_VERBS.has(w.word) || SOFT_VERBS.has(w.word) || LEAD_IN.has(w.word) || ROLE_NOUNS.has(w.word.replace(/s$/, '')))) return false;
  return !/^\p{L}/u.test(ws[0]?.word ?? '') || !POSSESSIVE_OR_ARTICLE.has(ws[1]?.word ?? '');
}

/** "Get my name onto the register", "Get my piece into the Sunday edition": a thing put somewhere anyone can look. */
function placesThing(ws: readonly Word[], verb: number): boolean {
  return ws[verb + 1]?.word === 'my' && PLACES.has(ws[verb + 3]?.word ?? '') && DETERMINERS.has(ws[verb + 4]?.word ?? '');
}

const PLACES: ReadonlySet<string> = new Set(['on', 'onto', 'into', 'in']);

/** A step that is only a figure of speech: "up a gear", "to the next level", "up a notch". */
function figurativeStep(ws: readonly Word[]): readonly [Word, Word] | undefined {
  const i = ws.findIndex((w, k) => (w.word === 'up' || w.word === 'next' || w.word === 'another') && FIGURATIVE_STEPS.has(ws[k + 1]?.word ?? '') || (w.word === 'up' && ARTICLES.has(ws[k + 1]?.word ?? '') && FIGURATIVE_STEPS.has(ws[k + 2]?.word ?? '')));
  return i < 0 ? undefined : [ws[i], FIGURATIVE_STEPS.has(ws[i + 1].word) ? ws[i + 1] : ws[i + 2]];
}

/** A count of what no one can watch as the result: "two big wins", "a few quick improvements". */
function unobservableCount(ws: readonly Word[]): readonly [Word, Word] | undefined {
  for (let i = 0; i < ws.length; i++) {
    if (!COUNT_WORDS.has(ws[i].word) && !/^\d+$/.test(ws[i].word)) continue;
    for (let k = i + 1; k <= i + 3 && k < ws.length; k++) {
      if (UNOBSERVABLE_COUNTS.has(ws[k].word)) return [ws[i], ws[k]];
      if (!isGraded(ws[k].word) && !COUNT_DESCRIBERS.has(ws[k].word)) break;
    }
  }
  return undefined;
}

const COUNT_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several', 'some', 'many', 'more']);

/** The fuzzy wording in a statement: the first listed phrase, else the shape that makes it fuzzy. */
export function fuzzyWording(statement: string, vague: PhraseMatcher): PhraseHit | undefined {
  return fuzzyIn(vague, statement);
}

const fuzzyIn = memoPer((vague: PhraseMatcher, statement: string) => vague.first(statement) ?? shapeHit(statement));
