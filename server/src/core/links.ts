// Resolving why-links: a heading of this plan (#slug), another file (../aims.md) or a heading there.

import { goalHolding } from './goal-facts';
import type { Goal, Heading, Link, Plan } from './model';

/** What the host knows of a file a link points to. The core never reads files itself. */
export type LinkTargetInfo =
  | {
      readonly kind: 'file';
      readonly slugs?: ReadonlySet<string>;
      /** Set when the file is a mentoring plan: its purpose headings are the only larger aims in it. */
      readonly purposes?: ReadonlySet<string>;
    }
  | { readonly kind: 'missing' }
  | { readonly kind: 'outside' }
  /** There, but not a file that may be read (a named pipe, a device): `reason` ends the sentence "The link points to X, which …". */
  | { readonly kind: 'refused'; readonly reason: string };

/** Looks up a plan-relative path (decoded, without #fragment). Undefined: the host cannot tell. */
export type LinkResolver = (path: string) => LinkTargetInfo | undefined;

export type LinkProblem =
  | { readonly kind: 'missing-heading'; readonly slug: string; readonly path?: string; readonly known: ReadonlySet<string> }
  | { readonly kind: 'missing-file'; readonly path: string }
  | { readonly kind: 'outside'; readonly path: string }
  | { readonly kind: 'refused'; readonly path: string; readonly reason: string };

export interface ParsedTarget {
  readonly external: boolean;
  readonly path: string;
  readonly fragment?: string;
}

/** A `file:` URI names a path on this machine like any other: `file:///x` and `file://localhost/x` are `/x`. */
const FILE_URI = /^file:(?:\/\/(?:localhost)?(?=\/)|(?=\/[^/]))/i;

export function parseTarget(target: string): ParsedTarget {
  let t = target.trim().replace(/^<|>$/g, '');
  const fileUri = FILE_URI.exec(t);
  if (fileUri) t = t.slice(fileUri[0].length).replace(/^\/([a-z]:)/i, '$1');
  // Any other file: URI names another machine's file (file://server/share): kept as a path, which the host judges as any other.
  else if (/^file:/i.test(t)) return { external: false, path: `//${t.replace(/^file:\/*/i, '')}` };
  else if (/^[a-z][a-z0-9+.-]*:/i.test(t) || t.startsWith('//')) return { external: true, path: t };
  const hash = t.indexOf('#');
  const rawPath = hash >= 0 ? t.slice(0, hash) : t;
  const fragment = hash >= 0 ? t.slice(hash + 1) : undefined;
  return { external: false, path: safeDecode(rawPath), fragment: fragment === undefined ? undefined : safeDecode(fragment) };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Checks a link; undefined when it is fine or cannot be checked (web links are never fetched). */
export function linkProblem(plan: Plan, link: Link, resolve: LinkResolver | undefined): LinkProblem | undefined {
  const t = parseTarget(link.target);
  if (t.external) return undefined;
  if (t.path === '') {
    if (!t.fragment) return undefined;
    const known = slugsOf(plan);
    return known.has(t.fragment.toLowerCase()) ? undefined : { kind: 'missing-heading', slug: t.fragment, known };
  }
  const info = resolve?.(t.path);
  if (!info) return undefined;
  if (info.kind === 'outside') return { kind: 'outside', path: t.path };
  if (info.kind === 'missing') return { kind: 'missing-file', path: t.path };
  if (info.kind === 'refused') return { kind: 'refused', path: t.path, reason: info.reason };
  if (t.fragment && info.slugs && !info.slugs.has(t.fragment.toLowerCase())) {
    return { kind: 'missing-heading', slug: t.fragment, path: t.path, known: info.slugs };
  }
  return undefined;
}

const planHeadings = new WeakMap<Plan, ReadonlyMap<string, Heading>>();

/** The plan's headings by slug, built once per plan. */
function headingsOf(plan: Plan): ReadonlyMap<string, Heading> {
  let headings = planHeadings.get(plan);
  if (!headings) {
    headings = new Map(plan.headings.map((h) => [h.slug, h]));
    planHeadings.set(plan, headings);
  }
  return headings;
}

const planSlugs = new WeakMap<Plan, ReadonlySet<string>>();

/** The plan's heading slugs, built once per plan: every goal's why-link is checked against them. */
function slugsOf(plan: Plan): ReadonlySet<string> {
  let slugs = planSlugs.get(plan);
  if (!slugs) {
    slugs = new Set(plan.headings.map((h) => h.slug));
    planSlugs.set(plan, slugs);
  }
  return slugs;
}

/** Why a link that leads somewhere is still not a larger aim the goal serves. */
export type NotAim = 'own-goal' | 'other-goal' | 'session' | 'exploration' | 'not-purpose' | 'other-plan';

/**
 * Whether a link that resolves points to a larger aim: a purpose heading of this plan, a shared aims
 * file (a markdown file that is not a plan) or a heading in one, or a purpose of another plan. Web
 * links and files the host cannot tell about count as aims.
 */
export function notAim(plan: Plan, goal: Goal, link: Link, resolve: LinkResolver | undefined): NotAim | undefined {
  const t = parseTarget(link.target);
  if (t.external) return undefined;
  if (t.path === '') {
    const slug = t.fragment?.toLowerCase();
    const heading = slug ? headingsOf(plan).get(slug) : undefined;
    return heading ? headingKind(plan, goal, heading.span.start) : undefined;
  }
  const info = resolve?.(t.path);
  if (info?.kind !== 'file' || !info.purposes) return undefined;
  return t.fragment && info.purposes.has(t.fragment.toLowerCase()) ? undefined : 'other-plan';
}

function headingKind(plan: Plan, goal: Goal, at: number): NotAim | undefined {
  const holder = goalHolding(plan, at);
  if (holder) return holder === goal ? 'own-goal' : 'other-goal';
  const section = plan.sections.find((s) => s.span.start <= at && at <= s.span.end);
  if (section?.kind === 'purpose') return undefined;
  if (section?.kind === 'sessions') return 'session';
  if (section?.kind === 'exploration') return 'exploration';
  return 'not-purpose';
}
