// Resolves why-links against the file system, for the server and the CLI. Every look-up passes the
// read gate: links that leave the workspace (as written or through a symlink) are reported as such and
// never read, and only regular files within the size limit are read.

import * as path from 'node:path';
import { isPlanFile } from '../core/check';
import type { CheckConfig } from '../core/config';
import type { LinkResolver, LinkTargetInfo } from '../core/links';
import type { FrontMatter } from '../core/model';
import { parsePlan } from '../core/parse';
import { DEFAULT_MAX_FILE_SIZE } from '../core/size-limit';
import { locate, readPrefix, refusalReason, type FilePlace } from './read-gate';

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

function headingsOnDisk(place: FilePlace, maxBytes: number): Headings | undefined {
  // A file over the limit is taken to exist, but its headings are not read.
  if (!/\.(md|markdown|mdx)$/i.test(place.real) || place.size > maxBytes) return undefined;
  const cached = headingCache.get(place.real);
  if (cached && cached.mtimeMs === place.mtimeMs && cached.size === place.size) return cached.headings;
  const bytes = readPrefix(place, maxBytes);
  if (!Buffer.isBuffer(bytes)) return undefined;
  const headings = headingsOf(bytes.toString('utf8'));
  headingCache.set(place.real, { mtimeMs: place.mtimeMs, size: place.size, headings });
  return headings;
}

export interface FileLinkOptions {
  /** The plan's own path on disk. */
  readonly planPath: string;
  /** The boundary: links outside all of these folders are not followed. */
  readonly roots: readonly string[];
  /** Text of files open in the editor, which wins over the disk. */
  readonly openText?: (file: string) => string | undefined;
  /** Linked files larger than this many bytes are not read (default: the plan size limit). */
  readonly maxBytes?: number;
  /**
   * The plan's path as its config's globs see it, and that config: a linked file is a plan by the same
   * globs, at the path the link leads to. Without them, by front matter and the default globs.
   */
  readonly plan?: { readonly relativePath: string; readonly config: CheckConfig };
}

export function fileLinkResolver(options: FileLinkOptions): LinkResolver {
  const dir = path.dirname(options.planPath);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_SIZE;
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
    const place = locate(file, options.roots);
    if (place.kind === 'outside') return { kind: 'outside' };
    if (place.kind === 'special') return { kind: 'refused', reason: refusalReason(place) };
    const open = options.openText?.(file);
    if (open !== undefined) return fileInfo(file, headingsOf(open));
    if (place.kind === 'missing') return { kind: 'missing' };
    if (place.kind === 'folder') return { kind: 'file' };
    if (place.kind === 'unreadable') return undefined;
    return fileInfo(file, headingsOnDisk(place, maxBytes));
  }
}
