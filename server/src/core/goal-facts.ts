// Facts about a goal that several rules, hovers and code lenses read.

import type { Status } from '../data/kinds';
import { findDateInText, parseDate, type PlanDate } from './dates';
import { field, type Goal, type Plan } from './model';
import { TextMemo } from './text-memo';

export function goalStatus(goal: Goal): Status | undefined {
  const value = field(goal, 'status')?.value.toLowerCase() ?? '';
  const m = /\b(active|done|dropped|paused|complete|completed|achieved|abandoned|cancelled|canceled|on hold)\b/.exec(value);
  if (!m) return undefined;
  switch (m[1]) {
    case 'complete':
    case 'completed':
    case 'achieved':
      return 'done';
    case 'abandoned':
    case 'cancelled':
    case 'canceled':
      return 'dropped';
    case 'on hold':
      return 'paused';
    default:
      return m[1] as Status;
  }
}

/** Open goals are the ones the date and wording rules still speak to. */
export function isOpen(goal: Goal): boolean {
  const status = goalStatus(goal);
  return status !== 'done' && status !== 'dropped';
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
