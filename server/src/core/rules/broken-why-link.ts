import { aimTargets, rankTargets } from '../link-suggestions';
import { linkProblem } from '../links';
import { field } from '../model';
import { EVERY_GOAL, type Rule } from '../rule';

/** How many retargeting choices a finding carries for its quick fixes. */
const CHOICES = 3;

export const brokenWhyLink: Rule = {
  id: 'broken-why-link',
  judges: EVERY_GOAL,
  check(context) {
    // Built at the first broken link: most plans have none.
    let targets: string[] | undefined;
    for (const goal of context.plan.goals) {
      const why = field(goal, 'why');
      for (const link of why?.links ?? []) {
        const problem = linkProblem(context.plan, link, context.resolveLink);
        if (!problem) continue;
        targets ??= aimTargets(context.plan, context.resolveLink);
        // Only what the plan already links to is offered, never a file outside the workspace.
        const ranked = problem.kind === 'outside' ? [] : rankTargets(link.target, targets).slice(0, CHOICES);
        const suggestion = ranked[0]?.target ?? null;
        const meant = suggestion ? ` (did you mean "${suggestion}"?)` : '';
        let message: string;
        if (problem.kind === 'outside') message = `The why-link points to "${problem.path}", outside the workspace; it is not read. Link to a purpose inside the workspace.`;
        else if (problem.kind === 'refused') message = `The why-link points to "${problem.path}", which ${problem.reason}. Link to a purpose in a markdown file.`;
        else if (problem.kind === 'missing-file') message = `The why-link points to "${problem.path}", which does not exist. Fix the path or link to an existing purpose${meant}.`;
        else message = `The why-link points to "#${problem.slug}"${problem.path ? ` in "${problem.path}"` : ''}, but no such heading exists. Link to an existing purpose heading${meant}.`;
        context.report({
          span: link.span,
          message,
          data: {
            target: link.target,
            problem: problem.kind,
            path: 'path' in problem && problem.path ? problem.path : null,
            slug: problem.kind === 'missing-heading' ? problem.slug : null,
            suggestions: ranked.map((r) => r.target),
            close: ranked.find((r) => r.close)?.target ?? null,
          },
        });
      }
    }
  },
};
