// The performance benchmark (`npm run bench`): core against the parse floor, scaling, editor latency
// over LSP, CLI against markdownlint-cli2, server memory on a large workspace, bundle sizes and start.
// Prints a markdown table and writes bench/results.json. Each figure: median, min and max of several runs.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkDocument } from '../server/src/core/check';
import { clearChunkCache } from '../server/src/core/chunked-parse';
import { DEBOUNCE_MS } from '../server/src/service/plan-service';
import { OVERVIEW_REQUEST, PLANS_CHANGED_NOTIFICATION, type OverviewResult } from '../server/src/protocol';
import { TestClient } from '../test/support/lsp-client';
import { BENCH_TODAY, corpus, generatePlan, longPlan, OUT, Random, SESSION_LOG_PLANS, typicalPlan, writeAll, writeCorpus } from './generate';

const ROOT = path.resolve(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Figure {
  readonly name: string;
  readonly unit: string;
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly target?: string;
  readonly met?: boolean;
  readonly note?: string;
}

const figures: Figure[] = [];

function stats(values: readonly number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function record(name: string, unit: string, values: readonly number[] | null, target?: { text: string; ok: (median: number) => boolean }, note?: string): void {
  if (!values || values.length === 0) {
    figures.push({ name, unit, median: null, min: null, max: null, target: target?.text, note });
    return;
  }
  const s = stats(values);
  figures.push({ name, unit, ...s, target: target?.text, met: target ? target.ok(s.median) : undefined, note });
  console.error(`  ${name}: ${s.median.toFixed(3)} ${unit}`);
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Processor time of this process (user plus system, every thread), ms: less disturbed than wall time on a shared machine. */
function cpuTime(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const floor = unified().use(remarkParse);

// ---- 1 and 2: the core in this process

function coreAgainstFloor(label: string, texts: readonly string[], target = 1.3): void {
  const parse = (): void => {
    for (const t of texts) floor.parse(t);
  };
  // Cold: the chunk cache is cleared so the check parses everything, as it would a file it never saw.
  const check = (): void => {
    clearChunkCache();
    for (const t of texts) checkDocument(t, { today: BENCH_TODAY, relativePath: 'bench.plan.md' });
  };
  parse();
  check();
  const ratios: number[] = [];
  const parses: number[] = [];
  const checks: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const p = cpuTime(parse);
    const c = cpuTime(check);
    parses.push(p);
    checks.push(c);
    ratios.push(c / p);
  }
  record(`${label}: bare remark parse, CPU`, 'ms', parses);
  record(`${label}: full check (cold), CPU`, 'ms', checks);
  record(`${label}: check / parse`, '×', ratios, { text: `≤ ${target.toFixed(1)}`, ok: (m) => m <= target });
}

function scaling(): void {
  const sizes = [1, 4, 16].map((k) => generatePlan(new Random(77), { goals: 60 * k, sessionYears: k }));
  const exponents: number[] = [];
  const perSize: number[][] = sizes.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    const ms = sizes.map((t, i) => {
      clearChunkCache();
      const v = time(() => checkDocument(t, { today: BENCH_TODAY, relativePath: 'bench.plan.md' }));
      perSize[i].push(v);
      return v;
    });
    // Least-squares slope of log(time) against log(size).
    const xs = sizes.map((t) => Math.log(t.length));
    const ys = ms.map((v) => Math.log(v));
    const mx = xs.reduce((a, b) => a + b) / xs.length;
    const my = ys.reduce((a, b) => a + b) / ys.length;
    exponents.push(xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0));
  }
  sizes.forEach((t, i) => record(`scaling: check at ${[1, 4, 16][i]}× (${Math.round(t.length / 1024)} KB)`, 'ms', perSize[i]));
  record('scaling: growth exponent', '', exponents, { text: '≤ 1.1', ok: (m) => m <= 1.1 });
}

// ---- 3: editor latency over LSP

/** Typing: one character inserted at the end of a random line, as a full-text change (the server syncs full text). */
function edits(text: string, count: number, seed: number): string[] {
  const r = new Random(seed);
  const out: string[] = [];
  let current = text;
  for (let i = 0; i < count; i++) {
    const lines = current.split('\n');
    const line = r.int(0, lines.length - 1);
    lines[line] += r.pick(['s', 'e', ' ', 'x']);
    current = lines.join('\n');
    out.push(current);
  }
  return out;
}

/** The first edits after the server starts run before the JIT has compiled the check; they are a figure of their own. */
const WARM_UP_EDITS = 40;

async function editorLatency(): Promise<void> {
  const client = new TestClient();
  try {
    const init = await client.initialize();
    const caps = init.capabilities;
    for (const [label, text, count] of [['typical plan', typicalPlan(), 40], ['long plan', longPlan(), 40]] as const) {
      const uri = pathToFileURL(path.join(OUT, `${label.replace(' ', '-')}.plan.md`)).href;
      await client.open(uri, text);
      await client.diagnosticsFor(uri, 1);
      // The typical plan is the first document after start: its first edits are the cold figure.
      const warmUp = label === 'typical plan' ? WARM_UP_EDITS : 0;
      const cold: number[] = [];
      const latencies: number[] = [];
      for (const [i, next] of edits(text, warmUp + count, 11).entries()) {
        // From before the change is serialised to after the diagnostics are parsed: both client costs are in.
        const start = performance.now();
        const version = await client.change(uri, next);
        await client.diagnosticsFor(uri, version);
        (i < warmUp ? cold : latencies).push(performance.now() - start - DEBOUNCE_MS);
      }
      if (cold.length > 0) {
        figures.push({ name: `LSP ${label}: first ${cold.length} edits after start, p50 / p95 (debounce subtracted)`, unit: 'ms', ...stats([percentile(cold, 50)]), note: `p95 ${percentile(cold, 95).toFixed(1)}; min ${stats(cold).min.toFixed(1)}, max ${stats(cold).max.toFixed(1)}` });
        console.error(`  LSP ${label}, first ${cold.length} edits: p50 ${percentile(cold, 50).toFixed(1)} p95 ${percentile(cold, 95).toFixed(1)} ms`);
      }
      const target = label === 'typical plan' ? 10 : 100;
      figures.push({ name: `LSP ${label}: didChange → diagnostics p50 (debounce subtracted)`, unit: 'ms', ...stats([percentile(latencies, 50)]), note: `${count} edits${warmUp ? ` after ${warmUp}` : ''}; min ${stats(latencies).min.toFixed(1)}, max ${stats(latencies).max.toFixed(1)}` });
      const p95 = percentile(latencies, 95);
      figures.push({ name: `LSP ${label}: didChange → diagnostics p95`, unit: 'ms', median: p95, min: stats(latencies).min, max: stats(latencies).max, target: `< ${target}`, met: p95 < target });
      console.error(`  LSP ${label}: p50 ${percentile(latencies, 50).toFixed(1)} p95 ${p95.toFixed(1)} ms`);
    }
    await requestsWhileBusy(client, caps.hoverProvider ? 'hover' : undefined, caps.completionProvider ? 'completion' : undefined);
  } finally {
    await client.shutdown();
  }
}

/** Hover and completion on a small plan while the long plan is being checked. */
async function requestsWhileBusy(client: TestClient, ...methods: (string | undefined)[]): Promise<void> {
  const small = pathToFileURL(path.join(OUT, 'small.plan.md')).href;
  const long = pathToFileURL(path.join(OUT, 'long-plan.plan.md')).href;
  const smallText = typicalPlan();
  await client.open(small, smallText);
  await client.diagnosticsFor(small, 1);
  const lines = smallText.split('\n');
  const goalLine = lines.findIndex((l) => l.startsWith('### ') && lines.indexOf('## Goals') < lines.indexOf(l));
  for (const [name, method] of [['hover', 'textDocument/hover'], ['completion', 'textDocument/completion']] as const) {
    if (!methods.includes(name)) {
      record(`LSP ${name} on a small plan while the long plan is checked`, 'ms', null, { text: '< 50', ok: () => false }, 'the server does not advertise this capability yet');
      continue;
    }
    const latencies: number[] = [];
    let text = longPlan();
    for (let i = 0; i < RUNS; i++) {
      text += ' ';
      const version = await client.change(long, text);
      // Ask just after the debounce fires, when the long plan's check is running.
      await new Promise((r) => setTimeout(r, DEBOUNCE_MS + 5));
      const position = name === 'hover' ? { line: goalLine, character: 6 } : { line: goalLine + 2, character: 2 };
      const start = performance.now();
      await client.request(method, { textDocument: { uri: small }, position });
      latencies.push(performance.now() - start);
      await client.diagnosticsFor(long, version);
    }
    record(`LSP ${name} on a small plan while the long plan is checked`, 'ms', latencies, { text: '< 50', ok: (m) => m < 50 });
  }
}

// ---- 4: CLI against markdownlint-cli2, and the bare parse, each as a whole process

interface ProcessTime {
  readonly wall: number;
  /** User plus system time of the process and its threads, ms. */
  readonly cpu: number;
}

const TIME_FILE = path.join(OUT, 'time.txt');

/** Wall and processor time of one run of a command, from /usr/bin/time (Node's spawnSync reports no child's CPU). */
function measure(command: string, args: readonly string[], cwd: string): ProcessTime {
  const start = performance.now();
  spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', TIME_FILE, command, ...args], { cwd, stdio: 'ignore' });
  const wall = performance.now() - start;
  const [user, system] = readFileSync(TIME_FILE, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
  return { wall, cpu: (user + system) * 1000 };
}

function wall(command: string, args: readonly string[], cwd: string): number {
  return measure(command, args, cwd).wall;
}

/** The three processes in turn, RUNS times, so every ratio compares runs made side by side. */
function processesSideBySide(label: string, corpusDir: string): void {
  const cli = path.join(ROOT, 'dist/cli.js');
  const markdownlint = path.join(ROOT, 'node_modules/.bin/markdownlint-cli2');
  const runs: { parse: ProcessTime; mdl: ProcessTime; cli: ProcessTime }[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push({
      parse: measure(process.execPath, [path.join(__dirname, 'bare-parse.mjs'), corpusDir], corpusDir),
      mdl: measure(markdownlint, ['**/*.md'], corpusDir),
      cli: measure(process.execPath, [cli, 'check', '--today', BENCH_TODAY, '.'], corpusDir),
    });
  }
  const of = (pick: (r: (typeof runs)[number]) => number): number[] => runs.map(pick);
  record(`${label}: bare remark parse, wall / CPU`, 'ms', of((r) => r.parse.wall), undefined, cpuNote(of((r) => r.parse.cpu)));
  record(`${label}: markdownlint-cli2, wall / CPU`, 'ms', of((r) => r.mdl.wall), undefined, cpuNote(of((r) => r.mdl.cpu)));
  record(`${label}: CLI check, wall / CPU`, 'ms', of((r) => r.cli.wall), undefined, cpuNote(of((r) => r.cli.cpu)));
  record(`${label}: CLI / markdownlint-cli2, wall`, '×', of((r) => r.cli.wall / r.mdl.wall), { text: '≤ 0.6', ok: (m) => m <= 0.6 });
  record(`${label}: CLI / markdownlint-cli2, CPU`, '×', of((r) => r.cli.cpu / r.mdl.cpu), { text: '≤ 0.8', ok: (m) => m <= 0.8 });
  record(`${label}: CLI / bare parse, CPU`, '×', of((r) => r.cli.cpu / r.parse.cpu));
}

function cpuNote(cpu: readonly number[]): string {
  const s = stats(cpu);
  return `CPU ${s.median.toFixed(0)} ms (${s.min.toFixed(0)} – ${s.max.toFixed(0)})`;
}

function cliAgainstMarkdownlint(corpusDir: string, sessionLogsDir: string): void {
  const cli = path.join(ROOT, 'dist/cli.js');
  if (!existsSync(cli)) {
    record('CLI check', 'ms', null, undefined, 'dist/cli.js is not built');
    return;
  }
  processesSideBySide('1,000 plans', corpusDir);
  processesSideBySide(`${SESSION_LOG_PLANS} plans with a session log`, sessionLogsDir);
  if (!spawnSync(process.execPath, [cli, '--help']).stdout.toString().includes('--cache')) {
    record('CLI second run with --cache', 'ms', null, undefined, 'the CLI has no --cache option yet');
    return;
  }
  const cachePath = path.join(OUT, 'cli-cache');
  wall(process.execPath, [cli, 'check', '--cache', '--cache-location', cachePath, '.'], corpusDir);
  const cached: number[] = [];
  for (let i = 0; i < RUNS; i++) cached.push(wall(process.execPath, [cli, 'check', '--cache', '--cache-location', cachePath, '.'], corpusDir));
  record('CLI second run with --cache', 'ms', cached);
}

// ---- 5: memory after indexing a large workspace

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function memory(): Promise<void> {
  const dir = path.join(OUT, 'workspace');
  if (!existsSync(dir) || readdirSync(dir).length !== 10000) writeCorpus(dir, corpus(10000, 99));
  const values: number[] = [];
  // Indexing 10,000 plans takes minutes: one run unless asked for more.
  for (let run = 0; run < Number(process.env.BENCH_MEMORY_RUNS ?? 1); run++) {
    const client = new TestClient({ rootPath: dir });
    try {
      await client.initialize();
      const first = path.join(dir, 'mentee-00001.plan.md');
      const uri = pathToFileURL(first).href;
      await client.open(uri, readFileSync(first, 'utf8'));
      await client.diagnosticsFor(uri, 1);
      // Indexing settles when RSS stops moving for three samples in a row.
      let last = 0;
      let steady = 0;
      const deadline = Date.now() + 120_000;
      while (steady < 3 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500));
        const now = rssMb(client.pid!);
        steady = Math.abs(now - last) < 2 ? steady + 1 : 0;
        last = now;
      }
      values.push(last);
    } finally {
      await client.shutdown();
    }
  }
  const indexed = existsSync(path.join(ROOT, 'server/src/service/workspace-index.ts')) ? undefined : 'no workspace index in this build';
  record('server RSS after indexing 10,000 plans', 'MB', values, { text: '< 300', ok: (m) => m < 300 }, indexed);
}

