// `mentoring-plans check [paths or globs…]`: the same checkDocument the language server runs, over
// files on disk, then one output format and an exit code.

import { readFileSync } from 'node:fs';
import { checkDocument } from '../core/check';
import { DEFAULT_MAX_FILE_SIZE, skippedFileIsPlan, tooLarge, tooLargeMessage } from '../core/size-limit';
import { LineIndex } from '../core/text';
import type { Severity } from '../data/catalogue';
import { fileLinkResolver } from '../node/file-links';
import { CliConfigs } from './configs';
import { format, type FormatName } from './formats';
import { collectInputs, displayPath } from './inputs';
import { countBySeverity, errorLine, type CheckedFile, type InputError, type LocatedFinding, type Report } from './report';

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
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

/** Reads a file as text; binary files (NUL bytes) and unreadable ones are input errors. */
function readText(file: string): string | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { error: `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).` };
  }
  if (bytes.includes(0)) return { error: 'This is a binary file, not markdown; it was skipped.' };
  // Editors drop a byte order mark before handing the text to the server; so do we.
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

export function runChecks(options: CheckOptions): Report {
  const inputs = collectInputs(options.paths, options.cwd);
  const configs = new CliConfigs(options.cwd, options.configPath);
  const errors: InputError[] = [...inputs.errors];
  const files: CheckedFile[] = [];
  for (const file of inputs.files) {
    const { config, relativePath } = configs.for(file);
    const text = readText(file);
    if (typeof text !== 'string') {
      errors.push({ path: displayPath(options.cwd, file), message: text.error });
      continue;
    }
    // As in the editor: a plan over the limit is not parsed; here that is an input error, as the check is incomplete.
    const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (tooLarge(text, limit)) {
      if (skippedFileIsPlan(text, relativePath, config)) errors.push({ path: displayPath(options.cwd, file), message: tooLargeMessage(text, limit, 'the limit with --max-file-size BYTES') });
      continue;
    }
    const result = checkDocument(text, {
      config,
      today: options.today,
      relativePath,
      // As in the editor, links that leave the current folder (the workspace) are never read.
      resolveLink: fileLinkResolver({ planPath: file, roots: displayPath(options.cwd, file).startsWith('../') ? [] : [options.cwd] }),
      onRuleError: (ruleId, error) => errors.push({ path: displayPath(options.cwd, file), message: `Rule ${ruleId} failed (${error instanceof Error ? error.message : String(error)}); please report this.` }),
    });
    if (!result.isPlan) continue;
    const lines = new LineIndex(text);
    const findings: LocatedFinding[] = result.findings
      .filter((f) => !options.quiet || f.severity === 'error')
      .map((f) => {
        const start = lines.positionAt(f.span.start);
        const end = lines.positionAt(f.span.end);
        return { ruleId: f.ruleId, severity: f.severity, message: f.message, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
      });
    files.push({ path: displayPath(options.cwd, file), findings });
  }
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

export function checkCommand(options: CheckOptions, out: { stdout: (s: string) => void; stderr: (s: string) => void }): number {
  const report = runChecks(options);
  for (const e of report.errors) out.stderr(`mentoring-plans: ${errorLine(e)}\n`);
  out.stdout(format(options.format, report, { colour: options.colour }));
  return exitCode(report, options);
}

