// Does a goal name something observable: a count or measure of the result, a rhythm, a named person,
// deliverable or event, an act, a measure line? A date alone does not: it says when, not what.

import {
  DEFINITE_WORDS, ENTITLEMENT_NOUNS, HISTORY_LEADS, LABEL_WORDS, MONTH_NAMES, NAMED_RESULT_WORDS, NUMBER_WORDS, PERIOD_WORDS, QUALITY_NOUNS, RHYTHM_WORDS,
  COUNT_DESCRIBERS, DEADLINE_LEADS, JUDGING_VERBS, MIND_NOUNS, OPINION_VERBS, SETTING_LEADS, TIME_LEADS, UNOBSERVABLE_COUNTS, WEEKDAYS,
} from '../data/observable';
import { OUTCOME_VERBS } from '../data/outcome-verbs';
import { SOFT_VERBS, VERB_PARTICLES } from '../data/fuzzy-wording';
import { isComparative, isGraded } from './fuzzy-wording';
import { opensWithAct, plainOutcomeVerb } from './outcomes';
import { field, type Goal } from './model';
import { words, type Word } from './phrase-matcher';
import { TextMemo } from './text-memo';

// What the mentee only gets better at is a subject, not a result: "better with Excel", "learn about Kubernetes".
const SUBJECT_LEADS: readonly (readonly [string, string])[] = [['better', 'at'], ['better', 'with'], ['more', 'about'], ['learn', 'about']];

const after = (ws: readonly Word[], i: number, lead: readonly [string, string]): boolean => ws[i - 2]?.word === lead[0] && ws[i - 1]?.word === lead[1];

/** Why the goal counts as observable, or undefined when nothing in it does. */
export function observableResult(goal: Goal, statement = goal.statement): string | undefined {
  const success = field(goal, 'success');
  if (success && success.value.trim() && !standingOnly(success.value)) return `the "${success.label}" line names the result`;
  return observableInStatement(statement);
}

/**
 * A success line that only grades the mentee ("being a better pilot overall", "respected as a leader")
 * or says what others think or know of them ("the team thinks of me first") names a standing or a
 * quality, not a result, so it rescues nothing; a grade someone gives ("my skip-level says my updates
 * are clear", "graded good by the head of year") is an event anyone can see.
 */
const standingOnly = (value: string): boolean => {
  const ws = words(value);
  return !observableInStatement(value) && ws.some((w) => isGraded(w.word) || OPINION_VERBS.has(w.word)) && !ws.some((w) => JUDGING_VERBS.has(w.word));
};

export function observableInStatement(statement: string): string | undefined {
  return observableReasons.get(statement);
}

const observableReasons = new TextMemo(observableReason);

// A deadline is a horizon, not a result: a date, a season or "by 2030" answers when, never what, so
// only numbers that count or measure the result itself make a goal observable.
function observableReason(statement: string): string | undefined {
  const ws = words(statement);
  const counted = ws.find((_, i) => countsResult(statement, ws, i));
  if (counted) return `it names a count or measure ("${statement.slice(counted.start, counted.end)}")`;
  const rhythm = ws.find((w, i) => RHYTHM_WORDS.has(w.word) && !DEFINITE_WORDS.has(ws[i - 1]?.word ?? '') && !ENTITLEMENT_NOUNS.has(ws[i + 1]?.word ?? ''));
  if (rhythm) return `it names a count or rhythm ("${rhythm.word}")`;
  const name = ws.find((_, i) => i > 0 && namesResult(statement, ws, i));
  if (name) return `it names someone or something ("${statement.slice(name.start, name.end)}")`;
  // A result word counts as a result, not graded ("a better mentor", "more present") or naming a quality ("presentation skills").
  const named = ws.find((w, i) => NAMED_RESULT_WORDS.has(w.word) && !QUALITY_NOUNS.has(ws[i + 1]?.word ?? '') && !isGraded(ws[i - 1]?.word ?? '') && !isHorizon(ws, i));
  if (named) return `it names a deliverable or event ("${named.word}")`;
  const act = ws.find((_, i) => i > 0 && startsAct(statement, ws, i));
  if (act) return `it names what the mentee will do ("${statement.slice(act.start, act.end)}")`;
  return undefined;
}

/**
 * An event after "before" or "until" is the horizon, not the result: "… before the interviews in
 * June". Only the event itself, the head of its phrase; "before the budget round" still names a budget.
 */
