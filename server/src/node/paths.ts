// Path questions the server and the CLI both ask about workspace folders.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTarget } from '../core/links';
import type { Link } from '../core/model';
import type { LinkDestination } from '../features/locate';

export function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The innermost of the roots that holds the file. */
export function innermostRoot(roots: readonly string[], file: string): string | undefined {
  return roots.filter((r) => isInside(r, file)).sort((a, b) => b.length - a.length)[0];
}

/** The file's path from its workspace folder (its name alone outside every folder), with forward slashes. */
export function workspaceRelativePath(roots: readonly string[], file: string): string {
  const root = innermostRoot(roots, file);
  return (root ? path.relative(root, file) : path.basename(file)).split(path.sep).join('/');
}

/** The disk path of a file: URI; undefined for any other scheme. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Where a link written in the plan at planPath leads. */
export function linkDestination(planPath: string, link: Link): LinkDestination | undefined {
  const target = parseTarget(link.target);
  if (target.external) return undefined;
  return {
    path: target.path === '' ? planPath : path.resolve(path.dirname(planPath), target.path),
    slug: target.fragment?.toLowerCase() || undefined,
  };
}

/** The link target of one file seen from another (both absolute paths). */
export function relativeTarget(fromFile: string, toFile: string): string {
  const rel = path.relative(path.dirname(fromFile), toFile).split(path.sep).join('/');
  return rel.split('/').map(encodeURIComponent).join('/');
}
