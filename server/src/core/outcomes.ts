// Reading the shape of a goal statement: where its main clause starts, and the separate outcomes it
// joins (for compound-goal and its quick fix).

import { OBJECT_STARTERS, OUTCOME_VERBS } from '../data/outcome-verbs';
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
  return OBJECT_STARTERS.has(n) || /^\p{Lu}/u.test(next) || /^[\p{N}$]/u.test(next) || (n.endsWith('ing') && n.length > 5);
}

/**
 * Whether the current outcome's words, ws[first..end), end in a bare verb that shares its object with
 * the verb after "and": "Draft and submit the application", "learn to read and write Japanese", and
 * a list of single verbs, "Plan, record and edit the first episode" (ws[first..listEnd) are joined by
 * commas only).
 */
function sharesObject(ws: readonly Word[], first: number, end: number, listEnd: number): boolean {
  if (end - first >= 2 && listEnd >= end) return true;
  if (end <= first || !OUTCOME_VERBS.has(ws[end - 1].word)) return false;
  return end - first === 1 || (end - 2 >= first && ws[end - 2].word === 'to');
}

/**
 * Splits on ";", "as well as", "and also", ", also", "plus" and on "and" when a new outcome follows,
 * so "Delegate the report to Priya and Sam" stays one goal.
 */
export function splitOutcomes(statement: string): readonly string[] {
  return outcomesOf.get(statement);
}

const outcomesOf = new TextMemo((statement): readonly string[] => {
  const pieces = statement.split(/\s*;\s*|\s+as well as\s+|,?\s+and also\s+|,\s+also\s+|,?\s+plus\s+/i);
  const out: string[] = [];
  for (const piece of pieces) {
    const ws = words(piece);
    let from = 0;
    let first = 0; // index of the current outcome's first word
    let next = 0; // index of the first word at or after the current "and"
    // ws[first..listEnd) are single words joined by commas; kept as "next" moves, so a long statement
    // of repeated "and"s is read once, not once per "and".
    let listEnd = 1;
    for (const m of piece.matchAll(CONJUNCTION)) {
      const at = m.index ?? 0;
      while (next < ws.length && ws[next].end <= at) next++;
      while (listEnd < next && /^\s*,\s*$/u.test(piece.slice(ws[listEnd - 1].end, ws[listEnd].start))) listEnd++;
      if (!startsOutcome(m[1], m[2]) || sharesObject(ws, first, next, listEnd)) continue;
      out.push(piece.slice(from, at));
      from = m.indices?.[1]?.[0] ?? at + m[0].length;
      first = next;
      while (first < ws.length && ws[first].start < from) first++;
      listEnd = first + 1;
    }
    out.push(piece.slice(from));
  }
  return out.map((p) => p.trim().replace(/[.,]$/, '')).filter((p) => p.split(/\s+/).length >= 2);
});
