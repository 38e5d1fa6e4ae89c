// Large `check` runs spread over threads, one per core: the main thread and worker threads, each
// worker this same bundle started again (see main.ts). Every thread takes the next file from a shared
// counter, so a slow plan does not hold up the others; workers post their outcomes back by index, so
// the report keeps the input order.

import { availableParallelism } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { checkFile, type FileOutcome, type RunSettings } from './check-file';
import { CliConfigs } from './configs';

/**
 * Below this many files to check, one thread is as fast: each worker loads the bundle and warms up
 * its own compiled code, about a second of processor time, which only a large run pays back.
 */
export const PARALLEL_MIN_FILES = 200;
/** Each thread should have at least this many files. */
const FILES_PER_THREAD = 100;
/**
 * A larger young generation than V8's default: checking allocates many short-lived syntax trees, and
 * with the default size garbage collection takes a sixth of the time, a quarter less with this one.
 * Only a worker's heap can be sized once the process runs; the main thread keeps V8's default.
 */
const YOUNG_GENERATION_MB = 96;

export interface WorkerTask {
  readonly role: 'mentoring-plans-check';
  readonly files: readonly string[];
  readonly settings: RunSettings;
  readonly configPath?: string;
  /** One Int32: the index of the next file to take. */
  readonly next: SharedArrayBuffer;
}

/** A worker's one message, when it has no file left to take: the outcomes by index. */
type WorkerMessage = readonly (readonly [index: number, outcome: FileOutcome])[];

export function isWorkerTask(data: unknown): data is WorkerTask {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === 'mentoring-plans-check';
}

/**
 * How many workers to start for this many files, besides the main thread, which checks files too
 * rather than wait: a core's worth of work, and it starts at once while the workers load.
 */
export function workerCount(files: number, cores = availableParallelism()): number {
  if (files < PARALLEL_MIN_FILES || cores < 2) return 0;
  return Math.min(cores, Math.floor(files / FILES_PER_THREAD)) - 1;
}

/**
 * The worker's side: check files until none are left, then post all outcomes at once. One message
 * rather than one per file: the main thread, busy checking files of its own, reads messages only
 * once it has none left.
 */
export function runWorker(task: WorkerTask, post: (message: WorkerMessage) => void): void {
  // Config files' problems are reported by the main thread, which reads them too.
  post(takeFiles(task.files, task.next, task.settings, new CliConfigs(task.settings.cwd, task.configPath)));
}

/** Checks the next file not yet taken by any thread, until none is left. */
function takeFiles(files: readonly string[], next: SharedArrayBuffer, settings: RunSettings, configs: CliConfigs): [number, FileOutcome][] {
  const counter = new Int32Array(next);
  const outcomes: [number, FileOutcome][] = [];
  for (let index = Atomics.add(counter, 0, 1); index < files.length; index = Atomics.add(counter, 0, 1)) {
    outcomes.push([index, checkFile(files[index], settings, configs)]);
  }
  return outcomes;
}

export interface Parallelism {
  /** The script the workers run: this bundle. Undefined: every file is checked on this thread. */
  readonly script?: string;
  readonly cores?: number;
  readonly configPath?: string;
  readonly warn: (message: string) => void;
}

/**
 * Checks the files, on this thread and worker threads when there are enough of them, and returns
 * the outcomes in the files' order. Should a worker fail, the files it did not finish are checked
 * here, so a run never loses a file.
 */
export async function checkFiles(files: readonly string[], settings: RunSettings, configs: CliConfigs, parallelism: Parallelism): Promise<FileOutcome[]> {
  const { script } = parallelism;
  const count = script === undefined ? 0 : workerCount(files.length, parallelism.cores);
  if (script === undefined || count === 0) return files.map((file) => checkFile(file, settings, configs));
  const outcomes: (FileOutcome | undefined)[] = new Array<FileOutcome | undefined>(files.length);
  const task: WorkerTask = { role: 'mentoring-plans-check', files, settings, configPath: parallelism.configPath, next: new SharedArrayBuffer(4) };
  const options: WorkerOptions = { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
  const failures: string[] = [];
  const runs = Array.from(
    { length: count },
    () =>
      new Promise<void>((resolve) => {
        let done = false;
        const worker = new Worker(script, options);
        worker.on('message', (message: WorkerMessage) => {
          for (const [index, outcome] of message) outcomes[index] = outcome;
          done = true;
          // Its outcomes are in; the run need not wait for the thread to wind down.
          worker.unref();
          resolve();
        });
        // An error while winding down, after its outcomes are in, costs no file.
        worker.on('error', (error) => {
          if (!done) failures.push(error.message);
        });
        worker.on('exit', (code) => {
          if (!done && failures.length === 0) failures.push(`exit code ${code}`);
          resolve();
        });
      }),
  );
  // The workers load while this thread already checks; their messages wait until it has no file left.
  for (const [index, outcome] of takeFiles(files, task.next, settings, configs)) outcomes[index] = outcome;
  await Promise.all(runs);
  if (failures.length > 0) parallelism.warn(`a worker thread stopped (${failures[0]}); its files were checked on the main thread.`);
  return outcomes.map((outcome, i) => outcome ?? checkFile(files[i], settings, configs));
}
