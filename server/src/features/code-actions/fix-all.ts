// source.fixAll: the fixes that need no choice and add no placeholder text, applied together.
// Safe fixes (marked `safe` by their providers):
// - missing-why / why-not-linked when the plan has exactly one purpose to link to;
// - broken-why-link when one existing target is within two edits of the written one (a typo);
// - unknown-kind when the closest kind is within two edits (a typo);
// - unreadable-date when the value has exactly one reading (e.g. 31/01/2027 -> 2027-01-31).
// Everything else asks the mentor something (which date, whether to split) or would insert an empty line.

import type { FixContext, FixTarget, SpanEdit } from './fix';
import { ruleFixes } from './index';

const overlaps = (a: SpanEdit, b: SpanEdit): boolean => a.span.start <= b.span.end && b.span.start <= a.span.end;

export function fixAll(targets: readonly FixTarget[], context: FixContext): SpanEdit[] {
  const accepted: SpanEdit[] = [];
  for (const target of targets) {
    const fix = ruleFixes(target, context).find((f) => f.safe);
    // Two fixes touching the same text would fight; the second waits for the next fix-all.
    if (!fix || fix.edits.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    accepted.push(...fix.edits);
  }
  return accepted;
}
