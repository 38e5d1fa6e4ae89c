// broken-why-link: retarget the link to the most similar heading or file that exists.

import { distance } from 'fastest-levenshtein';
import * as path from 'node:path';
import { parseTarget } from '../../core/links';
import { headingTarget } from '../completion/link-targets';
import type { FixProvider, QuickFix } from './fix';

/** How many retargeting choices to offer, most similar first. */
const CHOICES = 3;
/** A candidate this close to the written target is a typo, safe to fix without asking. */
const TYPO_DISTANCE = 2;

export const brokenWhyLinkFixes: FixProvider = (target, { plan, files }) => {
  const link = plan.goals.flatMap((g) => g.fields.flatMap((f) => f.links)).find((l) => l.span.start === target.span.start);
  if (!link) return [];
  // Only inline links: the target sits between "](" and the closing ")".
  const raw = plan.text.slice(link.span.start, link.span.end);
  const open = raw.lastIndexOf('](');
  if (open < 0 || !raw.endsWith(')')) return [];
  const targetSpan = { start: link.span.start + open + 2, end: link.span.end - 1 };
  const written = plan.text.slice(targetSpan.start, targetSpan.end).trim();
  const parsed = parseTarget(written);
  const samePath = (p: string): boolean => path.posix.normalize(p) === path.posix.normalize(parsed.path);
  const file = files.find((f) => samePath(parseTarget(f.target).path));

  let candidates: string[];
  if (parsed.path === '') candidates = plan.headings.map((h) => `#${h.slug}`);
  else if (file && parsed.fragment !== undefined) candidates = file.headings.map((h) => headingTarget(file, h));
  else candidates = files.flatMap((f) => (parsed.fragment !== undefined ? f.headings.map((h) => headingTarget(f, h)) : [f.target]));

  const ranked = [...new Set(candidates)]
    .map((c) => ({ c, d: distance(written.toLowerCase(), c.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, CHOICES);
  return ranked.map(({ c, d }, i): QuickFix => ({
    title: `Point the link to "${c}"`,
    edits: [{ span: targetSpan, newText: c }],
    isPreferred: i === 0,
    safe: i === 0 && d <= TYPO_DISTANCE && (ranked[1]?.d ?? Infinity) > d,
  }));
};
