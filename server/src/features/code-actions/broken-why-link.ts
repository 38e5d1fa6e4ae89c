// broken-why-link: retarget the link to one of the larger aims its finding ranked, nearest first.

import type { Link, Plan } from '../../core/model';
import type { Span } from '../../core/text';
import type { FixProvider, QuickFix } from './fix';

/** The target of an inline link, between "](" and the closing ")"; reference links have none to edit. */
export function inlineTargetSpan(plan: Plan, link: Link): Span | undefined {
  const raw = plan.text.slice(link.span.start, link.span.end);
  const open = raw.lastIndexOf('](');
  if (open < 0 || !raw.endsWith(')')) return undefined;
  return { start: link.span.start + open + 2, end: link.span.end - 1 };
}

export const brokenWhyLinkFixes: FixProvider = (target, { plan }) => {
  const link = plan.goals.flatMap((g) => g.fields.flatMap((f) => f.links)).find((l) => l.span.start === target.span.start);
  const span = link && inlineTargetSpan(plan, link);
  const suggestions = target.data.suggestions;
  if (!span || !Array.isArray(suggestions)) return [];
  return suggestions
    .filter((s): s is string => typeof s === 'string')
    .map((s, i): QuickFix => ({
      title: `Point the link to "${s}"`,
      edits: [{ span, newText: s }],
      isPreferred: i === 0,
      safe: s === target.data.close,
    }));
};
