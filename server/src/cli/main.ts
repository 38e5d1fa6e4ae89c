// The command line: `mentoring-plans check|new|init`. Bad input is one clear line and exit code 2,
// never a stack trace. The same bundle is also the worker thread of large checks (parallel.ts).

import { parseArgs } from 'node:util';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { todayIso } from '../core/dates';
import { parseMaxFileSize } from '../core/size-limit';
import { agendaCommand } from './agenda-command';
import { isReportFormat, reportCommand, REPORT_FORMATS } from './caseload-command';
import { checkCommand, EXIT_OK, EXIT_USAGE, type FailOn } from './check';
import { formatNamed } from './formats';
import { initConfig } from './init';
import { newPlan, planFileName } from './new';
import { isWorkerTask, runWorker } from './parallel';
import { printConfig } from './print-config';
import { VERSION } from './report';
import { colourWanted, terminalWidth } from './terminal';
import { USAGE } from './usage';

class UsageError extends Error {}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  hints: { type: 'boolean' },
  'max-file-size': { type: 'string' },
  today: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  config: { type: 'string', short: 'c' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'no-ignore': { type: 'boolean' },
  'print-config': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Severity names as people type them: any case, `warn` and `info` too. */
const SEVERITY_ALIASES: Readonly<Record<string, FailOn>> = { error: 'error', warning: 'warning', warn: 'warning', information: 'information', info: 'information', hint: 'hint', none: 'none' };

function parseFailOn(value: string | undefined): FailOn {
  if (value === undefined) return 'error';
  const failOn = SEVERITY_ALIASES[value.toLowerCase()];
  if (!failOn) throw new UsageError(`--fail-on must be error, warning, information, hint or none, not "${value}".`);
  return failOn;
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^(?:\d+|-1)$/.test(value)) throw new UsageError(`--max-warnings must be a whole number, or -1 for no limit, not "${value}".`);
  return Number(value);
}