function isHorizon(ws: readonly Word[], i: number): boolean {
  const next = ws[i + 1]?.word;
  return DEADLINE_LEADS.has(leadOf(ws, i)) && (next === undefined || SETTING_LEADS.has(next) || next === 'and');
}

const isAct = (verb: string | undefined, next: string): boolean => !!verb && (!SOFT_VERBS.has(verb) || (verb === 'get' && DETERMINERS.has(next)));

/**
 * A fuzzy aim followed by the act that shows it is a result: "Be more visible: present at the
 * all-hands", "Understand the accounts well enough to draft the forecast", "… by shadowing the finance
 * director". The act must be a verb anyone could watch being done, not another change in the person.
 */
function startsAct(statement: string, ws: readonly Word[], i: number): boolean {
  const gap = statement.slice(ws[i - 1].end, ws[i].start);
  const next = ws[i + 1]?.word ?? '';
  if (/[:;—–]|\s-\s/u.test(gap)) {
    const verb = plainOutcomeVerb(ws[i].word);
    return i + 1 < ws.length && (verb ? isAct(verb, next) : opensWithAct(statement.slice(ws[i].start)));
  }
  const before = ws[i - 1].word;
  if (before === 'by') return ws[i].word.endsWith('ing') && isAct(plainOutcomeVerb(ws[i].word), next);
  if (before === 'to' && ACT_LEADS.has(ws[i - 2]?.word ?? '')) return isAct(OUTCOME_VERBS.has(ws[i].word) ? ws[i].word : undefined, next);
  return false;
}

/** "well enough to draft", "ready to lead", "able to run": what comes next is the act the aim makes possible. */
const ACT_LEADS: ReadonlySet<string> = new Set(['enough', 'ready', 'able', 'can']);

const DIGITS = /\d/;
const ARTICLE_BEFORE: ReadonlySet<string> = new Set(['a', 'an']);
const AGE_LEADS: ReadonlySet<string> = new Set(['turn', 'turns', 'turning', "i'm", 'aged', 'age']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'this', 'that', 'next', 'his', 'her', 'their', 'end', 'of']);

/** The word before ws[i], skipping articles and possessives: "over the next 6 months" gives "over". */
function leadOf(ws: readonly Word[], i: number): string {
  let j = i - 1;
  while (j >= 0 && DETERMINERS.has(ws[j].word) && !TIME_LEADS.has(ws[j].word)) j--;
  return ws[j]?.word ?? '';
}

/**
 * Whether the number at ws[i] counts or measures the result ("three conference talks", "from 58 to 52
 * minutes", "a 90% pass rate"). Not when it is a time ("by 2029", "Q2", "within 6 months"), a name
 * ("Level 2", "the under-14s", "A320"), a grade of the person ("3x sharper", "30% less nervous",
 * "2% better"), a count of something no one can watch ("three breakthroughs"), or looks back ("after
 * five years out").
 */
function countsResult(statement: string, ws: readonly Word[], i: number): boolean {
  const w = ws[i].word;
  const digits = DIGITS.test(w);
  if (!digits && !NUMBER_WORDS.has(w)) return false;
  if (HISTORY_LEADS.has(ws[i - 1]?.word ?? '')) return false;
  // "the second half of 2027", "the first week of June": part of a time.
  if (ws[i + 1]?.word === 'of' && isTimeWord(ws[i + 2]?.word === 'the' ? ws[i + 3]?.word : ws[i + 2]?.word)) return false;
  if (digits && isTimeOrLabel(w, ws, i)) return false;
  // A version is a name: "Networking 2.0".
  if (/^\.0\b/u.test(statement.slice(ws[i].end)) || /\d\.$/u.test(statement.slice(0, ws[i].start))) return false;
  // A number graded by what follows it: "10x better", "50% sharper", "2x more effective".
  const unit = statement.slice(ws[i].end, ws[i].end + 1);
  if (/^\d+x$/.test(w) || ws[i + 1]?.word === 'times' || ws[i + 1]?.word === 'x') return false;
  const next = ws[i + 1]?.word ?? '';
  if ((unit === '%' || digits) && gradesPerson(next, ws[i + 2]?.word ?? '')) return false;
  // A score worn as an adjective grades the person: "a 10/10 colleague", "an 8/10 host"; the number
  // after the slash is the scale, never a count of its own.
  if ((unit === '/' && ARTICLE_BEFORE.has(ws[i - 1]?.word ?? '')) || statement.charAt(ws[i].start - 1) === '/') return false;
  // A percentage of what the mentee knows counts nothing: "my understanding of VAT by 30%".
  if (unit === '%' && ws.slice(0, i).some((x, k) => x.word === 'my' && MIND_NOUNS.has(ws[k + 1]?.word ?? ''))) return false;
  // "three big breakthroughs": skip up to two describing words before the noun counted.
  for (let k = i + 1; k <= i + 3 && k < ws.length; k++) {
    if (UNOBSERVABLE_COUNTS.has(ws[k].word)) return false;
    if (!isGraded(ws[k].word) && !COUNT_DESCRIBERS.has(ws[k].word)) break;
  }
  return true;
}

