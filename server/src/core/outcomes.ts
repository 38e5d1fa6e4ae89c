// Reading the shape of a goal statement: where its main clause starts, and the separate outcomes it
// joins (for compound-goal and its quick fix).

import { ROLE_NOUNS } from '../data/fuzzy-wording';
import { ATTAINING_VERBS, CHANGE_VERBS, OBJECT_STARTERS, OUTCOME_VERBS, PEOPLE } from '../data/outcome-verbs';
import { LEAD_IN, QUESTIONING } from '../data/phrases';
import { words, type Word } from './phrase-matcher';
import { TextMemo } from './text-memo';

/**
 * Where the statement's main clause begins: the offset of the first word that is not a lead-in word
 * ("I want to", "He should"). A phrase at or before it opens the statement.
 */
export function mainClauseStart(statement: string): number {
  return mainClauseStarts.get(statement);
}

// A label of a word or two before a colon is not the clause: "Aim: maintain my badge", "Goal: feel settled".
const LABEL = /^\s*[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s*:\s*/u;

const mainClauseStarts = new TextMemo((statement) => {
  const from = LABEL.exec(statement)?.[0].length ?? 0;
  return words(statement).find((w) => w.start >= from && !LEAD_IN.has(w.word))?.start ?? statement.length;
});

/**
 * Where a clause the mentee is asking about or turning down begins ("what the panel expects", "stop
 * doing what I was told to"): the offset just after the first questioning word, or Infinity.
 */
export function questionedFrom(statement: string): number {
  return questionedStarts.get(statement);
}

const questionedStarts = new TextMemo((statement) => words(statement).find((w) => QUESTIONING.has(w.word))?.end ?? Infinity);

// "and" (or "&"), then the word after it and, looked ahead at, the word after that.
const CONJUNCTION = /,?\s+(?:and|&)\s+(?:then\s+)?(?:to\s+)?([\p{L}'-]+)(?=(?:\s+([\p{L}\p{N}'%$-]+))?)/dgiu;

/**
 * Whether a verb after "and" starts a second outcome: it must read as a verb taking its own object
 * ("and publish the write-up", "and keep coding", "and learn Python"), not as a noun ("product and
 * design leads", "the give and take of").
 */
function startsOutcome(verb: string, next: string | undefined): boolean {
  if (!OUTCOME_VERBS.has(verb.toLowerCase())) return false;
  if (next === undefined) return true;
  const n = next.toLowerCase();
  // "and get listed", "and get shortlisted": a passive result is an outcome of its own.
  if (verb.toLowerCase() === 'get' && n.endsWith('ed') && n.length > 4) return true;
  return OBJECT_STARTERS.has(n) || /^\p{Lu}/u.test(next) || /^[\p{N}$]/u.test(next) || (n.endsWith('ing') && n.length > 5);
}

/**
 * After a whole act (a verb and an object of two words or more, ws[first..end)), a verb the list does
 * not know starts a second act when an article or a possessive follows it: "Reduce debtor days to 40
 * and implement the new ERP"; a verb of change does on any word ("… and reduce complaints by 20%").
 * Other listed verbs are read by startsOutcome.
 */
function secondAct(ws: readonly Word[], first: number, end: number, verb: string, next: string | undefined): boolean {
  const act = OUTCOME_VERBS.has(ws[first].word) || CHANGE_VERBS.has(ws[first].word) || opensWithAct(`${ws[first].word} ${ws[first + 1]?.word ?? ''}`);
  if (end - first < 3 || !act || next === undefined || !/^\p{Ll}+$/u.test(verb)) return false;
  if (CHANGE_VERBS.has(verb) && /^\p{Ll}/u.test(next) && !NOUN_MARKERS.has(next.toLowerCase())) return true;
  return !OUTCOME_VERBS.has(verb) && !OBJECT_STARTERS.has(verb) && !isGerund(verb) && POSSESSIVE_OR_ARTICLE.has(next.toLowerCase());
}

/** A word in -ing read as a gerund: "passing", "doing"; "bring" or "sing" (no vowel before -ing) are plain verbs. */
function isGerund(word: string): boolean {
  return word.endsWith('ing') && /[aeiouy]/u.test(word.slice(0, -3));
}

export const POSSESSIVE_OR_ARTICLE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'their', 'his', 'her', 'your']);

/**
 * Whether the current outcome's words, ws[first..end), end in a bare verb that shares its object with
 * the verb after "and": "Draft and submit the application", "learn to read and write Japanese", a
 * verb with its particle, "Set up and chair the group", and a list of single verbs, "Plan, record and
 * edit the first episode" (ws[first..listEnd) are joined by commas only).
 */
