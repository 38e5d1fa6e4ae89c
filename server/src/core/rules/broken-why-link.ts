import { closest, distance } from 'fastest-levenshtein';
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
        let suggestion: string | null = null;
        if (problem.kind === 'outside') message = `The why-link points to "${problem.path}", outside the workspace; it is not read. Link to a purpose inside the workspace.`;
        else if (problem.kind === 'missing-file') message = `The why-link points to "${problem.path}", which does not exist. Fix the path or link to an existing purpose.`;
        else {
          // A near miss is usually a heading renamed or a slug typed by hand.
          const near = problem.known.length > 0 ? closest(problem.slug.toLowerCase(), [...problem.known]) : undefined;
          if (near && distance(near, problem.slug.toLowerCase()) <= Math.max(3, Math.floor(near.length / 3))) suggestion = near;
          message = `The why-link points to "#${problem.slug}"${problem.path ? ` in "${problem.path}"` : ''}, but no such heading exists. Link to an existing purpose heading${suggestion ? ` (did you mean "#${suggestion}"?)` : ''}.`;
        }
        context.report({
          span: link.span,
          message,
          data: { target: link.target, problem: problem.kind, path: 'path' in problem && problem.path ? problem.path : null, slug: problem.kind === 'missing-heading' ? problem.slug : null, suggestion },
        });
      }
    }
  },
};
