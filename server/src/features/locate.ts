// What the cursor is on in a plan: a goal statement, a field label, a link in a goal, a heading.

import type { Position } from 'vscode-languageserver';
import type { Field, Goal, Heading, Link, Plan } from '../core/model';
import { parseTarget } from '../core/links';
import type { Span } from '../core/text';
import { resolveUri, uriKey } from '../core/uris';
import type { IndexedFile, IndexedHeading } from './indexed-file';
import type { PlanWorkspace } from './workspace';

/** A cursor right after the last character still counts as on it, as editors expect. */
function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export function goalStatementAt(plan: Plan, offset: number): Goal | undefined {
  return plan.goals.find((g) => within(g.statementSpan, offset));
}

export function fieldLabelAt(plan: Plan, offset: number): Field | undefined {
  for (const goal of plan.goals) for (const f of goal.fields) if (within(f.labelSpan, offset)) return f;
  return undefined;
}

export function goalLinkAt(plan: Plan, offset: number): Link | undefined {
  for (const goal of plan.goals) for (const f of goal.fields) for (const l of f.links) if (within(l.span, offset)) return l;
  return undefined;
}

export function headingAt(plan: Plan, offset: number): Heading | undefined {
  return plan.headings.find((h) => within(h.span, offset));
}

/** Where a link leads inside the workspace: a URI key and the heading slug, if any. */
export interface LinkDestination {
  readonly uri: string;
  readonly slug?: string;
}

/** Where a link written in the document at `uri` leads; `base` is the folder its relative links start from. */
export function linkDestination(uri: string, base: string | undefined, link: Link): LinkDestination | undefined {
  const target = parseTarget(link.target);
  if (target.external) return undefined;
  const to = target.path === '' ? uriKey(uri) : base === undefined ? undefined : resolveUri(base, target.path);
  return to === undefined ? undefined : { uri: to, slug: target.fragment?.toLowerCase() || undefined };
}

/** The indexed heading under the cursor, for references and rename, in plans and other markdown files. */
export async function indexedHeadingAt(workspace: PlanWorkspace, uri: string, position: Position, verify = false): Promise<{ file: IndexedFile; heading: IndexedHeading } | undefined> {
  const analysis = await workspace.analyze(uri);
  if (!analysis) return undefined;
  const heading = headingAt(analysis.plan, analysis.plan.lines.offsetAt(position));
  const file = heading && (await workspace.index.file(uri, verify));
  const indexed = file?.headings.find((h) => h.slug === heading?.slug);
  return file && indexed ? { file, heading: indexed } : undefined;
}
