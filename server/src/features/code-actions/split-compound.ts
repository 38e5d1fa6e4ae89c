// compound-goal: one goal per outcome, each a copy of the original with its fields and questions.
// Not part of "fix all": whether the outcomes belong apart is the mentee's call.

import type { Goal, Plan } from '../../core/model';
import { goalAt, type FixProvider } from './fix';

export const compoundGoalFixes: FixProvider = (target, { plan }) => {
  const goal = goalAt(plan, target.span.start);
  const parts = target.data.parts;
  if (!goal || !Array.isArray(parts) || parts.length < 2 || !parts.every((p): p is string => typeof p === 'string')) return [];
  return [{ title: `Split into ${parts.length} goals`, edits: [{ span: goal.span, newText: splitGoal(plan, goal, parts) }], isPreferred: true }];
};

function splitGoal(plan: Plan, goal: Goal, parts: readonly string[]): string {
  const eol = plan.lines.eol;
  const before = plan.text.slice(goal.span.start, goal.statementSpan.start);
  const after = plan.text.slice(goal.statementSpan.end, goal.span.end);
  const capital = /^\p{Lu}/u.test(goal.statement);
  const copies = parts.map((p) => `${before}${capital ? p.charAt(0).toUpperCase() + p.slice(1) : p}${after}`);
  // Heading goals are separated by a blank line; list items follow each other at the item's indent.
  const lineStart = plan.lines.lineStart(plan.lines.lineOf(goal.span.start));
  const indent = plan.text.slice(lineStart, goal.span.start);
  return copies.join(goal.form === 'heading' ? `${eol}${eol}` : `${eol}${indent}`);
}
