// `check --cache`: the findings of each plan from an earlier run, reused while nothing they depend on
// has changed. One JSON file holds the run's key (tool version and code, --today, the size limit,
// the current folder) and per file the hash of its bytes, of its config, and what each of its
// why-link targets looked like. A cache that cannot be read is rebuilt, never a failure.

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { NotPlanReason } from '../core/check';
import { RULES } from '../data/catalogue';
import type { PlanConfig } from './configs';
import { DEFAULT_MAX_FILE_SIZE } from '../core/size-limit';
import { inspect, readPlanFile } from '../node/read-gate';
import { describeTarget, planBoundary, planLinkResolver, sha256, type FileOutcome, type LinkDependency, type RunSettings } from './check-file';
import { VERSION, type LocatedFinding } from './report';

/** The cache file in the current folder, unless it has a node_modules folder. */
export const DEFAULT_CACHE_FILE = '.mentoring-plans-cache';
/** Where tools keep caches in a folder that has node_modules: never created by this tool alone. */
const NODE_MODULES_CACHE = 'node_modules/.cache/mentoring-plans';
const CACHE_FILE_NAME = 'check-cache.json';
const FORMAT = 1;

interface CacheEntry {
  readonly content: string;
  readonly config: string;
  readonly links: readonly LinkDependency[];
  /** Undefined: the file is not a plan. */
  readonly findings?: readonly LocatedFinding[];
  readonly notPlan?: NotPlanReason;
}

interface CacheFile {
  readonly format: number;
  readonly run: string;
  readonly entries: Record<string, CacheEntry>;
}

/** A folder (existing, or written with a trailing slash) holds the cache file; any other path is the file. */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  if (location === undefined) return existsSync(path.join(cwd, 'node_modules')) ? path.join(cwd, NODE_MODULES_CACHE, CACHE_FILE_NAME) : path.join(cwd, DEFAULT_CACHE_FILE);
  const full = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(full, CACHE_FILE_NAME);
  try {
    return statSync(full).isDirectory() ? path.join(full, CACHE_FILE_NAME) : full;
  } catch {
    return full;
  }
}

/** The code that produced the results: rebuilding the tool with other rules or messages must not reuse them. */
function codeHash(): string {
  try {
    return sha256(readFileSync(__filename));
  } catch {
    return 'unknown';
  }
}

export function configKey(planConfig: PlanConfig): string {
  return sha256(`${planConfig.relativePath}\0${JSON.stringify(planConfig.config)}`);
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);
const isWhole = (n: unknown): boolean => Number.isInteger(n) && (n as number) > 0;

function isFinding(f: unknown): f is LocatedFinding {
  if (typeof f !== 'object' || f === null) return false;
  const x = f as Record<string, unknown>;
  return typeof x.ruleId === 'string' && Object.hasOwn(RULES, x.ruleId) && SEVERITIES.has(x.severity as string) && typeof x.message === 'string' && isWhole(x.line) && isWhole(x.column) && isWhole(x.endLine) && isWhole(x.endColumn);
}

function isEntry(e: unknown): e is CacheEntry {
  if (typeof e !== 'object' || e === null) return false;
  const x = e as Record<string, unknown>;
  return (
    typeof x.content === 'string' &&
    typeof x.config === 'string' &&
    Array.isArray(x.links) &&
    x.links.every((l) => Array.isArray(l) && l.length === 2 && typeof l[0] === 'string' && typeof l[1] === 'string') &&
    (x.findings === undefined || (Array.isArray(x.findings) && x.findings.every(isFinding))) &&
    (x.notPlan === undefined || x.notPlan === 'ignored' || x.notPlan === 'unmarked')
  );
}

export class CheckCache {
  private readonly entries: Record<string, CacheEntry> = {};
  private readonly run: string;
  /** Whether the entries differ from the file's: an unchanged cache is not written again. */
  private changed = true;

  constructor(
    readonly file: string,
    private readonly settings: RunSettings,
    private readonly warn: (message: string) => void,
  ) {
    this.run = sha256(JSON.stringify([VERSION, codeHash(), settings.today, settings.maxFileSize ?? null, settings.cwd]));
    // A named pipe in its place would never end.
    const place = inspect(file);
    if (place.kind === 'special') {
      this.warn(`the cache ${file} is ${place.what}, not a file; checking every file.`);
      return;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // No cache yet is the usual first run, not a problem.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.warn(`cannot read the cache ${file} (${code ?? String(error)}); checking every file.`);
      return;
    }
    let stored: Partial<CacheFile> | null;
    try {
      stored = JSON.parse(text) as Partial<CacheFile> | null;
    } catch {
      stored = null;
    }
    if (typeof stored !== 'object' || stored === null || stored.format !== FORMAT || typeof stored.entries !== 'object' || stored.entries === null || Array.isArray(stored.entries)) {
      this.warn(`the cache ${file} is damaged; checking every file and writing it anew.`);
      return;
    }
    // Another version, date or size limit: every result may differ.
    if (stored.run !== this.run) return;
    for (const [key, entry] of Object.entries(stored.entries)) if (isEntry(entry)) this.entries[key] = entry;
    this.changed = false;
  }

  /** The stored outcome when the file, its config and every why-link target it looked up are as they were. */
  lookup(file: string, config: string): FileOutcome | undefined {
    const entry = this.entries[file];
    if (!entry || entry.config !== config) return undefined;
    // Read through the same gate as a check; anything it refuses is checked, and reported, afresh.
    const read = readPlanFile(file, [planBoundary(file, this.settings)], this.settings.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if (read.kind !== 'text') return undefined;
    const contentHash = sha256(read.bytes);
    if (contentHash !== entry.content) return undefined;
    if (entry.links.length > 0) {
      const resolve = planLinkResolver(file, this.settings);
      if (entry.links.some(([target, found]) => describeTarget(resolve(target)) !== found)) return undefined;
    }
    return { findings: entry.findings, errors: [], contentHash, links: entry.links, notPlan: entry.notPlan };
  }

  /** Remembers a clean outcome; files with input errors are checked again next time. */
  remember(file: string, config: string, outcome: FileOutcome): void {
    if (outcome.errors.length > 0 || outcome.contentHash === undefined) {
      if (Object.hasOwn(this.entries, file)) {
        delete this.entries[file];
        this.changed = true;
      }
      return;
    }
    this.entries[file] = { content: outcome.contentHash, config, links: outcome.links, findings: outcome.findings, notPlan: outcome.notPlan };
    this.changed = true;
  }

  /** Writes a temporary file and renames it over the cache, so a reader never sees half a cache; when nothing changed, nothing. */
  save(): void {
    if (!this.changed) return;
    // Plans deleted or renamed since they were stored would otherwise stay in the file for good.
    for (const file of Object.keys(this.entries)) if (!existsSync(file)) delete this.entries[file];
    const data: CacheFile = { format: FORMAT, run: this.run, entries: this.entries };
    const temp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(temp, JSON.stringify(data));
      renameSync(temp, this.file);
    } catch (error) {
      try {
        rmSync(temp, { force: true });
      } catch {
        // Left behind in the cache folder; the next save writes another name.
      }
      this.warn(`cannot write the cache ${this.file} (${(error as NodeJS.ErrnoException).code ?? String(error)}); the results are not cached.`);
    }
  }
}