// ---- 5b: the mentor's overview of a 1,000-plan workspace

async function overview(corpusDir: string): Promise<void> {
  const indexing: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  const afterEdit: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const client = new TestClient({ rootPath: corpusDir });
    try {
      await client.initialize();
      // Workspace symbols answer once the index is in; the overview's plans are summarised while indexing.
      let start = performance.now();
      await client.request('workspace/symbol', { query: 'no such heading' });
      indexing.push(performance.now() - start);
      start = performance.now();
      const first = await client.request<OverviewResult>(OVERVIEW_REQUEST, null);
      cold.push(performance.now() - start);
      if (first.plans.length !== 1000) throw new Error(`overview has ${first.plans.length} plans, not 1000`);
      start = performance.now();
      await client.request(OVERVIEW_REQUEST, null);
      warm.push(performance.now() - start);
      const file = path.join(corpusDir, readdirSync(corpusDir).sort()[0]);
      const uri = pathToFileURL(file).href;
      const text = readFileSync(file, 'utf8');
      await client.open(uri, text);
      await client.request(OVERVIEW_REQUEST, null);
      const changed = new Promise<void>((resolve) => client.connection.onNotification(PLANS_CHANGED_NOTIFICATION, () => resolve()));
      start = performance.now();
      await client.change(uri, `${text}\n`);
      await changed;
      const notified = performance.now();
      await client.request(OVERVIEW_REQUEST, null);
      // The notification waits out typing on purpose; what counts is the answer after it.
      afterEdit.push(performance.now() - notified);
    } finally {
      await client.shutdown();
    }
  }
  record('indexing 1,000 plans (workspace symbols answered)', 'ms', indexing);
  record('overview of 1,000 plans, first request after indexing', 'ms', cold, { text: '< 2000', ok: (m) => m < 2000 });
  record('overview of 1,000 plans, again', 'ms', warm);
  record('overview of 1,000 plans after one plan changed', 'ms', afterEdit, { text: '< 200', ok: (m) => m < 200 });
}

