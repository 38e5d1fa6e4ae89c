// The work done for one file of `check`, shared by the single-threaded run and the worker threads:
// read it, check it, locate its findings. Everything it returns is plain data, so a worker can post
// it and the cache can store it.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { checkDocument } from '../core/check';
import type { LinkResolver, LinkTargetInfo } from '../core/links';
import { DEFAULT_MAX_FILE_SIZE, skippedFileIsPlan, tooLarge, tooLargeMessage } from '../core/size-limit';
import { fileLinkResolver } from '../node/file-links';
import type { CliConfigs } from './configs';
import { displayPath } from './inputs';
import type { InputError, LocatedFinding } from './report';

/** What every file of one run is checked with. */
export interface RunSettings {
  readonly cwd: string;
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
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The resolver the CLI checks a plan with: links that leave the current folder (the workspace) are never read, as in the editor. */
export function planLinkResolver(file: string, cwd: string): LinkResolver {
  return fileLinkResolver({ planPath: file, roots: displayPath(cwd, file).startsWith('../') ? [] : [cwd] });
}

/** A stable text for what a resolver answered, so a later run can tell whether the answer changed. */
export function describeTarget(info: LinkTargetInfo | undefined): string {
  if (info === undefined) return 'unknown';
  if (info.kind !== 'file') return info.kind;
  return JSON.stringify(info.slugs === undefined ? null : [...info.slugs].sort());
}

/** Reads a file as text; binary files (NUL bytes) and unreadable ones are input errors. */
export function readBytes(file: string): Buffer | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { error: `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).` };
  }
  if (bytes.includes(0)) return { error: 'This is a binary file, not markdown; it was skipped.' };
  return bytes;
}

export function checkFile(file: string, settings: RunSettings, configs: CliConfigs): FileOutcome {
  const where = displayPath(settings.cwd, file);
  const { config, relativePath } = configs.for(file);
  const bytes = readBytes(file);
  if (!Buffer.isBuffer(bytes)) return { errors: [{ path: where, message: bytes.error }], links: [] };
  const contentHash = settings.cache ? sha256(bytes) : undefined;
  // Editors drop a byte order mark before handing the text to the server; so do we.
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  // As in the editor: a plan over the limit is not parsed; here that is an input error, as the check is incomplete.
  const limit = settings.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (tooLarge(text, limit)) {
    const errors = skippedFileIsPlan(text, relativePath, config) ? [{ path: where, message: tooLargeMessage(text, limit, 'the limit with --max-file-size BYTES') }] : [];
    return { errors, contentHash, links: [] };
  }
  const errors: InputError[] = [];
  const links = new Map<string, string>();
  const resolve = planLinkResolver(file, settings.cwd);
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
  if (!result.isPlan) return { errors, contentHash, links: [] };
  const lines = result.plan.lines;
  const findings = result.findings.map((f): LocatedFinding => {
    const start = lines.positionAt(f.span.start);
    const end = lines.positionAt(f.span.end);
    return { ruleId: f.ruleId, severity: f.severity, message: f.message, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  });
  return { findings, errors, contentHash, links: [...links] };
}
