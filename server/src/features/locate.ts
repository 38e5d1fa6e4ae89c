// What the cursor is on in a plan: a goal statement, a field label, a link in a goal, a heading.

import type { Field, Goal, Heading, Link, Plan } from '../core/model';
import type { Span } from '../core/text';

/** A cursor right after the last character still counts as on it, as editors expect. */
function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export function goalStatementAt(plan: Plan, offset: number): Goal | undefined {
  return plan.goals.find((g) => within(g.statementSpan, offset));
}

export function fieldLabelAt(plan: Plan, offset: number): Field | undefined {
  for (const goal of plan.goals) for (const f of goal.fields) if (within(f.labelSpan, offset)) return f;
  return undefined;
}

export function goalLinkAt(plan: Plan, offset: number): Link | undefined {
  for (const goal of plan.goals) for (const f of goal.fields) for (const l of f.links) if (within(l.span, offset)) return l;
  return undefined;
}

export function headingAt(plan: Plan, offset: number): Heading | undefined {
  return plan.headings.find((h) => within(h.span, offset));
}

/** Where a link leads inside the workspace: an absolute path and the heading slug, if any. */
export interface LinkDestination {
  readonly path: string;
  readonly slug?: string;
}
