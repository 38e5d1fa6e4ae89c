// In a why line: the purposes of this plan, then the shared aims files of the workspace (markdown files
// that are not plans) and their headings, as links relative to the plan with GitHub-style slugs. Another
// mentee's plan is private to them: its purposes are offered only once its path is typed.

import type { Plan } from '../../core/model';
import { order, type Suggestion } from './item';
import { headingTarget, markdownLink, purposesByUse, type LinkableFile } from './link-targets';

export function whyLinkSuggestions(plan: Plan, valueStart: number, offset: number, files: readonly LinkableFile[]): Suggestion[] {
  const span = { start: valueStart, end: offset };
  const own = purposesByUse(plan).map((p) => ({
    label: p.heading.text,
    target: `#${p.heading.slug}`,
    detail: 'Purpose in this plan',
    documentation: p.summary || undefined,
  }));
  const typed = plan.text.slice(valueStart, offset).trim().replace(/^.*\]\(/, '').replace(/^\.\//, '').toLowerCase();
  const typedPath = (f: LinkableFile): boolean => typed !== '' && !typed.startsWith('#') && decodeURIComponent(f.target).toLowerCase().replace(/^\.\//, '').startsWith(typed);
  const other = files
    .filter((f) => !f.isPlan || typedPath(f))
    .flatMap((f) => {
      const where = decodeURIComponent(f.target);
      const headings = f.headings.map((h) => ({ label: h.text, target: headingTarget(f, h), detail: where, documentation: undefined }));
      return f.isPlan ? headings : [{ label: where, target: f.target, detail: 'Aims file', documentation: undefined }, ...headings];
    });
  return [...own, ...other].map((s, i) => ({ label: s.label, kind: 'link', newText: markdownLink(s.label, s.target), span, detail: s.detail, documentation: s.documentation, sortText: order(i) }));
}
