// The work done for one file of `check`, shared by the single-threaded run and the worker threads:
// read it, check it, locate its findings. Everything it returns is plain data, so a worker can post
// it and the cache can store it.

import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { checkDocument, type DocumentCheck, type NotPlanReason } from '../core/check';
import type { LinkResolver, LinkTargetInfo } from '../core/links';
import { BINARY_FILE, BINARY_FILE_MESSAGE, DEFAULT_MAX_FILE_SIZE, gateText, skippedFileIsPlan, tooLargeMessage } from '../core/size-limit';
import { enclosingRoot } from '../node/config-file';
import { fileLinkResolver } from '../node/file-links';
import { isInside } from '../node/paths';
import { readPlanFile, type Place } from '../node/read-gate';
import type { CliConfigs, PlanConfig } from './configs';
import { displayPath } from './inputs';
import type { InputError, LocatedFinding } from './report';

/** What every file of one run is checked with. */
export interface RunSettings {
  readonly cwd: string;
  /** The folders named on the command line, absolute: the boundary of the plans in them outside any repository. */
  readonly folders?: readonly string[];
  readonly today: string;
  readonly maxFileSize?: number;
  /** Whether outcomes go into the cache, which alone needs the hash of each file's bytes. */
  readonly cache?: boolean;
}

/** A link target the check looked up, and what it found (JSON of the resolver's answer). */
export type LinkDependency = readonly [target: string, found: string];

