import { parseDate } from '../dates';
import { frontMatterDate } from '../front-matter-dates';
import type { Rule } from '../rule';

export const reviewOverdue: Rule = {
  id: 'review-overdue',
  check(context) {
    const review = frontMatterDate(context.plan, 'next-review');
    const date = review ? parseDate(review.value) : undefined;
    if (!review || !date || date.last >= context.today) return;
    context.report({
      span: review.span,
      message: `The plan's next review (${review.value}) is overdue. Re-examine each goal against the larger purpose together, then set a new next-review date.`,
      data: { date: date.last },
    });
  },
};
