// `.mentoring-plans.json` on disk, for the CLI: found by walking up from a plan, read through the read
// gate, layered nearest over farthest. The text itself is read by core/config-file-text.ts.

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { CheckConfig } from '../core/config';
import { CONFIG_FILE_NAME, MAX_CONFIG_BYTES, parseConfigText, prefixGlobs, tooLargeProblem, type ConfigFile, type MutableConfig } from '../core/config-file-text';
import { isInside } from './paths';
import { inspect, readPrefix } from './read-gate';

export { CONFIG_FILE_NAME, MAX_CONFIG_BYTES, parseConfigText, PHRASE_LISTS, type ConfigFile, type ConfigProblem } from '../core/config-file-text';

/** Reads a config file from disk; an unreadable file is one problem, never an exception. */
export function readConfigFile(file: string): ConfigFile {
  const whole = (message: string): ConfigFile => ({ path: file, config: {}, root: false, problems: [{ message, span: { start: 0, end: 0 }, line: 1, column: 1, endLine: 1, endColumn: 1 }] });
  // Only a regular file is opened, and only a small one read: a named pipe would never answer.
  const place = inspect(file);
  if (place.kind === 'special') return whole(`This is ${place.what}, not a config file; it is not read.`);
  if (place.kind === 'folder') return whole('This is a folder, not a config file.');
  if (place.kind !== 'file') return whole(`Cannot read the file (${place.kind === 'unreadable' ? place.code : 'ENOENT'}).`);
  if (place.size > MAX_CONFIG_BYTES) return whole(tooLargeProblem(place.size));
  const bytes = readPrefix(place, MAX_CONFIG_BYTES);
  if (!Buffer.isBuffer(bytes)) return whole(bytes.kind === 'unreadable' ? `Cannot read the file (${bytes.code}).` : `This is ${bytes.what}, not a config file; it is not read.`);
  return parseConfigText(bytes.toString('utf8'), file);
}

/**
 * Config files that apply to files in `dir`, farthest first. The walk stops at the first folder that
 * is a repository root (holds `.git`) or one of `stopDirs` (workspace folders; the CLI's current
 * folder), or at a file that says `"root": true`.
 */
export function findConfigFiles(dir: string, stopDirs: readonly string[], exists: (file: string) => boolean = existsSync): string[] {
  return searchedFolders(dir, stopDirs)
    .map((d) => path.join(d, CONFIG_FILE_NAME))
    .filter((f) => exists(f))
    .reverse();
}

/** The folders searched for a config file, nearest first: where a new config file would take effect. */
export function searchedFolders(dir: string, stopDirs: readonly string[]): string[] {
  const out: string[] = [];
  let current = path.resolve(dir);
  const stops = new Set(stopDirs.map((d) => path.resolve(d)));
  for (;;) {
    out.push(current);
    if (stops.has(current) || existsSync(path.join(current, '.git'))) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return out;
}

/**
 * The nearest folder up from `dir` that is a repository root (holds `.git`) or holds a config file
 * saying `"root": true`; undefined when there is none up to the top of the disk.
 */
export function enclosingRoot(dir: string, read: (file: string) => ConfigFile = readConfigFile): string | undefined {
  for (let current = path.resolve(dir); ; ) {
    if (existsSync(path.join(current, '.git'))) return current;
    const config = path.join(current, CONFIG_FILE_NAME);
    if (existsSync(config) && read(config).root) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Globs written relative to `from`, rewritten relative to `to` (an ancestor of `from` or `from` itself). */
export function rebaseGlobs(globs: readonly string[], from: string, to: string): string[] {
  return prefixGlobs(globs, path.relative(to, from).split(path.sep).join('/'));
}

export interface FileConfigLayers {
  /** The config files in effect, farthest first, with their problems. */
  readonly files: readonly ConfigFile[];
  /** One layer per file, farthest first, globs rewritten relative to the base folder. */
  readonly layers: readonly Partial<CheckConfig>[];
}

/** A config file's layer, with globs relative to `base`; globs of a file outside `base` cannot be kept. */
export function layerFor(file: ConfigFile, base: string): Partial<CheckConfig> {
  const dir = path.dirname(file.path);
  const layer: MutableConfig = { ...file.config };
  if (!isInside(base, dir)) {
    delete layer.files;
    delete layer.ignore;
    return layer;
  }
  if (file.config.files) layer.files = rebaseGlobs(file.config.files, dir, base);
  if (file.config.ignore) layer.ignore = rebaseGlobs(file.config.ignore, dir, base);
  return layer;
}

/** Reads (through `read`, which may cache) the config files for a plan in `dir`, nearer overriding farther. */
export function configLayers(
  dir: string,
  options: { stopDirs: readonly string[]; base: string; read?: (file: string) => ConfigFile; exists?: (file: string) => boolean },
): FileConfigLayers {
  const read = options.read ?? readConfigFile;
  const files: ConfigFile[] = [];
  for (const p of findConfigFiles(dir, options.stopDirs, options.exists).reverse()) {
    const file = read(p);
    files.unshift(file);
    if (file.root) break;
  }
  return { files, layers: files.map((f) => layerFor(f, options.base)) };
}
