// The command line: `mentoring-plans check|new|init`. Bad input is one clear line and exit code 2,
// never a stack trace. The same bundle is also the worker thread of large checks (parallel.ts).

import { parseArgs } from 'node:util';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { todayIso } from '../core/dates';
import { parseMaxFileSize } from '../core/size-limit';
import type { Severity } from '../data/catalogue';
import { agendaCommand } from './agenda-command';
import { isReportFormat, reportCommand, REPORT_FORMATS } from './caseload-command';
import { checkCommand, EXIT_OK, EXIT_USAGE, type FailOn } from './check';
import { isFormat } from './formats';
import { initConfig } from './init';
import { newPlan, planFileName } from './new';
import { isWorkerTask, runWorker } from './parallel';
import { VERSION } from './report';
import { USAGE } from './usage';

class UsageError extends Error {}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'information', 'hint', 'none'];

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  'max-file-size': { type: 'string' },
  today: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  config: { type: 'string', short: 'c' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function parseToday(value: string | undefined): string {
  if (value === undefined) return todayIso();
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--today must be a real date written YYYY-MM-DD, not "${value}".`);
  }
  return value;
}

async function run(argv: readonly string[]): Promise<number> {
  const write = (s: string): void => void process.stdout.write(s);
  const warn = (s: string): void => void process.stderr.write(s);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's own messages go on to explain `--`; the first sentence is the useful part.
    throw new UsageError(error instanceof Error ? (/^[^]*?\.(?=\s|$)/.exec(error.message)?.[0] ?? error.message) : String(error));
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
      const formatName = values.format ?? 'stylish';
      if (!isFormat(formatName)) throw new UsageError(`--format must be stylish, json, sarif or github, not "${formatName}".`);
      const failOn = (values['fail-on'] ?? 'warning') as FailOn;
      if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not "${values['fail-on']}".`);
      let maxWarnings: number | undefined;
      if (values['max-warnings'] !== undefined) {
        maxWarnings = Number(values['max-warnings']);
        if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings must be a whole number, not "${values['max-warnings']}".`);
      }
      const maxFileSize = values['max-file-size'] === undefined ? undefined : parseMaxFileSize(values['max-file-size']);
      if (values['max-file-size'] !== undefined && maxFileSize === undefined) throw new UsageError(`--max-file-size must be a whole number of bytes above 0, not "${values['max-file-size']}".`);
      return checkCommand(
        {
          paths: rest,
          cwd,
          today: parseToday(values.today),
          format: formatName,
          failOn: failOn as Severity | 'none',
          maxWarnings,
          quiet: values.quiet ?? false,
          configPath: values.config,
          colour: formatName === 'stylish' && !!process.stdout.isTTY && !process.env.NO_COLOR,
          maxFileSize,
          cache: values.cache ?? false,
          cacheLocation: values['cache-location'],
          workerScript: __filename,
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
      if (rest.length !== 1) throw new UsageError('new takes one NAME, such as: mentoring-plans new priya');
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
