// Resolves why-links against the file system, for the server and the CLI. Every look-up passes the
// read gate: links that leave the workspace (as written or through a symlink) are reported as such and
// never read, and only regular files within the size limit are read.

import type { LinkResolver, LinkTargetInfo } from '../core/links';
import { headingSlugs } from '../core/parse';
import { DEFAULT_MAX_FILE_SIZE } from '../core/size-limit';
import * as path from 'node:path';
import { locate, readPrefix, refusalReason, type FilePlace } from './read-gate';

const slugCache = new Map<string, { mtimeMs: number; size: number; slugs: ReadonlySet<string> }>();

function slugsOnDisk(place: FilePlace, maxBytes: number): ReadonlySet<string> | undefined {
  // A file over the limit is taken to exist, but its headings are not read.
  if (!/\.(md|markdown|mdx)$/i.test(place.real) || place.size > maxBytes) return undefined;
  const cached = slugCache.get(place.real);
  if (cached && cached.mtimeMs === place.mtimeMs && cached.size === place.size) return cached.slugs;
  const bytes = readPrefix(place, maxBytes);
  if (!Buffer.isBuffer(bytes)) return undefined;
  const slugs = headingSlugs(bytes.toString('utf8'));
  slugCache.set(place.real, { mtimeMs: place.mtimeMs, size: place.size, slugs });
  return slugs;
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

  function resolve(file: string): LinkTargetInfo | undefined {
    const place = locate(file, options.roots);
    if (place.kind === 'outside') return { kind: 'outside' };
    if (place.kind === 'special') return { kind: 'refused', reason: refusalReason(place) };
    const open = options.openText?.(file);
    if (open !== undefined) return { kind: 'file', slugs: headingSlugs(open) };
    if (place.kind === 'missing') return { kind: 'missing' };
    if (place.kind === 'folder') return { kind: 'file' };
    if (place.kind === 'unreadable') return undefined;
    return { kind: 'file', slugs: slugsOnDisk(place, maxBytes) };
  }
}
