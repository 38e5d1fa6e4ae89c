// Wording that says someone other than the mentee set the goal, read from the sentence's shape rather
// than from listed phrases: the mentee as the object of someone's wish or order ("the school needs me
// to", "my partner thinks I should"), as the subject of a passive order ("I was volunteered", "I've been
// tasked with"), or a reason that is someone else's say-so ("because HR said so").

import {
  ASSESSMENTS, HANDED_OVER, REQUESTED, DIRECTIVE_VERBS, ENROLLING_VERBS, HEARSAY, IMPOSED_PARTICIPLES, OBLIGATION, OTHER_SUBJECTS, OWN_AIM_VERBS, PASSIVE_AUXILIARIES, REASON_WORDS, SAYING_VERBS, TARGETS_OF_DIRECTIVE, WANTING_VERBS,
} from '../data/imposed-wording';
import { OUTCOME_VERBS } from '../data/outcome-verbs';
import { LEAD_IN, QUESTIONING } from '../data/phrases';
import { hitBetween, words, type PhraseHit, type Word } from './phrase-matcher';

const HEDGES: ReadonlySet<string> = new Set(['apparently', 'already', 'recently', 'now', 'have', 'has', 'kind', 'of', 'sort']);
const SELF: ReadonlySet<string> = new Set(['i', 'we', "i'd", "we'd"]);
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);

/** Where the statement's opening ends: subjects, auxiliaries and hedges ("I have apparently been …"). */
function openingEnd(ws: readonly Word[]): number {
  const end = ws.findIndex((w) => !(LEAD_IN.has(w.word) || PASSIVE_AUXILIARIES.has(w.word) || HEDGES.has(w.word)));
  return end < 0 ? ws.length : end;
}

const OWN_OBJECTS: ReadonlySet<string> = new Set(['my', 'our']);
const LOWER_WORD = /^\p{Ll}+$/u;

/** Where the clause opened at ws[at] ends: at a comma, a full stop or a semicolon, or ten words on. */
function clauseEnd(statement: string, ws: readonly Word[], at: number): number {
  let k = at + 1;
  while (k < ws.length && k - at <= 10 && !/[,.;]/u.test(statement.slice(ws[k - 1].end, ws[k].start))) k++;
  return k;
}

const LABEL_WORDS = 6;

/**
 * A goal handed over under its source's name, in a label before a colon: "Director's ask: …",
 * "Performance review target: …", "The PDR says: …". The label must name what is handed over and
 * someone else, by a possessive or an assessment; "My target: …" or "Mum's birthday: …" are not.
 */
