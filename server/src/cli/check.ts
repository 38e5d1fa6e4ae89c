// `mentoring-plans check [paths or globs…]`: the same checkDocument the language server runs, over
// files on disk, then one output format and an exit code.

import * as path from 'node:path';
import type { NotPlanReason } from '../core/check';
import type { Severity } from '../data/catalogue';
import { CheckCache, cacheFilePath, configKey } from './cache';
import { checkBytes, type FileOutcome, type RunSettings } from './check-file';
import { CliConfigs, unusableConfig } from './configs';
import { fixFiles, type FixOutcome } from './fix';
import { format, type FormatName } from './formats';
import { collectInputs, displayPath } from './inputs';
import { checkFiles } from './parallel';
import { countBySeverity, errorLine, plural, severityCounts, type CheckedFile, type InputError, type InputNotice, type LocatedFinding, type Report } from './report';

export type FailOn = Severity | 'none';

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly today: string;
  readonly format: FormatName;
  readonly failOn: FailOn;
  /** Exit 1 when there are more warnings than this; -1: no limit. */
  readonly maxWarnings: number;
  readonly quiet: boolean;
  readonly configPath?: string;
  readonly colour: boolean;
  /** Show hints in stylish and github output. */
  readonly hints: boolean;
  /** Columns stylish wraps messages to. */
  readonly width: number;
  /** Plans larger than this many bytes are skipped with an input error (default 4 MB). */
  readonly maxFileSize?: number;
  /** Reuse the results of an earlier run for files that have not changed. */
  readonly cache: boolean;
  /** The cache file, or a folder for it (default: see cache.ts). */
  readonly cacheLocation?: string;
  /** The script worker threads run: this bundle. Without it, every file is checked on this thread. */
  readonly workerScript?: string;
  /** Honour .gitignore files when walking folders (--no-ignore turns it off). */
  readonly gitignore: boolean;
  /** --fix writes the safe fixes before checking; --fix-dry-run prints them as a diff and checks nothing. */
  readonly fix?: 'write' | 'dry-run';
  /** Check this text instead of files: --stdin, with the path it stands for (--stdin-filename). */
  readonly stdin?: { readonly text: Buffer; readonly filename?: string };
}

