// Resolves why-links against the file system, for the server and the CLI. Links that leave the
// workspace are reported as such and never read.

import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { LinkResolver, LinkTargetInfo } from '../core/links';
import { headingSlugs } from '../core/parse';
import { isInside } from './paths';

/** Linked files larger than this are taken to exist, but their headings are not read. */
const MAX_LINKED_FILE_BYTES = 2 * 1024 * 1024;

const slugCache = new Map<string, { mtimeMs: number; size: number; slugs: ReadonlySet<string> }>();

function slugsOnDisk(file: string, mtimeMs: number, size: number): ReadonlySet<string> | undefined {
  if (!/\.(md|markdown|mdx)$/i.test(file) || size > MAX_LINKED_FILE_BYTES) return undefined;
  const cached = slugCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.slugs;
  const slugs = headingSlugs(readFileSync(file, 'utf8'));
  slugCache.set(file, { mtimeMs, size, slugs });
  return slugs;
}

export interface FileLinkOptions {
  /** The plan's own path on disk. */
  readonly planPath: string;
  /** Workspace roots; links outside all of them are not followed. Empty: no limit. */
  readonly roots: readonly string[];
  /** Text of files open in the editor, which wins over the disk. */
  readonly openText?: (file: string) => string | undefined;
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

  function resolve(file: string): LinkTargetInfo | undefined {
    if (options.roots.length > 0 && !options.roots.some((r) => isInside(r, file))) return { kind: 'outside' };
    const open = options.openText?.(file);
    if (open !== undefined) return { kind: 'file', slugs: headingSlugs(open) };
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return { kind: 'file' };
      return { kind: 'file', slugs: slugsOnDisk(file, stat.mtimeMs, stat.size) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : undefined;
    }
  }
}
