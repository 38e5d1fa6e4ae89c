// Facts about a goal that several rules, hovers and code lenses read.

import { challengeFor, type ChallengeId } from '../data/questions';
import { NUMBER_WORDS } from '../data/observable';
import { STATUSES, type GoalStage, type Status, type StatusInfo } from '../data/kinds';
import { isPlaceholder } from '../data/templates';
import { findDateInText, parseDate, type PlanDate } from './dates';
import { explorationHit } from './exploring-wording';
import { field, type Goal, type Plan, type Question } from './model';
import { words, type PhraseHit } from './phrase-matcher';
import { TextMemo } from './text-memo';

/** The known status a Status value names ("Completed in March" is done), or undefined when it names none. */
export function statusOfValue(value: string): StatusInfo | undefined {
  return statusByValue.get(value);
}

const statusByValue = new TextMemo((value): StatusInfo | undefined => {
  const text = ` ${words(value).map((w) => w.word).join(' ')} `;
  // A negated name ("not done yet") says the opposite of that status, so it names none.
  return STATUSES.find((s) => [s.value, ...s.aliases].some((name) => text.includes(` ${name} `) && !/ (?:not|never|no longer) $/.test(text.slice(0, text.indexOf(` ${name} `) + 1))));
});

/** The goal's status: its Status line, else a ticked task-list box (done); undefined when neither says. */
export function goalStatus(goal: Goal): Status | undefined {
  const value = field(goal, 'status')?.value ?? '';
  return value ? statusOfValue(value)?.value : goal.ticked ? 'done' : undefined;
}

/**
 * Where the goal stands, which decides the rules that judge it: its status; with no status, a goal
 * worded as exploration ("Work out whether…") that names no result yet is exploring.
 */
export function goalStage(goal: Goal): GoalStage {
  return statusStage(judgedStatus(goal));
}

/** The status the checks judge a goal by: its own; with none, exploring for exploration wording, else active. */
export function judgedStatus(goal: Goal): Status {
  return goalStatus(goal) ?? (!field(goal, 'status')?.value && exploringWording(goal) ? 'exploring' : 'active');
}

/** Open, exploring or history, as the plan format files each status. */
export function statusStage(status: Status): GoalStage {
  return STATUSES.find((s) => s.value === status)?.stage ?? 'open';
}

/** The stage the rules judge a goal at; none while its statement is still the template's placeholder. */
export function judgedStage(goal: Goal): GoalStage | undefined {
  return isPlaceholder(goal.statement) ? undefined : goalStage(goal);
}

/**
 * The exploration wording of a goal still to be pinned down. One with a success line, or a count after
 * the question ("Explore whether management suits me, with three conversations"), already is; the
 * options weighed ("Decide between the MBA and…") are not a result.
 */
export function exploringWording(goal: Goal): PhraseHit | undefined {
  const hit = explorationHit(goal.statement);
  if (!hit || field(goal, 'success')?.value) return undefined;
  const rest = goal.statement.slice(hit.end);
  return /\d/.test(rest) || words(rest).some((w) => NUMBER_WORDS.has(w.word)) ? undefined : hit;
}

/** Open goals are the ones the date and wording rules still speak to: not done, dropped or evolved. */
export function isOpen(goal: Goal): boolean {
  return goalStage(goal) !== 'history';
}

/**
 * The challenge questions still open, as the open-question rule reports them and the overview and
 * agenda count them: no answer written after them, and no filled-in field that answers them (a
 * Replaces line answers "what will it replace?"). None under history, a record, or a placeholder goal.
 */
export function openChallenges(goal: Goal): readonly Question[] {
  const stage = judgedStage(goal);
  if (!stage || stage === 'history') return [];
  return goal.challenges.filter((q) => {
    if (q.answer) return false;
    const by = challengeFor(q.text)?.answeredBy;
    return !(by && field(goal, by)?.value);
  });
}

/** The answer to one challenge question, written after it; empty when it is open or not asked. */
export function challengeAnswer(goal: Goal, id: ChallengeId): string {
  return goal.challenges.find((q) => q.answer && challengeFor(q.text)?.id === id)?.answer ?? '';
}

/** Whether the plan says what the goal will replace: a filled-in Replaces line, or an answered challenge question. */
export function saysWhatItReplaces(goal: Goal): boolean {
  return !!field(goal, 'replaces')?.value || !!challengeAnswer(goal, 'what-it-replaces');
}

/** The goal's target date: the by-field when readable, else a full date written in the statement. */
export function goalHorizon(goal: Goal): PlanDate | undefined {
  const by = field(goal, 'by');
  if (by?.value) return parseDate(by.value);
  return findDateInText(goal.statement);
}

/** Lower-cased statement without punctuation, for comparing goals. */
export function normaliseStatement(statement: string): string {
  return normalised.get(statement);
}

const normalised = new TextMemo((statement) =>
  statement
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

/** The innermost goal holding an offset (a list goal inside a heading goal wins), found by halving. */
export function goalHolding(plan: Plan, offset: number): Goal | undefined {
  const goals = plan.goals;
  let lo = 0;
  let hi = goals.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (goals[mid].span.start <= offset) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  while (at >= 0 && goals[at].span.end < offset) at--;
  return at >= 0 ? goals[at] : undefined;
}
