// Reading the dates mentors write: 2027-01-15, 2027-01, Q1 2027, January 2027, 15 January 2027 and kin.

import { TextMemo } from './text-memo';

/** A date as a period: a day, a month, a quarter or a year. `last` is the period's last day. */
export interface PlanDate {
  readonly first: string;
  readonly last: string;
  readonly precision: 'day' | 'month' | 'quarter' | 'year';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthIndex(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return i >= 0 ? i + 1 : undefined;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function day(y: number, m: number, d: number): PlanDate | undefined {
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return undefined;
  const s = iso(y, m, d);
  return { first: s, last: s, precision: 'day' };
}

function month(y: number, m: number): PlanDate | undefined {
  if (m < 1 || m > 12) return undefined;
  return { first: iso(y, m, 1), last: iso(y, m, daysIn(y, m)), precision: 'month' };
}

/** Reads a date value; undefined when it cannot be read. Surrounding words like "by" or "end of" are allowed. */
export function parseDate(value: string): PlanDate | undefined {
  return readDates.get(value);
}

// Every check reads the same by-lines and statements again; shared results, never to be changed.
const readDates = new TextMemo(readDate);

function readDate(value: string): PlanDate | undefined {
  const v = value
    .trim()
    .replace(/[*_`]/g, '')
    .replace(/^(?:by|before|on|due|around|no later than)\s+/i, '')
    .replace(/^(?:the\s+)?(?:end|close)\s+of\s+/i, '')
    // A note in brackets after the date: "2027-01-15 (moved from December)". The class stops at "(" so
    // a value of many unclosed brackets is read in linear time.
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/[.,;]+$/, '')
    .trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v)) || (m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v))) return day(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(v))) return month(+m[1], +m[2]);
  if ((m = /^(?:Q([1-4])\s*[-/ ]?\s*(\d{4})|(\d{4})\s*[-/ ]?\s*Q([1-4]))$/i.exec(v))) {
    const q = +(m[1] ?? m[4]);
    const y = +(m[2] ?? m[3]);
    return { first: iso(y, q * 3 - 2, 1), last: iso(y, q * 3, daysIn(y, q * 3)), precision: 'quarter' };
  }
  if ((m = /^(?:H([12])\s+(\d{4}))$/i.exec(v))) {
    const h = +m[1];
    const y = +m[2];
    return { first: iso(y, h === 1 ? 1 : 7, 1), last: iso(y, h === 1 ? 6 : 12, h === 1 ? 30 : 31), precision: 'quarter' };
  }
  if ((m = /^([A-Za-z]+\.?)\s+(\d{4})$/.exec(v))) {
    const mi = monthIndex(m[1]);
    return mi ? month(+m[2], mi) : undefined;
  }
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+\.?),?\s+(\d{4})$/.exec(v))) {
    const mi = monthIndex(m[2]);
    return mi ? day(+m[3], mi, +m[1]) : undefined;
  }
  if ((m = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(v))) {
    const mi = monthIndex(m[1]);
    return mi ? day(+m[3], mi, +m[2]) : undefined;
  }
  if ((m = /^(\d{4})$/.exec(v))) return { first: iso(+m[1], 1, 1), last: iso(+m[1], 12, 31), precision: 'year' };
  return undefined;
}

/** Today's date in ISO form, in local time. */
export function todayIso(now = new Date()): string {
  return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** A date written inside a goal statement, with where it stands in the text (UTF-16 offsets). */
export interface DateMention {
  readonly date: PlanDate;
  readonly start: number;
  readonly end: number;
}

const MENTION =
  /\b(\d{4}-\d{1,2}(?:-\d{1,2})?|\d{4}\/\d{1,2}\/\d{1,2}|Q[1-4]\s*\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{4})\b/g;

/** The first readable date in a text ("… by March 2027", "… by 2027-01-15"); a bare year does not count. */
export function findDateMention(text: string): DateMention | undefined {
  return mentions.get(text);
}

const mentions = new TextMemo(firstMention);

function firstMention(text: string): DateMention | undefined {
  for (const m of text.matchAll(MENTION)) {
    const date = parseDate(m[0]);
    if (date) return { date, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** A mention of a date inside a goal statement. */
export function findDateInText(text: string): PlanDate | undefined {
  return findDateMention(text)?.date;
}
