import type { Rule } from '../rule';

export const invalidFrontMatter: Rule = {
  id: 'invalid-front-matter',
  check(context) {
    const error = context.plan.frontMatter?.error;
    if (!error) return;
    context.report({
      span: error.span,
      message: `The front matter is not valid YAML (${error.message}). Fix it so the plan's details (mentee, next-review) can be read; the rest of the plan is still checked.`,
    });
  },
};
