// In a why line: the purposes of this plan, then the headings of the workspace's other markdown files,
// as links relative to the plan with GitHub-style slugs.

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
  const other = files.flatMap((f) => f.headings.map((h) => ({ label: h.text, target: headingTarget(f, h), detail: decodeURIComponent(f.target), documentation: undefined })));
  return [...own, ...other].map((s, i) => ({ label: s.label, kind: 'link', newText: markdownLink(s.label, s.target), span, detail: s.detail, documentation: s.documentation, sortText: order(i) }));
}
