// source.fixAll: only edits that change no meaning, so nobody needs to check them.
// Safe fixes (marked `safe` by their providers) rewrite text already there, never add any:
// - unreadable-date when the value has exactly one reading (31/01/2027 -> 2027-01-31);
// - broken-why-link when exactly one aim the plan already links to is a typo away;
// - unknown-kind when exactly one kind is a typo away.
// Adding a why-link, a Replaces line, probes or anything else is a quick fix the mentor picks.
// Pure: the plan and its findings in, text edits out.

import type { FixContext, FixTarget, SpanEdit } from './fix';
import { ruleFixes } from './index';

const overlaps = (a: SpanEdit, b: SpanEdit): boolean => a.span.start <= b.span.end && b.span.start <= a.span.end;

export function fixAll(targets: readonly FixTarget[], context: FixContext): SpanEdit[] {
  const accepted: SpanEdit[] = [];
  for (const target of targets) {
    // A safe fix replaces text that is there; one that would insert any is never applied unasked.
    const fix = ruleFixes(target, context).find((f) => f.safe && f.edits.every((e) => e.span.start < e.span.end));
    // Two fixes touching the same text would fight; the second waits for the next fix-all.
    if (!fix || fix.edits.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    accepted.push(...fix.edits);
  }
  return accepted;
}