// ---- 6: size and start

async function sizeAndStart(): Promise<void> {
  for (const file of ['dist/client.js', 'dist/server.js', 'dist/charts.js']) {
    const bytes = statSync(path.join(ROOT, file)).size;
    figures.push({ name: `size of ${file}`, unit: 'KB', median: bytes / 1024, min: bytes / 1024, max: bytes / 1024 });
  }
  const vsix = readdirSync(ROOT).find((f) => f.endsWith('.vsix'));
  if (vsix) {
    const kb = statSync(path.join(ROOT, vsix)).size / 1024;
    figures.push({ name: `size of ${vsix}`, unit: 'KB', median: kb, min: kb, max: kb });
  } else {
    figures.push({ name: 'size of the .vsix', unit: 'KB', median: null, min: null, max: null, note: 'no .vsix in the repository root (run `npm run package`)' });
  }
  const starts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const client = new TestClient();
    await client.initialize();
    starts.push(performance.now() - start);
    await client.shutdown();
  }
  record('server start → initialize answered', 'ms', starts);
}

// ---- report

function format(v: number | null): string {
  if (v === null) return 'n/a';
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

function table(): string {
  const rows = figures.map((f) => `| ${f.name} | ${format(f.median)} ${f.median === null ? '' : f.unit} | ${format(f.min)} – ${format(f.max)} | ${f.target ?? ''} | ${f.met === undefined ? '' : f.met ? 'yes' : 'no'} | ${f.note ?? ''} |`);
  return ['| figure | median | min – max | target | met | note |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** BENCH_ONLY=core,scaling,lsp,cli,memory,overview,size runs just those sections (all by default). */
const ONLY = process.env.BENCH_ONLY?.split(',');
const section = (name: string): boolean => !ONLY || ONLY.includes(name);

async function main(): Promise<void> {
  const written = writeAll();
  const typical = readFileSync(written.typical, 'utf8');
  const long = readFileSync(written.long, 'utf8');
  const plans = readdirSync(written.corpus).map((f) => readFileSync(path.join(written.corpus, f), 'utf8'));
  console.error(`typical plan ${typical.split('\n').length} lines; long plan ${(long.length / 1024).toFixed(0)} KB; corpus ${plans.length} plans`);
  if (section('core')) {
    console.error('1. core against the parse floor');
    // A fifth of the corpus keeps this figure to a minute; the CLI figure below reads all 1,000.
    coreAgainstFloor('200 corpus plans', plans.slice(0, 200));
    coreAgainstFloor('long plan (1 MB)', [long]);
    const withLogs = readdirSync(written.sessionLogs).slice(0, 100).map((f) => readFileSync(path.join(written.sessionLogs, f), 'utf8'));
    coreAgainstFloor('100 plans with a session log', withLogs, 1.0);
  }
  if (section('scaling')) {
    console.error('2. scaling');
    scaling();
  }
  if (section('lsp')) {
    console.error('3. editor latency over LSP');
    await editorLatency();
  }
  if (section('cli')) {
    console.error('4. CLI against markdownlint-cli2');
    cliAgainstMarkdownlint(written.corpus, written.sessionLogs);
  }
  if (section('memory')) {
    console.error('5. memory');
    await memory();
  }
  if (section('overview')) {
    console.error('5b. overview');
    await overview(written.corpus);
  }
  if (section('size')) {
    console.error('6. size and start');
    await sizeAndStart();
  }
  const machine = `${process.version}, ${execFileSync('nproc').toString().trim()} cores`;
  console.log(`\nBenchmark (${machine}, ${RUNS} runs per figure)\n`);
  console.log(table());
  if (ONLY) return;
  writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify({ machine, runs: RUNS, figures }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
