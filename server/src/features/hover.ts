// Hover texts: a goal's five properties, what a field is for, and the aim a why-link points to.

import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fieldForLabel } from '../data/fields';
import { goalStatus, judgedStatus } from '../core/goal-facts';
import { field, type Field, type Goal } from '../core/model';
import { parseBounded, parsePlan } from '../core/parse';
import { openQuestionCount, propertySummary, type PropertyCheck } from '../core/properties';

export function goalHover(goal: Goal, checks: readonly PropertyCheck[]): string {
  const kinds = field(goal, 'kind')?.value || 'no kind given';
  // With no status line the rules still read one (a goal worded as exploration is exploring): say which.
  const status = goalStatus(goal) ?? `no status (read as ${judgedStatus(goal)})`;
  const open = openQuestionCount(goal);
  const questions = goal.challenges.length === 0 ? 'No challenge questions yet.' : `${open} of ${goal.challenges.length} challenge question${goal.challenges.length === 1 ? '' : 's'} still open.`;
  return [
    `**Goal** · ${kinds} · ${status}`,
    checks.map((c) => `- ${c.met === undefined ? '○' : c.met ? '✓' : '✗'} **${c.label}**: ${c.reason}`).join('\n'),
    `${propertySummary(checks, 0)}. ${questions}`,
  ].join('\n\n');
}

export function fieldHover(f: Field): string | undefined {
  const info = fieldForLabel(f.label);
  return info && `**${info.label}**: ${info.purpose}`;
}

/** What a link points to, read from the target file's text: its heading (or first heading) and first paragraph. */
export interface LinkPreview {
  readonly title: string;
  readonly summary: string;
}

export function linkPreview(text: string, slug: string | undefined): LinkPreview | undefined {
  const plan = parsePlan(text);
  const at = slug === undefined ? 0 : plan.headings.findIndex((h) => h.slug === slug);
  if (at < 0) return undefined;
  const heading = plan.headings[at];
  if (slug === undefined) return { title: heading?.text ?? '', summary: firstParagraph(text) };
  const next = plan.headings[at + 1];
  return { title: heading.text, summary: firstParagraph(text.slice(heading.span.end, next ? next.span.start : text.length)) };
}

function firstParagraph(markdown: string): string {
  const paragraph = parseBounded(markdown).children.find((n): n is Paragraph => n.type === 'paragraph');
  return paragraph ? toString(paragraph).replace(/\s+/g, ' ').trim() : '';
}

/** `where` names the file as the link wrote it, or "this plan". */
export function linkHover(preview: LinkPreview, where: string): string {
  const title = preview.title ? `**${preview.title}** · ${where}` : `**${where}**`;
  return preview.summary ? `${title}\n\n${preview.summary}` : title;
}

/** A link the read gate refused: `reason` ends a sentence about the file ("is outside the workspace; it is not read"). */
export function refusedLinkHover(where: string, reason: string): string {
  return `**${where}** ${reason}.`;
}
