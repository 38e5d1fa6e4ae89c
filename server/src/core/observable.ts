// Does a goal name something observable: a number, a date, a named person, deliverable or event, a measure line?

import { DEFINITE_WORDS, ENTITLEMENT_NOUNS, HISTORY_LEADS, HORIZON_LEADS, HORIZON_WORDS, NAMED_RESULT_WORDS, NUMBER_WORDS, QUALITY_NOUNS, RHYTHM_WORDS, WEEKDAYS } from '../data/observable';
import { isGraded } from './fuzzy-wording';
import { findDateInText } from './dates';
import { field, type Goal } from './model';
import { words, type Word } from './phrase-matcher';
import { TextMemo } from './text-memo';

// What the mentee only gets better at is a subject, not a result: "better with Excel", "learn about Kubernetes".
const SUBJECT_LEADS: readonly (readonly [string, string])[] = [['better', 'at'], ['better', 'with'], ['more', 'about'], ['learn', 'about']];

const after = (ws: readonly Word[], i: number, lead: readonly [string, string]): boolean => ws[i - 2]?.word === lead[0] && ws[i - 1]?.word === lead[1];

/** Why the goal counts as observable, or undefined when nothing in it does. */
export function observableResult(goal: Goal, statement = goal.statement): string | undefined {
  const success = field(goal, 'success');
  if (success && success.value.trim()) return `the "${success.label}" line names the result`;
  return observableInStatement(statement);
}

export function observableInStatement(statement: string): string | undefined {
  return observableReasons.get(statement);
}

const observableReasons = new TextMemo(observableReason);

function observableReason(statement: string): string | undefined {
  if (/\d/.test(statement)) return 'it names a number or a date';
  if (findDateInText(statement)) return 'it names a date';
  const ws = words(statement);
  const numeric = ws.find(
    (w, i) =>
      (NUMBER_WORDS.has(w.word) && !HISTORY_LEADS.has(ws[i - 1]?.word ?? '')) ||
      (RHYTHM_WORDS.has(w.word) && !DEFINITE_WORDS.has(ws[i - 1]?.word ?? '') && !ENTITLEMENT_NOUNS.has(ws[i + 1]?.word ?? '')),
  );
  if (numeric) return `it names a count or rhythm ("${numeric.word}")`;
  const horizon = ws.find((w, i) => HORIZON_WORDS.has(w.word) && i > 0 && HORIZON_LEADS.has(ws[i - 1].word));
  if (horizon) return `it names a horizon ("${horizon.word}")`;
  // A capitalised word after the first is a name: a person, a team, a product, an event.
  const name = ws.slice(1).find((w, k) => {
    const raw = statement.slice(w.start, w.end);
    return /^\p{Lu}/u.test(raw) && raw !== 'I' && !/^I'/.test(raw) && !WEEKDAYS.has(w.word.replace(/s$/, '')) && !SUBJECT_LEADS.some((l) => after(ws, k + 1, l));
  });
  if (name) return `it names someone or something ("${statement.slice(name.start, name.end)}")`;
  // A result word counts as a result, not graded ("a better mentor", "more present") or naming a quality ("presentation skills").
  const named = ws.find((w, i) => NAMED_RESULT_WORDS.has(w.word) && !QUALITY_NOUNS.has(ws[i + 1]?.word ?? '') && !isGraded(ws[i - 1]?.word ?? ''));
  if (named) return `it names a deliverable or event ("${named.word}")`;
  return undefined;
}
