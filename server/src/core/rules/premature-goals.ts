import type { Rule } from '../rule';

export const prematureGoals: Rule = {
  id: 'premature-goals',
  check(context) {
    const { plan } = context;
    const goals = plan.sections.find((s) => s.kind === 'goals');
    if (!goals || plan.goals.length === 0) return;
    if (plan.exploration && plan.exploration.answeredCount > 0) return;
    context.report({
      span: goals.heading.textSpan,
      message: plan.exploration
        ? 'Goals are set, but the exploration section has no answered question yet. Explore identity, values, support and achievement first, so the goals are the mentee\'s own.'
        : 'Goals are set, but there is no exploration section. Pinning goals down early can aim at the wrong thing: explore identity, values, support and achievement first.',
      data: { insertAt: goals.heading.span.start, hasSection: !!plan.exploration },
    });
  },
};