function parseToday(value: string | undefined): string {
  if (value === undefined) return todayIso();
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--today must be a real date written YYYY-MM-DD, not "${value}".`);
  }
  return value;
}

/** Node's messages for bad options, as one sentence naming the option; they go on to explain `--`, which is no help here. */
function argumentError(message: string): string {
  const option = /^Option '([^']+?)(?: <value>)?'/.exec(message)?.[1];
  if (option && / argument missing/.test(message)) return `${option} needs a value.`;
  if (option && / does not take an argument/.test(message)) return `${option} takes no value.`;
  if (option && / argument is ambiguous/.test(message)) return `${option} needs a value; write ${option.replace(/^-\w, /, '')}=VALUE for a value that starts with a dash.`;
  return /^[^]*?\.(?=\s|$)/.exec(message)?.[0] ?? `${message}.`;
}

/** Node reads `--max-warnings -1` as an option with no value; a number after an option is its value. */
function joinNegativeNumbers(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (/^--[a-z-]+$/.test(argv[i]) && /^-\d+$/.test(argv[i + 1] ?? '')) out.push(`${argv[i]}=${argv[++i]}`);
    else out.push(argv[i]);
  }
  return out;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function run(argv: readonly string[]): Promise<number> {
  const write = (s: string): void => void process.stdout.write(s);
  const warn = (s: string): void => void process.stderr.write(s);
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeNumbers(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(argumentError(error instanceof Error ? error.message : String(error)));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    write(`${VERSION}\n`);
    return EXIT_OK;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    write(USAGE);
    return EXIT_OK;
  }
  const cwd = process.cwd();
  switch (command) {
    case 'check': {
      const formatName = formatNamed(values.format ?? 'stylish');
      if (!formatName) throw new UsageError(`--format must be stylish, json, sarif or github, not "${values.format}".`);
      if (values.color && values['no-color']) throw new UsageError('--color and --no-color cannot both be given.');
      if (values['print-config'] !== undefined) {
        if (rest.length > 0) throw new UsageError('--print-config takes one PATH and checks nothing; leave out the other paths.');
        return printConfig(values['print-config'], cwd, values.config, { stdout: write, stderr: warn });
      }
      if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename names the text read with --stdin; add --stdin.');
      if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot both be given.');
      if (values.stdin && (values.fix || values['fix-dry-run'])) throw new UsageError(`--${values.fix ? 'fix' : 'fix-dry-run'} works on files; it cannot be used with --stdin.`);
      if (values.stdin && rest.length > 0) throw new UsageError('--stdin checks standard input only; leave out the paths, or name the file with --stdin-filename.');
      const maxFileSize = values['max-file-size'] === undefined ? undefined : parseMaxFileSize(values['max-file-size']);
      if (values['max-file-size'] !== undefined && maxFileSize === undefined) throw new UsageError(`--max-file-size must be a whole number of bytes above 0, not "${values['max-file-size']}".`);
      return checkCommand(
        {
          paths: rest,
          cwd,
          today: parseToday(values.today),
          format: formatName,
          failOn: parseFailOn(values['fail-on']),
          maxWarnings: parseMaxWarnings(values['max-warnings']),
          quiet: values.quiet ?? false,
          configPath: values.config,
          colour: formatName === 'stylish' && colourWanted(values.color ? true : values['no-color'] ? false : undefined, process.env, process.stdout),
          hints: values.hints ?? false,
          width: terminalWidth(process.env, process.stdout),
          maxFileSize,
          cache: values.cache ?? false,
          cacheLocation: values['cache-location'],
          workerScript: __filename,
          gitignore: !values['no-ignore'],
          fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined,
          stdin: values.stdin ? { text: await readStdin(), filename: values['stdin-filename'] } : undefined,
        },
        { stdout: write, stderr: warn },
      );
    }
    case 'report': {
      const formatName = values.format ?? 'markdown';
      if (!isReportFormat(formatName)) throw new UsageError(`--format for report must be ${REPORT_FORMATS.join(', ')}, not "${formatName}".`);
      return reportCommand({ paths: rest, cwd, today: parseToday(values.today), format: formatName, configPath: values.config }, { stdout: write, stderr: warn });
    }
    case 'agenda': {
      if (rest.length !== 1) throw new UsageError('agenda takes one PLAN, such as: mentoring-plans agenda mentees/priya.plan.md');
      return agendaCommand({ plan: rest[0], cwd, today: parseToday(values.today), configPath: values.config }, { stdout: write, stderr: warn });
    }
    case 'new': {
      if (rest.length !== 1) throw new UsageError('new takes one NAME, such as: mentoring-plans new priya.');
      const result = newPlan(rest[0], cwd, parseToday(values.today));
      if ('error' in result) {
        warn(`mentoring-plans: ${result.error}\n`);
        return EXIT_USAGE;
      }
      write(`Wrote ${planFileName(rest[0])}\n`);
      return EXIT_OK;
    }
    case 'init': {
      if (rest.length > 0) throw new UsageError('init takes no arguments; it writes .mentoring-plans.json in the current folder.');
      const result = initConfig(cwd);
      if ('error' in result) {
        warn(`mentoring-plans: ${result.error}\n`);
        return EXIT_USAGE;
      }
      write('Wrote .mentoring-plans.json\n');
      return EXIT_OK;
    }
    case undefined:
      throw new UsageError('name a command: check, report, agenda, new or init.');
    default:
      throw new UsageError(`"${command}" is not a command; use check, report, agenda, new or init.`);
  }
}

if (!isMainThread && isWorkerTask(workerData)) {
  runWorker(workerData, (message) => parentPort?.postMessage(message));
} else {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) process.stderr.write(`mentoring-plans: ${error.message} Run mentoring-plans --help for usage.\n`);
      else process.stderr.write(`mentoring-plans: internal error: ${error instanceof Error ? error.message : String(error)}. Please report this.\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