export interface FileOutcome {
  /** Findings of a plan, not yet filtered by --quiet; undefined when the file is not a plan or was skipped. */
  readonly findings?: readonly LocatedFinding[];
  readonly errors: readonly InputError[];
  /** sha256 of the bytes that were checked, when the run caches; undefined when they could not be read. */
  readonly contentHash?: string;
  /** The why-link targets the result depends on besides the file itself. */
  readonly links: readonly LinkDependency[];
  /** Why a file that was read is not a plan. */
  readonly notPlan?: NotPlanReason;
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

const boundaries = new Map<string, string>();

/**
 * The CLI's workspace for a plan, which its links may not leave: the repository it is in (the nearest
 * folder up holding `.git`) or the nearest folder whose config file says `"root": true`; outside any,
 * the outermost of the folders named on the command line and the current folder that holds it, else
 * the plan's own folder. Which folder the command is run from never narrows it.
 */
export function planBoundary(file: string, settings: Pick<RunSettings, 'cwd' | 'folders'>): string {
  const dir = path.dirname(file);
  const key = [dir, settings.cwd, ...(settings.folders ?? [])].join('\0');
  let boundary = boundaries.get(key);
  if (boundary === undefined) {
    const holders = [...(settings.folders ?? []), settings.cwd].filter((f) => isInside(f, file)).sort((a, b) => a.length - b.length);
    boundary = enclosingRoot(dir) ?? holders[0] ?? dir;
    boundaries.set(key, boundary);
  }
  return boundary;
}

/** The resolver the CLI checks a plan with: links that leave the plan's boundary are never read, as in the editor. */
export function planLinkResolver(file: string, settings: RunSettings, plan?: PlanConfig): LinkResolver {
  return fileLinkResolver({ planPath: file, roots: [planBoundary(file, settings)], maxBytes: settings.maxFileSize, plan });
}

/** A stable text for what a resolver answered, so a later run can tell whether the answer changed. */
export function describeTarget(info: LinkTargetInfo | undefined): string {
  if (info === undefined) return 'unknown';
  if (info.kind !== 'file') return info.kind;
  const sorted = (set: ReadonlySet<string> | undefined) => (set === undefined ? null : [...set].sort());
  return JSON.stringify(info.purposes ? { slugs: sorted(info.slugs), purposes: sorted(info.purposes) } : sorted(info.slugs));
}

/** Why a file the gate refused was not checked, as an input error's message. */
function refusedMessage(place: Exclude<Place, { kind: 'file' }>): string {
  switch (place.kind) {
    case 'outside':
      return 'This is a symlink to a file outside the workspace (the repository); it was not read.';
    case 'special':
      return `This is ${place.what}, not a regular file; it was not read.`;
    case 'folder':
      return 'This is a folder, not a file.';
    case 'missing':
      return 'Cannot read the file (ENOENT).';
    case 'unreadable':
      return `Cannot read the file (${place.code}).`;
  }
}

/** Checks one file; whatever goes wrong with it is its own input error, and never stops the run. */
export function checkFile(file: string, settings: RunSettings, configs: CliConfigs): FileOutcome {
  try {
    return checkFileDocument(file, settings, configs).outcome;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { errors: [{ path: displayPath(settings.cwd, file), message: `This file could not be checked (${message}); the other files were.` }], links: [] };
  }
}

/** Reads one file through the read gate and checks it; for a plan, also the check it came from. */
export function checkFileDocument(file: string, settings: RunSettings, configs: CliConfigs): BytesCheck {
  // As in the editor: a plan over the limit is not read whole, nor parsed; here that is an input error, as the check is incomplete.
  const limit = settings.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const read = readPlanFile(file, [planBoundary(file, settings)], limit);
  if (read.kind === 'refused') return { outcome: { errors: [{ path: displayPath(settings.cwd, file), message: refusedMessage(read.place) }], links: [] } };
  if (read.kind === 'too-large') return { outcome: tooLargeOutcome(file, read.head, read.size, settings, configs) };
  return checkBytes(file, read.bytes, settings, configs);
}

/** A file's outcome, and for a plan the check it came from (its plan and findings with their data, for --fix). */
export interface BytesCheck {
  readonly outcome: FileOutcome;
  readonly document?: DocumentCheck;
}

/** A file over the size limit: an input error when its start shows it is a plan, else nothing. */
function tooLargeOutcome(file: string, head: Buffer, size: number, settings: RunSettings, configs: CliConfigs): FileOutcome {
  const { config, relativePath } = configs.for(file);
  const limit = settings.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (head.includes(0)) return { errors: [{ path: displayPath(settings.cwd, file), message: BINARY_FILE_MESSAGE }], links: [] };
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const errors = skippedFileIsPlan(text, relativePath, config) ? [{ path: displayPath(settings.cwd, file), message: tooLargeMessage(size, limit, 'the limit with --max-file-size BYTES') }] : [];
  return { errors, links: [] };
}

/** Checks the bytes of a file (read from disk, or standard input standing for that path); binary bytes (NUL) are an input error. */
export function checkBytes(file: string, bytes: Buffer, settings: RunSettings, configs: CliConfigs): BytesCheck {
  const where = displayPath(settings.cwd, file);
  const { config, relativePath } = configs.for(file);
  const limit = settings.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // The server's gate: a byte order mark dropped, as editors do; too large, or binary bytes, skipped.
  const gate = gateText(bytes.toString('utf8'), limit, 'the limit with --max-file-size BYTES', bytes.length);
  if ('skipped' in gate && gate.skipped.code === BINARY_FILE) return { outcome: { errors: [{ path: where, message: gate.skipped.message }], links: [] } };
  const contentHash = settings.cache ? sha256(bytes) : undefined;
  if ('skipped' in gate) {
    const errors = skippedFileIsPlan(bytes.toString('utf8'), relativePath, config) ? [{ path: where, message: gate.skipped.message }] : [];
    return { outcome: { errors, contentHash, links: [] } };
  }
  const { text } = gate;
  const errors: InputError[] = [];
  const links = new Map<string, string>();
  const resolve = planLinkResolver(file, settings, { config, relativePath });
  const result = checkDocument(text, {
    config,
    today: settings.today,
    relativePath,
    resolveLink: (target) => {
      const info = resolve(target);
      links.set(target, describeTarget(info));
      return info;
    },
    onRuleError: (ruleId, error) => errors.push({ path: where, message: `Rule ${ruleId} failed (${error instanceof Error ? error.message : String(error)}); please report this.` }),
  });
  if (!result.isPlan) return { outcome: { errors, contentHash, links: [], notPlan: result.notPlan } };
  const lines = result.plan.lines;
  const findings = result.findings.map((f): LocatedFinding => {
    const start = lines.positionAt(f.span.start);
    const end = lines.positionAt(f.span.end);
    return { ruleId: f.ruleId, severity: f.severity, message: f.message, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  });
  return { outcome: { findings, errors, contentHash, links: [...links] }, document: result };
}