/** "sharper", "better", "more effective", "less nervous": a grade of the person, not a quantity of something. */
function gradesPerson(next: string, after: string): boolean {
  if (isComparative(next) || next === 'better' || next === 'worse') return true;
  return (next === 'more' || next === 'less') && (isGraded(after) || /(?:ive|ful|ous|ent|ant|ed|ic|al|ble|ish|y)$/.test(after));
}

const isTimeWord = (w: string | undefined): boolean => !!w && (/^(?:19|20)\d\d$/.test(w) || MONTH_NAMES.has(w) || PERIOD_WORDS.has(w) || w === 'next' || w === 'this');

function isTimeOrLabel(w: string, ws: readonly Word[], i: number): boolean {
  if (/^(?:19|20)\d\d$/.test(w) || /^\d{4}-\d/.test(w)) return true; // a year or an ISO date
  if (/^\p{L}+\d/u.test(w) || (w.includes('-') && /\p{L}/u.test(w))) return true; // "q3", "a320", "under-14s", "12-hour"
  const before = ws[i - 1]?.word ?? '';
  // An age: "before I turn 50", "by the time I'm 40".
  if (LABEL_WORDS.has(before) || AGE_LEADS.has(before)) return true;
  if (MONTH_NAMES.has(before) || MONTH_NAMES.has(ws[i + 1]?.word ?? '') || /^\d+(?:st|nd|rd|th)$/.test(w)) return true;
  const lead = leadOf(ws, i);
  // "within 6 months", "over the next 3 years"; and "by 40", an age.
  return (TIME_LEADS.has(lead) && PERIOD_WORDS.has(ws[i + 1]?.word ?? '')) || (lead === 'by' && !/[%£$€]/u.test(ws[i + 1]?.word ?? '') && i === ws.length - 1);
}

/**
 * A capitalised word after the first names someone or something the result involves, unless it is a
 * time ("by June", "before Easter") or the setting ("a name for myself in the Army", "anxious about
 * Ofsted"): what stands in a place or a time has not been done.
 */
function namesResult(statement: string, ws: readonly Word[], i: number): boolean {
  const w = ws[i];
  const raw = statement.slice(w.start, w.end);
  if (!/^\p{Lu}/u.test(raw) || raw === 'I' || /^I'/.test(raw) || WEEKDAYS.has(w.word.replace(/s$/, '')) || MONTH_NAMES.has(w.word)) return false;
  if (SUBJECT_LEADS.some((l) => after(ws, i, l))) return false;
  // Back over the name's other words and its article: "at St Mary's", "in the Royal Navy".
  let j = i - 1;
  while (j >= 0 && (DETERMINERS.has(ws[j].word) || /^\p{Lu}/u.test(statement.slice(ws[j].start, ws[j].end)))) j--;
  // What follows "since" or "after" looks back ("since leaving the Navy"), not forward to a result.
  if (ws.slice(Math.max(0, j - 2), j + 1).some((x) => HISTORY_LEADS.has(x.word))) return false;
  // A particle after a verb keeps the name its object: "without pulling in Jo", "hand over to Sam".
  const verbBefore = j >= 1 && (OUTCOME_VERBS.has(ws[j - 1].word) || (ws[j - 1].word.endsWith('ing') && !DETERMINERS.has(ws[j - 2]?.word ?? '')));
  const particle = verbBefore && VERB_PARTICLES.has(ws[j].word);
  return particle || !SETTING_LEADS.has(ws[j]?.word ?? '');
}
