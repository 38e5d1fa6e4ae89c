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
        ? 'Goals are set, but no exploration question is answered yet. Explore identity, values, support and achievement first, so the goals aim at the right thing.'
        : 'Goals are set, but nothing has been explored yet. Add an exploration section on identity, values, support and achievement, so the goals aim at the right thing.',
      data: { insertAt: goals.heading.span.start, hasSection: !!plan.exploration },
    });
  },
};
