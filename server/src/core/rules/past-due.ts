import { findDateMention, parseDate } from '../dates';
import { goalStatus } from '../goal-facts';
import { field, type Goal } from '../model';
import type { Rule } from '../rule';
import type { Span } from '../text';

export const pastDue: Rule = {
  id: 'past-due',
  check(context) {
    for (const goal of context.plan.goals) {
      const target = targetDate(context.plan.text, goal);
      if (!target || target.last >= context.today) continue;
      context.report({
        span: target.span,
        message: `The target date (${target.text}) has passed and the goal is still ${goalStatus(goal) ?? 'open'}. Talk it through: mark it done or dropped, or set a new date.`,
        data: { date: target.last, hasField: target.fromField },
      });
    }
  },
};

/** The by-line's date, or without a by-line a date written in the statement (as no-horizon accepts). */
function targetDate(text: string, goal: Goal): { text: string; last: string; span: Span; fromField: boolean } | undefined {
  const by = field(goal, 'by');
  if (by) {
    const date = by.value ? parseDate(by.value) : undefined;
    return date && { text: by.value, last: date.last, span: by.valueSpan, fromField: true };
  }
  const { start, end } = goal.statementSpan;
  const mention = findDateMention(text.slice(start, end));
  if (!mention) return undefined;
  const span = { start: start + mention.start, end: start + mention.end };
  return { text: text.slice(span.start, span.end), last: mention.date.last, span, fromField: false };
}
