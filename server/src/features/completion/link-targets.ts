// Where a why-link can point: purposes of this plan, and headings of the other markdown files of the
// workspace, written as links relative to the plan. Shared by why-line completion and link quick fixes.

import { parseTarget } from '../../core/links';
import type { Plan, Purpose } from '../../core/model';

export interface LinkableHeading {
  readonly text: string;
  readonly slug: string;
}

/** A markdown file other than the plan, addressed as a link from the plan would address it. */
export interface LinkableFile {
  /** Relative to the plan's folder, forward slashes, URL-escaped as a link target. */
  readonly target: string;
  readonly headings: readonly LinkableHeading[];
  /** Another mentee's plan (only its purposes are listed), private to them: offered only when its path is typed. */
  readonly isPlan: boolean;
}

export function headingTarget(file: LinkableFile, heading: LinkableHeading): string {
  return `${file.target}#${heading.slug}`;
}

/** How many goals of the plan link to each purpose, by slug. */
export function purposeLinkCounts(plan: Plan): Map<string, number> {
  const counts = new Map<string, number>(plan.purposes.map((p) => [p.heading.slug, 0]));
  for (const goal of plan.goals) {
    for (const f of goal.fields) {
      if (f.key !== 'why') continue;
      for (const link of f.links) {
        const t = parseTarget(link.target);
        const slug = !t.external && t.path === '' ? t.fragment?.toLowerCase() : undefined;
        if (slug !== undefined && counts.has(slug)) counts.set(slug, counts.get(slug)! + 1);
      }
    }
  }
  return counts;
}

/** Purposes, the most linked first (ties keep document order). */
export function purposesByUse(plan: Plan): Purpose[] {
  const counts = purposeLinkCounts(plan);
  return [...plan.purposes].sort((a, b) => counts.get(b.heading.slug)! - counts.get(a.heading.slug)!);
}

/** Markdown link text: brackets would end the text early. */
export function linkText(text: string): string {
  return text.replace(/([[\]\\])/g, '\\$1');
}

export function markdownLink(text: string, target: string): string {
  return `[${linkText(text)}](${target})`;
}
