// no-horizon, unreadable-date and past-due: write a target date in ISO form, suggested from today,
// or read what the mentor meant and rewrite it; past-due can also close the goal.

import { parseDate, findDateInText, type PlanDate } from '../../core/dates';
import type { Goal, Plan } from '../../core/model';
import type { Span } from '../../core/text';
import { fieldLineEdit, goalAt, insertAt, setFieldEdit, valueEdit, type FixContext, type FixProvider, type QuickFix, type SpanEdit } from './fix';

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Target dates to offer, computed from today. */
export function suggestedDates(today: string): { date: string; why: string }[] {
  const [y, m, d] = today.split('-').map(Number);
  const quarterEnd = (offset: number): string => {
    const q = Math.floor((m - 1) / 3) + offset;
    const year = y + Math.floor(q / 4);
    const month = (q % 4) * 3 + 3;
    return isoDay(year, month, daysIn(year, month));
  };
  const later = m + 3 > 12 ? { y: y + 1, m: m - 9 } : { y, m: m + 3 };
  return [
    { date: quarterEnd(0), why: 'end of this quarter' },
    { date: quarterEnd(1), why: 'end of next quarter' },
    { date: isoDay(later.y, later.m, Math.min(d, daysIn(later.y, later.m))), why: 'three months from today' },
  ];
}

/** The ISO form of a period the checker reads: a day, a month, or the last day of a quarter or year. */
function isoOf(date: PlanDate): string {
  if (date.precision === 'day') return date.first;
  if (date.precision === 'month') return date.first.slice(0, 7);
  return date.last;
}

/** What an unreadable value most likely means, in ISO form; two readings when day and month could swap. */
export function readingsOf(value: string): string[] {
  const v = value.trim().replace(/[*_`]/g, '');
  const valid = (s: string): string[] => (parseDate(s) ? [s] : []);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(v))) {
    const [a, b, y] = [+m[1], +m[2], m[3]];
    const dayFirst = valid(`${y}-${pad(b)}-${pad(a)}`);
    const monthFirst = valid(`${y}-${pad(a)}-${pad(b)}`);
    return a === b ? dayFirst : [...dayFirst, ...monthFirst];
  }
  if ((m = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(v)) || (m = /^(\d{4})(\d{2})(\d{2})$/.exec(v))) return valid(`${m[1]}-${pad(+m[2])}-${pad(+m[3])}`);
  if ((m = /^(\d{1,2})[./](\d{4})$/.exec(v))) return valid(`${m[2]}-${pad(+m[1])}`);
  const inText = findDateInText(v);
  return inText ? [isoOf(inText)] : [];
}

function dateFixes(plan: Plan, span: Span, today: string, verb: string): QuickFix[] {
  return suggestedDates(today).map(({ date, why }) => ({ title: `${verb} ${date} (${why})`, edits: [valueEdit(plan, span, date)] }));
}

export const noHorizonFixes: FixProvider = (target, { plan, today }) => {
  const goal = goalAt(plan, target.span.start);
  if (!goal) return [];
  const by = goal.fields.find((f) => f.key === 'by');
  return suggestedDates(today).map(({ date, why }) => ({
    title: `Set the target date to ${date} (${why})`,
    edits: [by ? valueEdit(plan, by.valueSpan, date) : fieldLineEdit(plan, goal, 'by', date)],
  }));
};

export const unreadableDateFixes: FixProvider = (target, context: FixContext) => {
  const { plan, today } = context;
  const written = plan.text.slice(target.span.start, target.span.end);
  const readings = readingsOf(written);
  const rewrites = readings.map((iso): QuickFix => ({
    title: `Rewrite "${written.trim()}" as ${iso}`,
    edits: [{ span: target.span, newText: iso }],
    isPreferred: readings.length === 1,
    safe: readings.length === 1,
  }));
  return [...rewrites, ...dateFixes(plan, target.span, today, 'Replace with')];
};

export const pastDueFixes: FixProvider = (target, { plan, today }) => {
  const goal = goalAt(plan, target.span.start);
  if (!goal) return [];
  return [
    { title: 'Mark the goal done', edits: [setFieldEdit(plan, goal, 'status', 'done')] },
    ...dateFixes(plan, target.span, today, 'Move the target date to'),
    { title: 'Mark the goal dropped', edits: [setFieldEdit(plan, goal, 'status', 'dropped')] },
    { title: 'It has changed: write the new goal and mark this one evolved', edits: evolveEdits(plan, goal) },
  ];
};

/**
 * Marks the goal evolved with an empty "Evolved into" line, and opens an empty goal of the same form
 * right after it: the mentor writes the new statement and links it; no words are written for them.
 */
function evolveEdits(plan: Plan, goal: Goal): SpanEdit[] {
  const eol = plan.lines.eol;
  const heading = goal.form === 'heading' ? plan.headings.find((h) => h.textSpan.start === goal.statementSpan.start) : undefined;
  const lineStart = plan.lines.lineStart(plan.lines.lineOf(goal.span.start));
  const opening = heading ? `${eol}${eol}${'#'.repeat(heading.depth)} ` : `${eol}${plan.text.slice(lineStart, goal.statementSpan.start).replace(/\[[ xX]\]\s*$/, '')}`;
  const edits = [setFieldEdit(plan, goal, 'status', 'evolved')];
  if (!goal.fields.some((f) => f.key === 'evolved')) edits.push(fieldLineEdit(plan, goal, 'evolved', ''));
  return [...edits, insertAt(goal.span.end, opening)];
}
