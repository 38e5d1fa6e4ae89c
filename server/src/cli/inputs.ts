// Turns the command line's paths and globs into markdown files to look at. Folders are walked
// (skipping node_modules and .git, and what .gitignore files say); a path that names nothing is an
// input error, not a crash.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { InputError } from './report';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const GITIGNORE = '.gitignore';
const MARKDOWN = /\.(md|markdown)$/i;

export interface Inputs {
  /** Absolute paths, each once, sorted. */
  readonly files: readonly string[];
  /** The folders named, absolute. */
  readonly folders: readonly string[];
  /** The files named as such on the command line, rather than found in a folder or by a glob. */
  readonly named: ReadonlySet<string>;
  readonly errors: readonly InputError[];
}

export const displayPath = (cwd: string, file: string): string => {
  const rel = path.relative(cwd, file);
  return (rel === '' ? path.basename(file) : rel).split(path.sep).join('/');
};

/** A `.gitignore` and the folder its patterns are relative to. */
interface IgnoreFile {
  readonly base: string;
  readonly rules: Ignore;
}

function readIgnoreFile(dir: string): IgnoreFile | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(dir, GITIGNORE), 'utf8');
  } catch {
    return undefined;
  }
  return { base: dir, rules: ignore().add(text) };
}

/**
 * The `.gitignore` files above a walked folder, up to the repository root (the folder holding `.git`).
 * A folder they ignore that is named on the command line is walked all the same, as a named file is read.
 */
function ancestorIgnoreFiles(dir: string): IgnoreFile[] {
  if (existsSync(path.join(dir, '.git'))) return [];
  const chain: string[] = [];
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    chain.unshift(d);
    if (existsSync(path.join(d, '.git'))) break;
    if (path.dirname(d) === d) return [];
  }
  const files = chain.map(readIgnoreFile).filter((f) => f !== undefined);
  return isIgnored(dir, true, files) ? [] : files;
}

const isIgnored = (full: string, isDir: boolean, ignores: readonly IgnoreFile[]): boolean =>
  ignores.some(({ base, rules }) => {
    const rel = path.relative(base, full).split(path.sep).join('/');
    return rel !== '' && !rel.startsWith('../') && rules.ignores(isDir ? `${rel}/` : rel);
  });

interface Walk {
  readonly visit: (file: string) => void;
  readonly errors: InputError[];
  readonly cwd: string;
  /** Honour `.gitignore` files; undefined: --no-ignore. */
  readonly ignores?: readonly IgnoreFile[];
}

function walk(dir: string, w: Walk): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    w.errors.push({ path: displayPath(w.cwd, dir), message: `Cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)}).` });
    return;
  }
  const own = w.ignores && entries.some((e) => e.name === GITIGNORE) ? readIgnoreFile(dir) : undefined;
  const ignores = own ? [...w.ignores!, own] : w.ignores;
  const inner = ignores === w.ignores ? w : { ...w, ignores };
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !(ignores && isIgnored(full, true, ignores))) walk(full, inner);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && MARKDOWN.test(entry.name) && !(ignores && isIgnored(full, false, ignores))) w.visit(full);
  }
}

function existsAsFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** `gitignore`: honour `.gitignore` files when walking folders (not for files named explicitly). */
export function collectInputs(args: readonly string[], cwd: string, gitignore = true): Inputs {
  const files = new Set<string>();
  const folders: string[] = [];
  const named = new Set<string>();
  const errors: InputError[] = [];
  for (const arg of args.length > 0 ? args : ['.']) {
    const full = path.resolve(cwd, arg);
    let isDir = false;
    let isFile = false;
    let missing = false;
    try {
      const stat = statSync(full);
      isDir = stat.isDirectory();
      isFile = !isDir;
    } catch (error) {
      // Not a path on disk: maybe a glob. Anything else (a link loop, no permission) is the file's problem.
      missing = (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR';
      isFile = !missing;
    }
    if (isFile) {
      files.add(full);
      named.add(full);
    } else if (isDir) {
      folders.push(full);
      walk(full, { visit: (f) => files.add(f), errors, cwd, ignores: gitignore ? ancestorIgnoreFiles(full) : undefined });
    }
    else if (picomatch.scan(arg).isGlob) {
      const { base } = picomatch.scan(arg.replace(/\\/g, '/'));
      const root = path.resolve(cwd, base || '.');
      const match = picomatch(arg.replace(/\\/g, '/').replace(/^\.\//, ''), { dot: false });
      let found = 0;
      const visit = (f: string): void => {
        if (match(displayPath(cwd, f))) {
          files.add(f);
          found++;
        }
      };
      if (existsAsFolder(root)) walk(root, { visit, errors, cwd, ignores: gitignore ? ancestorIgnoreFiles(root) : undefined });
      if (found === 0) errors.push({ path: arg, message: 'No markdown file matches this glob.' });
    } else errors.push({ path: arg, message: 'No such file or folder.' });
  }
  return { files: [...files].sort(), folders, named, errors };
}