/** What standard input is called when --stdin-filename does not name it. */
export const STDIN_NAME = '<stdin>';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export interface Output {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

/** --quiet reports errors only. */
const reported = (findings: readonly LocatedFinding[], options: Pick<CheckOptions, 'quiet'>): readonly LocatedFinding[] =>
  options.quiet ? findings.filter((f) => f.severity === 'error') : findings;

/** --stdin: the text checked as if it were the file it is named for (its globs, config and links). */
function checkStdin(stdin: NonNullable<CheckOptions['stdin']>, options: CheckOptions): Report {
  const { cwd } = options;
  const file = path.resolve(cwd, stdin.filename ?? STDIN_NAME);
  const configs = new CliConfigs(cwd, options.configPath);
  const where = stdin.filename === undefined ? STDIN_NAME : displayPath(cwd, file);
  const { outcome } = checkBytes(file, stdin.text, { cwd, today: options.today, maxFileSize: options.maxFileSize }, configs);
  const errors = [...outcome.errors.map((e) => ({ ...e, path: where })), ...configs.errors];
  const findings = outcome.findings && reported(outcome.findings, options);
  const notices = outcome.notPlan ? [{ path: where, message: NOT_PLAN[outcome.notPlan] }] : [];
  return { today: options.today, files: findings ? [{ path: where, findings }] : [], errors, seen: 1, notices };
}

export async function runChecks(options: CheckOptions, out: Output): Promise<Report> {
  if (options.stdin) return checkStdin(options.stdin, options);
  const inputs = collectInputs(options.paths, options.cwd, options.gitignore);
  const configs = new CliConfigs(options.cwd, options.configPath);
  const settings: RunSettings = { cwd: options.cwd, folders: inputs.folders, today: options.today, maxFileSize: options.maxFileSize, cache: options.cache };
  const warn = (message: string): void => out.stderr(`mentoring-plans: ${message}\n`);
  const cache = options.cache ? new CheckCache(cacheFilePath(options.cwd, options.cacheLocation), settings, warn) : undefined;
  const outcomes: (FileOutcome | undefined)[] = [];
  const configKeys: string[] = [];
  for (const file of inputs.files) {
    // Every file's config is looked up here, in input order, so config problems are reported in that order however the files are checked.
    const planConfig = configs.for(file);
    const key = cache ? configKey(planConfig) : '';
    configKeys.push(key);
    outcomes.push(cache?.lookup(file, key));
  }
  const pending = inputs.files.filter((_, i) => outcomes[i] === undefined);
  const checked = await checkFiles(pending, settings, configs, { script: options.workerScript, configPath: options.configPath, warn });
  let next = 0;
  const errors: InputError[] = [...inputs.errors];
  const files: CheckedFile[] = [];
  const notices: InputNotice[] = [];
  inputs.files.forEach((file, i) => {
    let outcome = outcomes[i];
    if (outcome === undefined) {
      outcome = checked[next++];
      cache?.remember(file, configKeys[i], outcome);
    }
    errors.push(...outcome.errors);
    if (outcome.findings) files.push({ path: displayPath(options.cwd, file), findings: reported(outcome.findings, options) });
    else if (outcome.notPlan && inputs.named.has(file)) notices.push({ path: displayPath(options.cwd, file), message: NOT_PLAN[outcome.notPlan] });
  });
  cache?.save();
  errors.push(...configs.errors);
  return { today: options.today, files, errors, seen: inputs.files.length, notices };
}

/** What a file named on the command line is told when it is not checked, as ESLint does for an ignored file. */
const NOT_PLAN: Record<NotPlanReason, string> = {
  ignored: 'Not checked: the "ignore" globs of the configuration match it.',
  unmarked: 'Not a plan, so not checked: no "files" glob matches it, and its front matter does not say "type: mentoring-plan".',
};

export interface Verdict {
  readonly code: number;
  /** Why the exit code is 1: the last line of the output. */
  readonly reason?: string;
}

export function verdict(report: Report, options: Pick<CheckOptions, 'failOn' | 'maxWarnings'>): Verdict {
  if (report.errors.length > 0) return { code: EXIT_USAGE };
  const counts = countBySeverity(report);
  if (options.maxWarnings >= 0 && counts.warning > options.maxWarnings) {
    return { code: EXIT_FINDINGS, reason: `Exit code 1: ${plural(counts.warning, 'warning', 'warnings')}, more than --max-warnings ${options.maxWarnings}.` };
  }
  if (options.failOn === 'none') return { code: EXIT_OK };
  const threshold = RANK[options.failOn];
  const failing = severityCounts(counts, SEVERITIES.filter((s) => RANK[s] >= threshold));
  if (failing.length === 0) return { code: EXIT_OK };
  return { code: EXIT_FINDINGS, reason: `Exit code 1: ${failing.join(', ')} (--fail-on ${options.failOn}).` };
}

/** The fix pass over the same files the check then reads; config problems are reported by the check. */
function runFixes(options: CheckOptions, write: boolean): FixOutcome {
  const { cwd } = options;
  return fixFiles({
    write,
    files: collectInputs(options.paths, cwd, options.gitignore).files,
    settings: { cwd, today: options.today, maxFileSize: options.maxFileSize },
    configs: new CliConfigs(cwd, options.configPath),
  });
}

export async function checkCommand(options: CheckOptions, out: Output): Promise<number> {
  const badConfig = unusableConfig(options.cwd, options.configPath);
  if (badConfig) {
    out.stderr(`mentoring-plans: ${errorLine(badConfig)}\n`);
    return EXIT_USAGE;
  }
  const fixed = options.fix ? runFixes(options, options.fix === 'write') : undefined;
  if (fixed) {
    for (const n of fixed.notices) out.stderr(`mentoring-plans: ${n.path}: ${n.message}\n`);
    for (const e of fixed.errors) out.stderr(`mentoring-plans: ${errorLine(e)}\n`);
    if (options.fix === 'dry-run') {
      out.stdout(fixed.diff);
      return EXIT_OK;
    }
  }
  const report = await runChecks(options, out);
  if (!options.quiet) for (const n of report.notices ?? []) out.stderr(`mentoring-plans: ${n.path}: ${n.message}\n`);
  for (const e of report.errors) out.stderr(`mentoring-plans: ${errorLine(e)}\n`);
  out.stdout(format(options.format, report, { colour: options.colour, hints: options.hints, width: options.width }));
  const { code, reason } = verdict(report, options);
  if (fixed && fixed.errors.length > 0) return EXIT_USAGE;
  // Machine formats keep standard output to themselves.
  if (reason) (options.format === 'stylish' ? out.stdout : out.stderr)(`${reason}\n`);
  return code;
}

