import { field } from '../model';
import type { Rule } from '../rule';

export const whyNotLinked: Rule = {
  id: 'why-not-linked',
  check(context) {
    const purposes = context.plan.purposes.map((p) => p.heading.slug);
    for (const goal of context.plan.goals) {
      const why = field(goal, 'why');
      if (!why || why.links.length > 0) continue;
      const empty = why.valueSpan.start === why.valueSpan.end;
      context.report({
        span: empty ? why.span : why.valueSpan,
        message: empty
          ? 'The "Why this matters" line is empty. Link it to the larger aim this goal serves: a purpose heading in this plan, or an aims file.'
          : 'The "Why this matters" line gives a reason but links to no larger aim. Link it to a purpose heading or an aims file, so the connection stays visible.',
        // The purposes of this plan are the link targets a quick fix can offer.
        data: { text: why.value, valueStart: why.valueSpan.start, valueEnd: why.valueSpan.end, purposes },
      });
    }
  },
};
