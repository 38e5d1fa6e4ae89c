import { linkProblem } from '../links';
import { field } from '../model';
import type { Rule } from '../rule';

export const brokenWhyLink: Rule = {
  id: 'broken-why-link',
  check(context) {
    for (const goal of context.plan.goals) {
      const why = field(goal, 'why');
      for (const link of why?.links ?? []) {
        const problem = linkProblem(context.plan, link, context.resolveLink);
        if (!problem) continue;
        let message: string;
        if (problem.kind === 'outside') message = `The why-link points to "${problem.path}", outside the workspace; it is not read. Link to a purpose inside the workspace.`;
        else if (problem.kind === 'missing-file') message = `The why-link points to "${problem.path}", which does not exist. Fix the path or link to an existing purpose.`;
        else message = `The why-link points to "#${problem.slug}"${problem.path ? ` in "${problem.path}"` : ''}, but no such heading exists. Link to an existing purpose heading.`;
        context.report({ span: link.span, message, data: { target: link.target, problem: problem.kind } });
      }
    }
  },
};
