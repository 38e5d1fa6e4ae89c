// Resolves why-links against the file system, for the server and the CLI. Links that leave the
// workspace are reported as such and never read.

import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { isPlanFile } from '../core/check';
import type { CheckConfig } from '../core/config';
import type { LinkResolver, LinkTargetInfo } from '../core/links';
import type { FrontMatter } from '../core/model';
import { parsePlan } from '../core/parse';
import { isInside } from './paths';

/** Linked files larger than this are taken to exist, but their headings are not read. */
const MAX_LINKED_FILE_BYTES = 2 * 1024 * 1024;

/** What a link needs of a markdown file: its heading slugs, its purposes, and whether its front matter marks a plan. */
interface Headings {
  readonly slugs: ReadonlySet<string>;
  readonly purposes: ReadonlySet<string>;
  readonly frontMatter?: FrontMatter;
}

const headingCache = new Map<string, { mtimeMs: number; size: number; headings: Headings }>();

function headingsOf(text: string): Headings {
  const plan = parsePlan(text);
  return { slugs: new Set(plan.headings.map((h) => h.slug)), purposes: new Set(plan.purposes.map((p) => p.heading.slug)), frontMatter: plan.frontMatter };
}

function headingsOnDisk(file: string, mtimeMs: number, size: number): Headings | undefined {
  if (!/\.(md|markdown|mdx)$/i.test(file) || size > MAX_LINKED_FILE_BYTES) return undefined;
  const cached = headingCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.headings;
  const headings = headingsOf(readFileSync(file, 'utf8'));
  headingCache.set(file, { mtimeMs, size, headings });
  return headings;
}

export interface FileLinkOptions {
  /** The plan's own path on disk. */
  readonly planPath: string;
  /** Workspace roots; links outside all of them are not followed. Empty: no limit. */
  readonly roots: readonly string[];
  /** Text of files open in the editor, which wins over the disk. */
  readonly openText?: (file: string) => string | undefined;
  /**
   * The plan's path as its config's globs see it, and that config: a linked file is a plan by the same
   * globs, at the path the link leads to. Without them, by front matter and the default globs.
   */
  readonly plan?: { readonly relativePath: string; readonly config: CheckConfig };
}

export function fileLinkResolver(options: FileLinkOptions): LinkResolver {
  const dir = path.dirname(options.planPath);
  // Many goals link to the same aims file: read its headings once per check, not once per link.
  const seen = new Map<string, LinkTargetInfo | undefined>();
  return (target) => {
    const file = path.resolve(dir, target);
    if (!seen.has(file)) seen.set(file, resolve(file));
    return seen.get(file);
  };

  /** Of a plan, only the purposes are larger aims: the rest is the mentee's own. */
  function fileInfo(file: string, headings: Headings | undefined): LinkTargetInfo {
    if (!headings) return { kind: 'file' };
    const { plan } = options;
    const relativePath = plan ? path.posix.join(path.posix.dirname(plan.relativePath), path.relative(dir, file).split(path.sep).join('/')) : path.basename(file);
    return isPlanFile(headings.frontMatter, relativePath, plan?.config) ? { kind: 'file', slugs: headings.slugs, purposes: headings.purposes } : { kind: 'file', slugs: headings.slugs };
  }

  function resolve(file: string): LinkTargetInfo | undefined {
    if (options.roots.length > 0 && !options.roots.some((r) => isInside(r, file))) return { kind: 'outside' };
    const open = options.openText?.(file);
    if (open !== undefined) return fileInfo(file, headingsOf(open));
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return { kind: 'file' };
      return fileInfo(file, headingsOnDisk(file, stat.mtimeMs, stat.size));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : undefined;
    }
  }
}