function sharesObject(ws: readonly Word[], first: number, end: number, listEnd: number, comma: boolean): boolean {
  if (end - first >= 2 && listEnd >= end) return true;
  // A comma before "and" closes the first act: "Learn to delegate, and get better at saying no".
  if (comma) return false;
  if (end - first === 2 && PARTICLES.has(ws[end - 1].word)) return true;
  if (end <= first || !OUTCOME_VERBS.has(ws[end - 1].word)) return false;
  return end - first === 1 || (end - 2 >= first && ws[end - 2].word === 'to');
}

const PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'off', 'down', 'in', 'on', 'over']);
// Words after which the word before reads as a noun: "a lunch and learn for the team", "… learn session".
const NOUN_MARKERS: ReadonlySet<string> = new Set(['for', 'of', 'to', 'with', 'on', 'in', 'at', 'by', 'from', 'and', 'or', 'about', 'session', 'sessions']);

/** The plain form of an outcome verb written plain or with -ing: "running" → "run", "restarting" → "start". */
export function plainOutcomeVerb(word: string): string | undefined {
  const w = word.toLowerCase();
  if (OUTCOME_VERBS.has(w)) return w;
  if (!w.endsWith('ing') || w.length < 5) return undefined;
  const stem = w.slice(0, -3);
  return [stem, `${stem}e`, stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : '', stem.startsWith('re') ? stem.slice(2) : ''].find((v) => v && OUTCOME_VERBS.has(v));
}

/**
 * Joins that always start a second outcome (";", "as well as", "and also", ", also", "plus"), and
 * joins that do when an act follows them: "…, then move up to area manager", "… along with cutting
 * agency staff", "… alongside finishing my LLM" (but "my fitness routine alongside night shifts").
 */
const JOINS = /\s*;\s*|\s+as well as\s+|,?\s+and also\s+|,\s+also\s+|,?\s+plus\s+|(,?\s+then\s+|,?\s+along with\s+|,?\s+alongside\s+)/giu;

// An outcome followed by its deadline after a semicolon is one outcome: "Pass the SQE2; by November".
const DEADLINE = /^(?:by|before|until|till|within|due|no later than|in time for)\b/iu;

/**
 * Whether what follows a join starts a second outcome. After a semicolon only an act does: a note
 * about the outcome ("; interview booked for June", "; closing date 3 March") is not another goal. After
 * "then" a verb read by its shape does too ("…, then specialise in"), and after "along with" a second
 * thing with its own article ("… along with a new handbook").
 */
function startsPiece(join: string, rest: string): boolean {
  const next = /^[\p{L}'-]+/u.exec(rest)?.[0] ?? '';
  if (join.includes(';')) return actAfterSemicolon(rest.replace(LEAD_IN_WORDS, ''));
  if (/then/iu.test(join)) return !!plainOutcomeVerb(next) || opensWithAct(rest);
  if (/along with/iu.test(join)) return !!plainOutcomeVerb(next) || POSSESSIVE_OR_ARTICLE.has(next.toLowerCase());
  // "… alongside a new timetable" brings in a second thing; "alongside my day job" or "alongside a
  // colleague" is the setting or the company the one outcome is done in.
  if (/alongside/iu.test(join) && INDEFINITE.has(next.toLowerCase())) return !namesPerson(rest);
  return !!plainOutcomeVerb(next);
}

const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);

/** Whether the noun phrase opening `rest` ("a senior colleague on the ward") is a person. */
function namesPerson(rest: string): boolean {
  const ws = words(rest);
  const end = ws.findIndex((w, i) => i > 0 && (NOUN_MARKERS.has(w.word) || w.word === 'who'));
  const head = ws[(end < 0 ? ws.length : end) - 1]?.word.replace(/s$/u, '') ?? '';
  return ROLE_NOUNS.has(head) || PEOPLE.has(head);
}

// The subject, modals and "then" before a second act: "; I also want to publish it", "; then write it up".
const LEAD_IN_WORDS = new RegExp(`^(?:(?:${[...LEAD_IN, 'then'].join('|')})\\s+)+`, 'iu');

// Finite verbs that make a note a clause with its own subject: "; pitch goes in on Friday".
const NOTE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'goes', 'comes', 'does', 'has', 'opens', 'closes', 'starts', 'ends', 'runs', 'falls']);

/**
 * A listed verb after a semicolon acts on a bare plural too ("; raise prices", "; build
 * relationships"), but a bare singular makes a noun of it ("; start date 6 May").
 */
function actAfterSemicolon(rest: string): boolean {
  if (opensWithAct(rest)) return true;
  const [verb, next] = rest.toLowerCase().split(/\s+/u);
  return !!verb && OUTCOME_VERBS.has(verb) && !!next && /s$/u.test(next) && !NOTE_VERBS.has(next);
}

function joinedPieces(statement: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const m of statement.matchAll(JOINS)) {
    const rest = statement.slice(m.index + m[0].length);
    const conditional = m[1] !== undefined || m[0].includes(';');
    if ((conditional && !startsPiece(m[0], rest)) || DEADLINE.test(rest)) continue;
    pieces.push(statement.slice(from, m.index));
    from = m.index + m[0].length;
  }
  pieces.push(statement.slice(from));
  return pieces;
}

