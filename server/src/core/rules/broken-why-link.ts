import { distance } from 'fastest-levenshtein';
import { linkProblem } from '../links';
import { field } from '../model';
import { EVERY_GOAL, type Rule } from '../rule';

/** Suggestions per set of known slugs: a long plan repeats the same broken slug in many goals. */
const suggestions = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();

/**
 * The known slug nearest to a broken one (the first of the nearest, in heading order), when it is near
 * enough to be a typo. The edit distance is at least the difference in length, so a slug whose length
 * alone rules it out is never compared.
 */
function nearSlug(slug: string, known: ReadonlySet<string>): string | null {
  let memo = suggestions.get(known);
  if (!memo) suggestions.set(known, (memo = new Map()));
  const cached = memo.get(slug);
  if (cached !== undefined) return cached;
  let near: string | undefined;
  let best = Infinity;
  for (const candidate of known) {
    if (Math.abs(candidate.length - slug.length) >= best) continue;
    const d = distance(slug, candidate);
    if (d < best) {
      best = d;
      near = candidate;
    }
  }
  const found = near !== undefined && best <= Math.max(3, Math.floor(near.length / 3)) ? near : null;
  memo.set(slug, found);
  return found;
}

export const brokenWhyLink: Rule = {
  id: 'broken-why-link',
  judges: EVERY_GOAL,
  check(context) {
    for (const goal of context.plan.goals) {
      const why = field(goal, 'why');
      for (const link of why?.links ?? []) {
        const problem = linkProblem(context.plan, link, context.resolveLink);
        if (!problem) continue;
        let message: string;
        let suggestion: string | null = null;
        if (problem.kind === 'outside') message = `The why-link points to "${problem.path}", outside the workspace; it is not read. Link to a purpose inside the workspace.`;
        else if (problem.kind === 'refused') message = `The why-link points to "${problem.path}", which ${problem.reason}. Link to a purpose in a markdown file.`;
        else if (problem.kind === 'missing-file') message = `The why-link points to "${problem.path}", which does not exist. Fix the path or link to an existing purpose.`;
        else {
          // A near miss is usually a heading renamed or a slug typed by hand.
          suggestion = nearSlug(problem.slug.toLowerCase(), problem.known);
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
