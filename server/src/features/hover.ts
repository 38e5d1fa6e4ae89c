// textDocument/hover over plans: a goal's five properties, what a field is for, and the aim a why-link points to.

import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fieldForLabel } from '../data/fields';
import { goalStatus, judgedStatus } from '../core/goal-facts';
import { field, type Field, type Goal } from '../core/model';
import { parseBounded, parsePlan } from '../core/parse';
import { openQuestionCount, propertySummary, type PropertyCheck } from '../core/properties';
import type { Span } from '../core/text';
import { basenameUri, linkBase, relativeUriPath, uriKey } from '../core/uris';
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { toRange } from './diagnostics';
import { fieldLabelAt, goalLinkAt, goalStatementAt, linkDestination } from './locate';
import type { PlanWorkspace } from './workspace';

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

export async function hover(workspace: PlanWorkspace, { textDocument: { uri }, position }: HoverParams): Promise<Hover | null> {
  const analysis = await workspace.analyze(uri);
  if (!analysis?.isPlan) return null;
  const { plan } = analysis;
  const offset = plan.lines.offsetAt(position);
  const answer = (value: string | undefined, span: Span): Hover | null => (value ? { contents: { kind: MarkupKind.Markdown, value }, range: toRange(plan.lines, span) } : null);
  const goal = goalStatementAt(plan, offset);
  if (goal) return answer(goalHover(goal, analysis.properties(goal)), goal.statementSpan);
  const label = fieldLabelAt(plan, offset);
  if (label) return answer(fieldHover(label), label.labelSpan);
  const link = goalLinkAt(plan, offset);
  const base = linkBase(uri, workspace.folders);
  const destination = link && linkDestination(uri, base, link);
  if (!link || !destination) return null;
  const where = destination.uri === uriKey(uri) ? 'this plan' : ((base && relativeUriPath(base, destination.uri)) ?? basenameUri(destination.uri));
  // A file the host's gate refuses is never shown; the hover says why instead.
  const read = await workspace.index.linkedText(destination.uri, uri, workspace.maxFileSize(uri));
  if ('refused' in read) return answer(refusedLinkHover(where, read.refused), link.span);
  const preview = linkPreview(read.text, destination.slug);
  return preview ? answer(linkHover(preview, where), link.span) : null;
}
