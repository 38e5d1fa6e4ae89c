// `mentoring-plans check [paths or globs…]`: the same checkDocument the language server runs, over
// files on disk, then one output format and an exit code.

import type { Severity } from '../data/catalogue';
import { CheckCache, cacheFilePath, configKey } from './cache';
import type { FileOutcome, RunSettings } from './check-file';
import { CliConfigs } from './configs';
import { format, type FormatName } from './formats';
import { collectInputs, displayPath } from './inputs';
import { checkFiles } from './parallel';
import { countBySeverity, errorLine, type CheckedFile, type InputError, type Report } from './report';

export type FailOn = Severity | 'none';

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly today: string;
  readonly format: FormatName;
  readonly failOn: FailOn;
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  readonly configPath?: string;
  readonly colour: boolean;
  /** Plans larger than this many bytes are skipped with an input error (default 4 MB). */
  readonly maxFileSize?: number;
  /** Reuse the results of an earlier run for files that have not changed. */
  readonly cache: boolean;
  /** The cache file, or a folder for it (default: node_modules/.cache/mentoring-plans). */
  readonly cacheLocation?: string;
  /** The script worker threads run: this bundle. Without it, every file is checked on this thread. */
  readonly workerScript?: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

interface Output {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

export async function runChecks(options: CheckOptions, out: Output): Promise<Report> {
  const inputs = collectInputs(options.paths, options.cwd);
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
  inputs.files.forEach((file, i) => {
    let outcome = outcomes[i];
    if (outcome === undefined) {
      outcome = checked[next++];
      cache?.remember(file, configKeys[i], outcome);
    }
    errors.push(...outcome.errors);
    if (outcome.findings) files.push({ path: displayPath(options.cwd, file), findings: options.quiet ? outcome.findings.filter((f) => f.severity === 'error') : outcome.findings });
  });
  cache?.save();
  errors.push(...configs.errors);
  return { today: options.today, files, errors };
}

export function exitCode(report: Report, options: Pick<CheckOptions, 'failOn' | 'maxWarnings'>): number {
  if (report.errors.length > 0) return EXIT_USAGE;
  const counts = countBySeverity(report);
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) return EXIT_FINDINGS;
  if (options.failOn === 'none') return EXIT_OK;
  const threshold = RANK[options.failOn];
  return report.files.some((f) => f.findings.some((x) => RANK[x.severity] >= threshold)) ? EXIT_FINDINGS : EXIT_OK;
}

export async function checkCommand(options: CheckOptions, out: Output): Promise<number> {
  const report = await runChecks(options, out);
  for (const e of report.errors) out.stderr(`mentoring-plans: ${errorLine(e)}\n`);
  out.stdout(format(options.format, report, { colour: options.colour }));
  return exitCode(report, options);
}

