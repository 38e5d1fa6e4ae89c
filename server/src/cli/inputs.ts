// Turns the command line's paths and globs into markdown files to look at. Folders are walked
// (skipping node_modules and .git); a path that names nothing is an input error, not a crash.

import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { InputError } from './report';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const MARKDOWN = /\.(md|markdown)$/i;

export interface Inputs {
  /** Absolute paths, each once, sorted. */
  readonly files: readonly string[];
  /** The files named as such on the command line, rather than found in a folder or by a glob. */
  readonly named: ReadonlySet<string>;
  readonly errors: readonly InputError[];
}

export const displayPath = (cwd: string, file: string): string => {
  const rel = path.relative(cwd, file);
  return (rel === '' ? path.basename(file) : rel).split(path.sep).join('/');
};

function walk(dir: string, visit: (file: string) => void, errors: InputError[], cwd: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    errors.push({ path: displayPath(cwd, dir), message: `Cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)}).` });
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(full, visit, errors, cwd);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && MARKDOWN.test(entry.name)) visit(full);
  }
}

function existsAsFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

export function collectInputs(args: readonly string[], cwd: string): Inputs {
  const files = new Set<string>();
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
    }
    else if (isDir) walk(full, (f) => files.add(f), errors, cwd);
    else if (picomatch.scan(arg).isGlob) {
      const { base } = picomatch.scan(arg.replace(/\\/g, '/'));
      const root = path.resolve(cwd, base || '.');
      const match = picomatch(arg.replace(/\\/g, '/').replace(/^\.\//, ''), { dot: false });
      let found = 0;
      if (existsAsFolder(root)) walk(
        root,
        (f) => {
          if (match(displayPath(cwd, f))) {
            files.add(f);
            found++;
          }
        },
        errors,
        cwd,
      );
      if (found === 0) errors.push({ path: arg, message: 'No markdown file matches this glob.' });
    } else errors.push({ path: arg, message: 'No such file or folder.' });
  }
  return { files: [...files].sort(), named, errors };
}
