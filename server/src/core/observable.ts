// Does a goal name something observable: a number, a date, a named person, deliverable or event, a measure line?

import { DEFINITE_WORDS, HORIZON_LEADS, HORIZON_WORDS, NAMED_RESULT_WORDS, NUMBER_WORDS, RHYTHM_WORDS, WEEKDAYS } from '../data/observable';
import { findDateInText } from './dates';
import { field, type Goal } from './model';
import { words } from './phrase-matcher';

/** Why the goal counts as observable, or undefined when nothing in it does. */
export function observableResult(goal: Goal): string | undefined {
  const success = field(goal, 'success');
  if (success && success.value.trim()) return `the "${success.label}" line names the result`;
  return observableInStatement(goal.statement);
}

export function observableInStatement(statement: string): string | undefined {
  if (/\d/.test(statement)) return 'it names a number or a date';
  if (findDateInText(statement)) return 'it names a date';
  const ws = words(statement);
  const numeric = ws.find((w, i) => NUMBER_WORDS.has(w.word) || (RHYTHM_WORDS.has(w.word) && !DEFINITE_WORDS.has(ws[i - 1]?.word ?? '')));
  if (numeric) return `it names a count or rhythm ("${numeric.word}")`;
  const horizon = ws.find((w, i) => HORIZON_WORDS.has(w.word) && i > 0 && HORIZON_LEADS.has(ws[i - 1].word));
  if (horizon) return `it names a horizon ("${horizon.word}")`;
  // A capitalised word after the first is a name: a person, a team, a product, an event.
  const raw = ws.slice(1).map((w) => statement.slice(w.start, w.end));
  const name = raw.find((w) => /^\p{Lu}/u.test(w) && w !== 'I' && !/^I'/.test(w) && !WEEKDAYS.has(w.toLowerCase().replace(/s$/, '')));
  if (name) return `it names someone or something ("${name}")`;
  const named = ws.find((w) => NAMED_RESULT_WORDS.has(w.word));
  if (named) return `it names a deliverable or event ("${named.word}")`;
  return undefined;
}
