// What a plan's why-links lead to, read through the host before the check: the core's link resolver is
// synchronous, so the files a plan links to are read first (the editor's text when open, else through
// the host's gate, headings kept until the file changes) and the core gets a resolver over what was read.

import { isPlanFile } from '../core/check';
import type { CheckConfig } from '../core/config';
import { parseTarget, type LinkResolver, type LinkTargetInfo } from '../core/links';
import type { FrontMatter, Plan } from '../core/model';
import { parsePlan } from '../core/parse';
import { basenameUri, isHierarchical, relativeUriPath, resolveUri } from '../core/uris';
import type { PlanHost } from './host';

/** What a link needs of a markdown file: its heading slugs, its purposes, and whether its front matter marks a plan. */
interface Headings {
  readonly slugs: ReadonlySet<string>;
  readonly purposes: ReadonlySet<string>;
  readonly frontMatter?: FrontMatter;
}

/** A link target as read: undefined when the host cannot tell. */
type Target = { readonly kind: 'file'; readonly headings?: Headings } | Exclude<LinkTargetInfo, { kind: 'file' }> | undefined;

const MARKDOWN = /\.(md|markdown|mdx)$/i;

function headingsOf(text: string): Headings {
  const plan = parsePlan(text);
  return { slugs: new Set(plan.headings.map((h) => h.slug)), purposes: new Set(plan.purposes.map((p) => p.heading.slug)), frontMatter: plan.frontMatter };
}

export interface LinkedPlan {
  /** The plan's path as its config's globs see it, and that config: a linked file is a plan by the same globs. */
  readonly relativePath?: string;
  readonly config: CheckConfig;
}

export class LinkReads {
  /** Headings of files read from the host, by URI key, kept while their size and time stay the same. */
  private readonly headings = new Map<string, { stamp: string; headings: Headings }>();

  constructor(
    private readonly host: PlanHost,
    private readonly openText: (uri: string) => string | undefined,
  ) {}

  /**
   * Reads every file the plan's goals link to, then answers the core from what was read. Each target's
   * URI key goes into `reads`, so an edit to one of them re-checks the plan.
   */
  async resolverFor(planUri: string, base: string | undefined, plan: Plan, within: readonly string[], maxBytes: number, linked: LinkedPlan, reads: Set<string>): Promise<LinkResolver | undefined> {
    if (base === undefined) return undefined;
    const targets = new Map<string, Promise<Target>>();
    for (const goal of plan.goals) {
      for (const field of goal.fields) {
        for (const link of field.links) {
          const t = parseTarget(link.target);
          const uri = t.external || t.path === '' ? undefined : resolveUri(base, t.path);
          if (uri === undefined || targets.has(uri)) continue;
          reads.add(uri);
          targets.set(uri, this.read(uri, within, maxBytes));
        }
      }
    }
    const read = new Map<string, Target>();
    for (const [uri, target] of targets) read.set(uri, await target);
    return (path) => {
      const uri = resolveUri(base, path);
      return uri === undefined ? undefined : this.info(planUri, base, uri, read.get(uri), linked);
    };
  }

  private async read(uri: string, within: readonly string[], maxBytes: number): Promise<Target> {
    const open = this.openText(uri);
    const markdown = MARKDOWN.test(basenameUri(uri));
    if (open !== undefined) {
      // The editor's text wins over the disk, but only inside the boundary.
      const gate = await this.host.readFile(uri, 0, within);
      if (gate.kind === 'outside' || gate.kind === 'refused') return gate;
      return { kind: 'file', headings: markdown ? headingsOf(open) : undefined };
    }
    // The gate first: nothing outside the boundary is looked at, not even its time stamp.
    const gate = await this.host.readFile(uri, 0, within);
    if (gate.kind === 'refused') return (await this.host.stat(uri))?.type === 'directory' ? { kind: 'file' } : gate;
    if (gate.kind === 'outside' || gate.kind === 'missing') return gate;
    const size = gate.kind === 'too-large' ? gate.size : 0;
    // A file over the limit is taken to exist, but its headings are not read.
    if (!markdown || size > maxBytes) return { kind: 'file' };
    const stat = await this.host.stat(uri);
    const stamp = stat && `${stat.mtime}:${stat.size}`;
    const known = this.headings.get(uri);
    if (known !== undefined && known.stamp === stamp) return { kind: 'file', headings: known.headings };
    const read = await this.host.readFile(uri, maxBytes, within);
    if (read.kind === 'too-large') return { kind: 'file' };
    if (read.kind !== 'text') return read;
    const headings = headingsOf(read.text);
    if (stamp) this.headings.set(uri, { stamp, headings });
    return { kind: 'file', headings };
  }

  /** Of a plan, only the purposes are larger aims: the rest is the mentee's own. */
  private info(planUri: string, base: string, uri: string, target: Target, linked: LinkedPlan): LinkTargetInfo | undefined {
    if (target?.kind !== 'file') return target;
    const { headings } = target;
    if (!headings) return { kind: 'file' };
    const fromPlan = relativeUriPath(base, uri) ?? basenameUri(uri);
    const relativePath = linked.relativePath !== undefined && isHierarchical(planUri) ? joinRelative(linked.relativePath, fromPlan) : basenameUri(uri);
    return isPlanFile(headings.frontMatter, relativePath, linked.config) ? { kind: 'file', slugs: headings.slugs, purposes: headings.purposes } : { kind: 'file', slugs: headings.slugs };
  }
}

/** `a/b/plan.md` and `../aims.md` make `a/aims.md`. */
function joinRelative(planPath: string, fromPlan: string): string {
  const out = planPath.split('/').slice(0, -1);
  for (const s of fromPlan.split('/')) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}
