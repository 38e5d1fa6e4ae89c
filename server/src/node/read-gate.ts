// The one gate every read of a plan, a linked file or an indexed file passes, in the server and the
// CLI alike. A path is first compared as written with the boundary (so a path that leaves it is never
// touched), then resolved through symlinks and compared again; only then is it looked at, and only a
// regular file is opened: a named pipe, a device or a socket would block or never end.

import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { MISSING_REASON, OUTSIDE_REASON } from '../core/read-reasons';
import { HEAD_BYTES } from '../core/size-limit';
import { isInside } from './paths';

/** What the gate found at a path. Only `file` may be read. */
export type Place =
  | { readonly kind: 'file'; readonly real: string; readonly size: number; readonly mtimeMs: number }
  | { readonly kind: 'folder' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'outside' }
  | { readonly kind: 'special'; readonly what: string }
  | { readonly kind: 'unreadable'; readonly code: string };

export type FilePlace = Extract<Place, { kind: 'file' }>;

const realRoots = new Map<string, string>();

/** A root with its symlinks resolved, once per process: workspace folders do not move while it runs. */
function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    real = realPathOf(path.resolve(root)) ?? path.resolve(root);
    realRoots.set(root, real);
  }
  return real;
}

/** The path with every symlink resolved; a path that does not exist yet is resolved as far as it does. */
function realPathOf(file: string): string | undefined {
  try {
    // The native call is one system call, not one per folder of the path; a test's file-system trap may hide it.
    return (realpathSync.native ?? realpathSync)(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    const parent = path.dirname(file);
    if (parent === file) return file;
    const real = realPathOf(parent);
    return real === undefined ? undefined : path.join(real, path.basename(file));
  }
}

function insideAny(roots: readonly string[], file: string): boolean {
  return roots.some((r) => isInside(r, file) || isInside(realRoot(r), file));
}

/** Where `file` leads, judged against the boundary `roots` (none: everything is outside). */
export function locate(file: string, roots: readonly string[]): Place {
  const absolute = path.resolve(file);
  if (!insideAny(roots, absolute)) return { kind: 'outside' };
  let real: string | undefined;
  try {
    real = realPathOf(absolute);
  } catch (error) {
    return { kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  if (real === undefined || !insideAny(roots, real)) return { kind: 'outside' };
  return inspect(real);
}

/** What is at a path already inside the boundary (or one that needs none, such as a config file). */
export function inspect(real: string): Place {
  try {
    const stat = statSync(real);
    if (stat.isDirectory()) return { kind: 'folder' };
    if (!stat.isFile()) return { kind: 'special', what: specialKind(stat) };
    return { kind: 'file', real, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'unreadable', code };
  }
}

function specialKind(stat: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'something other than a file';
}

/**
 * At most `maxBytes` bytes from the start of a file the gate let through. The file is opened without
 * blocking and checked again once open, in case it was swapped for a pipe after `locate` looked.
 */
export function readPrefix(place: FilePlace, maxBytes: number): Buffer | Extract<Place, { kind: 'special' | 'unreadable' }> {
  let fd: number;
  try {
    fd = openSync(place.real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: 'special', what: specialKind(stat) };
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes));
    let filled = 0;
    while (filled < buffer.length) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return buffer.subarray(0, filled);
  } catch (error) {
    return { kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    closeSync(fd);
  }
}

/** Why the gate did not read a place, as the end of a sentence naming it ("… is outside the workspace"). */
export function refusalReason(place: Exclude<Place, FilePlace>): string {
  switch (place.kind) {
    case 'outside':
      return OUTSIDE_REASON;
    case 'folder':
      return 'is a folder, not a file';
    case 'missing':
      return MISSING_REASON;
    case 'special':
      return `is ${place.what}, not a regular file; it is not read`;
    case 'unreadable':
      return `cannot be read (${place.code})`;
  }
}

export type PlanRead =
  | { readonly kind: 'text'; readonly bytes: Buffer }
  /** Over the limit: only its start, enough to tell from the front matter whether it is a plan. */
  | { readonly kind: 'too-large'; readonly head: Buffer; readonly size: number }
  | { readonly kind: 'refused'; readonly place: Exclude<Place, FilePlace> };

/** A plan (or any file to check or index) from disk through the gate; never more than `limit` bytes. */
export function readPlanFile(file: string, roots: readonly string[], limit: number): PlanRead {
  const place = locate(file, roots);
  if (place.kind !== 'file') return { kind: 'refused', place };
  const over = place.size > limit;
  const bytes = readPrefix(place, over ? Math.min(HEAD_BYTES, limit) : limit);
  if (!Buffer.isBuffer(bytes)) return { kind: 'refused', place: bytes };
  return over ? { kind: 'too-large', head: bytes, size: place.size } : { kind: 'text', bytes };
}
