// Paths within URIs, for code that names every file by URI and may not use node:path or node:url:
// `file:` on disk, `vscode-vfs:` in github.dev, `untitled:` for a document not yet saved.

/** scheme:, then //authority when there is one; the rest is the path (query and fragment never name a file). */
const URI = /^([a-z][a-z0-9+.-]*:(?:\/\/[^/?#]*)?)([^?#]*)/i;

/** Characters a file URI keeps as they are in a path segment (as Node's pathToFileURL writes them). */
const KEPT = /%(5B|5D|40|2C|3B|3D|2B|24|26|3A|7C|5E)/g;

function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(KEPT, (escape) => decodeURIComponent(escape));
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

interface Parts {
  readonly prefix: string;
  /** Decoded segments of an absolute path; undefined for a URI that is not a path (untitled:Untitled-1). */
  readonly segments?: readonly string[];
}

function parts(uri: string): Parts {
  const m = URI.exec(uri);
  if (!m) return { prefix: uri };
  const [, prefix, rawPath] = m;
  if (!rawPath.startsWith('/')) return { prefix: uri };
  return { prefix, segments: rawPath.split('/').slice(1).map(decodeSegment) };
}

function build(prefix: string, segments: readonly string[]): string {
  return `${prefix}/${segments.map(encodeSegment).join('/')}`;
}

/** `.` and `..` applied; `..` above the top stays at the top, as paths do. */
function normalise(segments: readonly string[]): string[] {
  const out: string[] = [];
  segments.forEach((s, i) => {
    if (s === '..') out.pop();
    else if (s !== '.' && !(s === '' && i < segments.length - 1)) out.push(s);
  });
  return out;
}

/**
 * One spelling per file: clients encode paths differently (`%5B` or `[`), so URIs are compared by
 * this key. A URI that is not a path is its own key.
 */
export function uriKey(uri: string): string {
  const { prefix, segments } = parts(uri);
  return segments ? build(prefix.toLowerCase(), normalise(segments)) : uri;
}

/** Whether the URI names a place in a folder tree (not `untitled:`), so that relative links lead somewhere. */
export function isHierarchical(uri: string): boolean {
  return parts(uri).segments !== undefined;
}

/** The folder holding the file; the URI itself when it has no folder. */
export function dirnameUri(uri: string): string {
  const { prefix, segments } = parts(uri);
  if (!segments) return uri;
  const path = normalise(segments);
  return build(prefix.toLowerCase(), path.slice(0, -1));
}

/** The last segment, decoded. */
export function basenameUri(uri: string): string {
  const { segments } = parts(uri);
  return segments ? (normalise(segments).at(-1) ?? '') : uri;
}

/** `path` (decoded, `/`-separated; absolute when it starts with `/`) from the folder `dir`. */
export function resolveUri(dir: string, path: string): string | undefined {
  const { prefix, segments } = parts(dir);
  if (!segments) return undefined;
  const base = path.startsWith('/') ? [] : normalise(segments);
  return build(prefix.toLowerCase(), normalise([...base.filter((s) => s !== ''), ...path.split('/')]));
}

/** Whether `uri` is the folder `dir` or inside it. */
export function isInsideUri(dir: string, uri: string): boolean {
  const d = uriKey(dir).replace(/\/$/, '');
  const u = uriKey(uri);
  return u === d || u.startsWith(`${d}/`);
}

/** The decoded path from the folder `from` to `to`, `/`-separated (`../aims.md`); undefined across schemes or hosts. */
export function relativeUriPath(from: string, to: string): string | undefined {
  const a = parts(uriKey(from));
  const b = parts(uriKey(to));
  if (!a.segments || !b.segments || a.prefix !== b.prefix) return undefined;
  const fromSegs = a.segments.filter((s) => s !== '');
  const toSegs = b.segments.filter((s) => s !== '');
  let common = 0;
  while (common < fromSegs.length && common < toSegs.length && fromSegs[common] === toSegs[common]) common++;
  return [...fromSegs.slice(common).map(() => '..'), ...toSegs.slice(common)].join('/');
}

/** The innermost of the folder URIs that holds the file. */
export function innermostFolder(folders: readonly string[], uri: string): string | undefined {
  return folders.filter((f) => isInsideUri(f, uri)).sort((a, b) => b.length - a.length)[0];
}

/** The file's path from its workspace folder (its name alone outside every folder), with forward slashes. */
export function folderRelativePath(folders: readonly string[], uri: string): string {
  const folder = innermostFolder(folders, uri);
  return (folder ? relativeUriPath(folder, uri) : undefined) ?? basenameUri(uri);
}

/** The top of the URI's tree (`file:///`): a boundary that holds every file of its scheme and host. */
export function treeTop(uri: string): string {
  const { prefix, segments } = parts(uri);
  return segments ? `${prefix.toLowerCase()}/` : uri;
}

/** The folder a document's relative links start from: its own, or for an unsaved document the first workspace folder. */
export function linkBase(uri: string, folders: readonly string[]): string | undefined {
  return isHierarchical(uri) ? dirnameUri(uri) : folders[0] && uriKey(folders[0]);
}