/**
 * Whether a list item opens with a verb and its object: "renew the tenancy", "audition for Rambert".
 * An unlisted verb is read by its shape, a lower-case word straight before an article, a possessive, a
 * preposition, a number or a name; "passing drills" or "flats" are nouns.
 */
export function opensWithAct(item: string): boolean {
  const [verb, next] = item.split(/\s+/u);
  if (!verb || next === undefined) return false;
  if (OUTCOME_VERBS.has(verb.toLowerCase())) return startsOutcome(verb, next);
  return /^\p{Ll}+$/u.test(verb) && !OBJECT_STARTERS.has(verb) && !isGerund(verb) && (OBJECT_STARTERS.has(next.toLowerCase()) || /^[\p{Lu}\p{N}£$]/u.test(next));
}

/**
 * A comma list of three or more acts is as many outcomes: "Renew the tenancy, buy a tractor, open the
 * farm shop". Each item after the first must open with a plain verb taking its own object, so a list
 * of nouns ("warm-up, passing drills and a small-sided game") stays one goal.
 */
function commaItems(parts: readonly string[]): readonly string[] {
  const split = parts.map((p) => p.split(/\s*,\s*/u));
  const acts = split.flat().filter((item, k) => k === 0 || opensWithAct(item));
  if (acts.length < 3 || acts.length !== split.flat().length) return parts;
  return split.flat();
}

/**
 * One verb of attaining with several results, each arriving on its own: "Gain the HGV licence, a
 * depot job and a pay rise", "Win the tender and a second contract". A result after the first must
 * carry its own article or possessive, so "Get the balance, timing and tone right" stays one goal.
 * Each result keeps the verb: "Gain a pay rise".
 */
const SELF_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', "i'm", "i've", "we're"]);

function nounResults(piece: string): readonly string[] {
  const at = mainClauseStart(piece);
  const verb = /^[\p{L}'-]+/u.exec(piece.slice(at))?.[0] ?? '';
  if (!ATTAINING_VERBS.has(verb.toLowerCase())) return commaItems([piece]);
  const items = piece.slice(at + verb.length).split(/\s*,\s*(?:and\s+)?|\s+and\s+/u).map((x) => x.trim());
  const owned = items.slice(1).some((x) => POSSESSIVE_OR_ARTICLE.has(x.split(/\s+/u)[0].toLowerCase()));
  // A participle ("Get promoted, …") is no result in a list, and a clause with its own subject ("…, the
  // role my manager and I agreed") renames the result rather than adding one.
  const clause = items.some((x) => x === '' || opensWithAct(x) || words(x).some((w) => SELF_SUBJECTS.has(w.word))) || /^\p{L}+ed\b/u.test(items[0]);
  if (items.length < 2 || !owned || clause) return commaItems([piece]);
  return items.map((x, k) => (k === 0 ? `${piece.slice(0, at + verb.length)} ${x}` : `${verb} ${x}`));
}

/**
 * Splits a statement into its separate outcomes: on the joins above, and on "and" when a new outcome
 * follows, so "Delegate the report to Priya and Sam" stays one goal.
 */
export function splitOutcomes(statement: string): readonly string[] {
  return outcomesOf.get(statement);
}

const outcomesOf = new TextMemo((statement): readonly string[] => {
  const out: string[] = [];
  for (const piece of joinedPieces(statement)) {
    const ws = words(piece);
    let from = 0;
    let first = 0; // index of the current outcome's first word
    let next = 0; // index of the first word at or after the current "and"
    // ws[first..listEnd) are single words joined by commas; kept as "next" moves, so a long statement
    // of repeated "and"s is read once, not once per "and".
    let listEnd = 1;
    const parts: string[] = [];
    for (const m of piece.matchAll(CONJUNCTION)) {
      const at = m.index ?? 0;
      while (next < ws.length && ws[next].end <= at) next++;
      while (listEnd < next && /^\s*,\s*$/u.test(piece.slice(ws[listEnd - 1].end, ws[listEnd].start))) listEnd++;
      if (!(startsOutcome(m[1], m[2]) || secondAct(ws, first, next, m[1], m[2])) || sharesObject(ws, first, next, listEnd, m[0].startsWith(','))) continue;
      parts.push(piece.slice(from, at));
      from = m.indices?.[1]?.[0] ?? at + m[0].length;
      first = next;
      while (first < ws.length && ws[first].start < from) first++;
      listEnd = first + 1;
    }
    parts.push(piece.slice(from));
    out.push(...(parts.length === 1 ? nounResults(piece) : commaItems(parts)));
  }
  return out.map((p) => p.trim().replace(/[.,]$/, '')).filter((p) => p.split(/\s+/).length >= 2);
});
