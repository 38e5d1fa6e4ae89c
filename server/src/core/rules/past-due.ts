import { parseDate } from '../dates';
import { goalStatus, isOpen } from '../goal-facts';
import { field } from '../model';
import type { Rule } from '../rule';

export const pastDue: Rule = {
  id: 'past-due',
  check(context) {
    for (const goal of context.plan.goals) {
      if (!isOpen(goal)) continue;
      const by = field(goal, 'by');
      const date = by?.value ? parseDate(by.value) : undefined;
      if (!by || !date || date.last >= context.today) continue;
      context.report({
        span: by.valueSpan,
        message: `The target date (${by.value}) has passed and the goal is still ${goalStatus(goal) ?? 'open'}. Talk it through: mark it done, drop it, or set a new date.`,
        data: { date: date.last },
      });
    }
  },
};