function handedOverLabel(statement: string, ws: readonly Word[]): PhraseHit | undefined {
  const colon = statement.indexOf(':');
  if (colon < 0) return undefined;
  const label = ws.filter((w) => w.end <= colon);
  if (label.length === 0 || label.length > LABEL_WORDS) return undefined;
  const handedOver = label.some((w) => HANDED_OVER.has(w.word));
  const someoneElse = label.some((w) => ASSESSMENTS.has(w.word) || (/\p{L}'s$/u.test(w.word) && !SELF_POSSESSIVES.has(w.word)));
  return handedOver && someoneElse ? hitBetween(statement, label[0], label[label.length - 1]) : undefined;
}

const SELF_POSSESSIVES: ReadonlySet<string> = new Set(["mentee's", "it's", "let's", "that's", "what's", "here's", "there's"]);

/** "As requested by the conductor, …", "at the request of the head", "at my manager's request". */
function requestedBy(statement: string, ws: readonly Word[]): PhraseHit | undefined {
  for (let i = 0; i + 2 < ws.length; i++) {
    if (ws[i].word === 'as' && REQUESTED.has(ws[i + 1].word) && ws[i + 2].word === 'by') return hitBetween(statement, ws[i], ws[i + 2]);
    if (ws[i].word === 'at' && ws.slice(i + 1, i + 5).some((w) => w.word === 'request')) return hitBetween(statement, ws[i], ws.slice(i + 1, i + 5).find((w) => w.word === 'request') ?? ws[i]);
  }
  return undefined;
}

/** The first wording that puts the goal in someone else's mouth, or undefined. */
export function imposedWording(statement: string): PhraseHit | undefined {
  const ws = words(statement);
  const opening = openingEnd(ws);
  // Hedged hearsay: "Apparently I'm meant to go for team leader", "Supposedly I should".
  const hearsay = ws.findIndex((w, i) => i <= opening && HEARSAY.has(w.word));
  if (hearsay >= 0) return hitBetween(statement, ws[hearsay], ws[hearsay]);
  // "According to my appraisal, I need to …": a review, a scheme or a person as the source of the goal.
  if (ws[0]?.word === 'according' && ws[1]?.word === 'to') return hitBetween(statement, ws[0], ws[1]);
  const handed = handedOverLabel(statement, ws) ?? requestedBy(statement, ws);
  if (handed) return handed;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].word;
    if (REASON_WORDS.has(w)) {
      // "because HR said so": someone other than the mentee gives the reason.
      let j = i + 1;
      while (j < ws.length && j - i <= 5 && !DIRECTIVE_VERBS.has(ws[j].word) && !SELF.has(ws[j].word)) j++;
      if (j < ws.length && j > i + 1 && DIRECTIVE_VERBS.has(ws[j].word)) return hitBetween(statement, ws[i], ws[j]);
    }
    // The mentee rejects or asks about the order: "stop doing what I was told", "what she wants me to do".
    if (QUESTIONING.has(w)) return undefined;
    // The statement's own passive ("I was volunteered", "Got told"), not a relative clause ("requests I'm asked to take on").
    // "Put myself forward", "Put my name forward": with the mentee or their own thing as its object the
    // verb is the mentee's act, not an order.
    const ownAct = ws[i + 1]?.word === 'myself' || (i === 0 && OWN_OBJECTS.has(ws[i + 1]?.word ?? ''));
    if (IMPOSED_PARTICIPLES.has(w) && !ownAct && (i === 0 || (PASSIVE_AUXILIARIES.has(ws[i - 1].word) && i - 1 <= opening))) return hitBetween(statement, ws[Math.max(0, i - 1)], ws[i]);
    if (DIRECTIVE_VERBS.has(w) && i > 0 && !SELF.has(ws[i - 1].word)) {
      const target = ws[i + 1]?.word === 'that' ? i + 2 : i + 1;
      if (TARGETS_OF_DIRECTIVE.has(ws[target]?.word ?? '')) return hitBetween(statement, ws[i], ws[target]);
      // An order handed on with no one named: "My caseworker said to register first"; not a passive
      // about others ("the juniors who were told to shadow me").
      if (SAYING_VERBS.has(w) && !PASSIVE_AUXILIARIES.has(ws[i - 1].word) && ws[i + 1]?.word === 'to' && LOWER_WORD.test(ws[i + 2]?.word ?? '')) return hitBetween(statement, ws[i], ws[i + 1]);
      // Someone's say-so about what the mentee or people like them should do, anywhere in the clause it
      // opens: "Everyone says ex-forces should retrain", "my sister says I've left it too long and need to".
      const modal = ws.slice(i + 1, clauseEnd(statement, ws, i)).find((x) => OBLIGATION.has(x.word));
      if (modal && SAYING_VERBS.has(w)) return hitBetween(statement, ws[i], modal);
    }
    // Someone else enrolling the mentee: "My boss has put me down for the rescue team".
    if (ENROLLING_VERBS.has(w) && ws[i + 1]?.word === 'me' && i > 0 && !SELF.has(ws[i - 1].word) && ws[i - 1].word !== 'to' && !OUTCOME_VERBS.has(ws[0].word)) return hitBetween(statement, ws[i], ws[i + 1]);
  }
  const subject = someoneElseWants(ws);
  return subject === undefined ? undefined : hitBetween(statement, ws[0], ws[subject]);
}

/**
 * Where the statement's subject is someone else who wants, expects or requires something of the
 * mentee: "My PI wants a Nature paper out of this", "Area manager wants the store at 95%". The index of
 * the verb, when the words before it are that someone (no "I", and not an instruction to oneself such
 * as "Tell the area manager", which opens with the mentee's own verb).
 */
function someoneElseWants(ws: readonly Word[]): number | undefined {
  const verb = ws.findIndex((w, i) => i > 0 && i <= 4 && WANTING_VERBS.has(w.word));
  if (verb < 0 || OUTCOME_VERBS.has(ws[0].word) || ws.slice(0, verb).some((w) => SELF.has(w.word) || LEAD_IN.has(w.word) || QUESTIONING.has(w.word))) return undefined;
  return verb;
}

/**
 * The first listed phrase whose order does not fall on someone else: a passive ("been asked to",
 * "expected to") whose subject is another person, as in "the tasks they have been asked to do".
 */
export function firstOnMentee(statement: string, hits: readonly PhraseHit[]): PhraseHit | undefined {
  const ws = words(statement);
  let at = 0;
  return hits.find((hit) => {
    while (at < ws.length && ws[at].start < hit.start) at++;
    if (at >= ws.length || !(IMPOSED_PARTICIPLES.has(ws[at].word) || PASSIVE_AUXILIARIES.has(ws[at].word))) return true;
    let i = at - 1;
    while (i >= 0 && at - i <= 4 && (PASSIVE_AUXILIARIES.has(ws[i].word) || HEDGES.has(ws[i].word) || ws[i].word === 'had')) i--;
    return !(i >= 0 && OTHER_SUBJECTS.has(ws[i].word));
  });
}

/** Whether the mentee claims the goal after offset `from`: "… and I want to use it to practise speaking to execs". */
export function claimedAfter(statement: string, from: number): boolean {
  const ws = words(statement.slice(from));
  // "… if I want to keep the job" is the condition someone set, not the mentee's own aim.
  return ws.some((w, i) => SELF.has(w.word) && OWN_AIM_VERBS.has(ws[i + 1]?.word ?? '') && !CONDITIONS.has(ws[i - 1]?.word ?? ''));
}
