// End-to-end runner: tests the packaged .vsix inside a real VS Code (code-server 1.100) driven by
// headless Chromium, because CI cannot download VS Code desktop. Usage:
//   tsx test/e2e/run-code-server.ts [--update-screenshot] [--extension-dir DIR]
// --extension-dir skips packaging and loads an already unpacked extension (for debugging the runner).
// Exit code: the mocha suite's result (0 = all passed), 1 for runner failures and the global timeout.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CONTROL_ENV, REPORT_ENV } from './suite/protocol';

const ROOT = path.resolve(__dirname, '../..');
const CODE_SERVER = path.join(
  process.env.CODE_SERVER_DIR ?? path.join(ROOT, '.cache/code-server'),
  'node_modules/code-server/out/node/entry.js',
);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = path.join(ROOT, 'test-results/e2e');
const SUITE_OUT = path.join(ROOT, 'dist/e2e');
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 10 * 60_000);
const READY_TIMEOUT_MS = 60_000;

const args = process.argv.slice(2);
const updateScreenshot = args.includes('--update-screenshot');
const extensionDirArg = args.includes('--extension-dir') ? args[args.indexOf('--extension-dir') + 1] : undefined;

/** Everything that must be undone, whichever way the run ends. */
const started: ChildProcess[] = [];
let browser: Browser | undefined;
let controlServer: http.Server | undefined;
let tmp: string | undefined;

function log(message: string): void {
  const seconds = ((Date.now() - startTime) / 1000).toFixed(1).padStart(6);
  console.log(`[e2e ${seconds}s] ${message}`);
}
const startTime = Date.now();

/** Runs a command to completion with inherited output; its pid is tracked until it exits. */
function run(command: string, commandArgs: string[], cwd = ROOT): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd, stdio: 'inherit', detached: true });
    started.push(child);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${commandArgs.join(' ')} failed (${signal ?? code})`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function packageExtension(dir: string): Promise<string> {
  if (extensionDirArg) return path.resolve(extensionDirArg);
  const vsix = path.join(dir, 'mentoring-plans.vsix');
  log('packaging the extension (npm run package)');
  // npm appends these arguments to the script's last command, vsce package.
  await run('npm', ['run', 'package', '--', '--out', vsix]);
  log(`packaged ${path.basename(vsix)}: ${(fs.statSync(vsix).size / 1024).toFixed(1)} KiB`);
  const unpacked = path.join(dir, 'vsix');
  await run('unzip', ['-q', vsix, '-d', unpacked]);
  return path.join(unpacked, 'extension');
}

/** Bundles the suite next to the repository's node_modules so the host can require mocha. */
async function buildSuite(): Promise<string> {
  const suiteDir = path.join(ROOT, 'test/e2e/suite');
  const entryPoints = fs
    .readdirSync(suiteDir)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => path.join(suiteDir, f));
  fs.rmSync(SUITE_OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(SUITE_OUT, 'index');
}

function prepareUserData(dir: string): void {
  const user = path.join(dir, 'User');
  fs.mkdirSync(user, { recursive: true });
  // Quiet, deterministic workbench: no welcome page, no trust prompt, no network features.
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'chat.commandCenter.enabled': false,
    'window.commandCenter': false,
    'editor.hover.delay': 0,
    'editor.minimap.enabled': false,
    'editor.stickyScroll.enabled': false,
  };
  fs.writeFileSync(path.join(user, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Starts code-server in its own process group and resolves once it listens. */
function startCodeServer(
  port: number,
  dirs: { userData: string; extensions: string; workspace: string; config: string },
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<ChildProcess> {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [
      CODE_SERVER,
      '--config', dirs.config,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir', dirs.userData,
      '--extensions-dir', dirs.extensions,
      dirs.workspace,
    ],
    { env, stdio: ['ignore', out, out], detached: true },
  );
  started.push(child);
  fs.closeSync(out);
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => done(new Error('code-server did not start listening in time')), READY_TIMEOUT_MS);
    const watcher = fs.watch(logFile, () => {
      if (fs.readFileSync(logFile, 'utf8').includes('HTTP server listening on')) done();
    });
    child.once('exit', (code) => done(new Error(`code-server exited early (${code}); see ${logFile}`)));
    function done(error?: Error): void {
      clearTimeout(deadline);
      watcher.close();
      if (error) reject(error);
      else resolve(child);
    }
  });
}

async function screenshot(page: Page): Promise<void> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, 'screenshot.png');
  // The suite has asked for the hover; wait until it is rendered and its fade-in has ended.
  await page
    .locator('.monaco-hover')
    .first()
    .waitFor({ state: 'visible', timeout: 15_000 })
    .catch(() => log('no hover became visible; taking the screenshot without it'));
  // A string, because the runner is typed for Node, not the DOM; infinite animations (the cursor) never end.
  await page.evaluate(`Promise.all(document.getAnimations()
    .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
    .map((a) => a.finished.catch(() => undefined)))`);
  await page.screenshot({ path: file });
  log(`screenshot saved to ${path.relative(ROOT, file)}`);
  if (updateScreenshot) {
    fs.copyFileSync(file, path.join(ROOT, 'docs/screenshot.png'));
    log('docs/screenshot.png updated');
  }
}

/**
 * A tiny control endpoint for the suite, which runs in the extension host and cannot reach the
 * page: POST /screenshot is answered once the workbench has been captured.
 */
function startControlServer(pageReady: Promise<Page>): Promise<string> {
  controlServer = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/screenshot') {
      pageReady
        .then(screenshot)
        .then(() => res.writeHead(204).end())
        .catch((error: unknown) => {
          log(`screenshot failed: ${String(error)}`);
          res.writeHead(500).end(String(error));
        });
      return;
    }
    res.writeHead(404).end();
  });
  const server = controlServer;
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Negative pid: the process group we created with detached, so the extension host and the
    // language server that code-server forked go too.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function cleanup(): Promise<void> {
  await browser?.close().catch(() => undefined);
  controlServer?.close();
  const alive = started.filter((c) => c.exitCode === null && c.signalCode === null);
  for (const child of alive) killGroup(child, 'SIGTERM');
  await Promise.race([
    Promise.all(alive.map((c) => new Promise((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve(null) : c.once('exit', resolve))))),
    new Promise((resolve) => setTimeout(resolve, 5_000).unref()),
  ]);
  for (const child of alive) killGroup(child, 'SIGKILL');
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}

function printFile(title: string, file: string, tailLines?: number): void {
  if (!fs.existsSync(file)) {
    console.log(`--- ${title}: (missing ${file})`);
    return;
  }
  let text = fs.readFileSync(file, 'utf8');
  if (tailLines !== undefined) text = text.split('\n').slice(-tailLines).join('\n');
  console.log(`--- ${title} ---\n${text.trimEnd()}\n--- end of ${title} ---`);
}

async function main(): Promise<number> {
  if (!fs.existsSync(CODE_SERVER)) {
    throw new Error(`code-server is not installed at ${CODE_SERVER}; run scripts/e2e/install-code-server.sh`);
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mentoring-plans-e2e-'));
  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });

  const extensionDir = await packageExtension(tmp);
  const suiteIndex = await buildSuite();
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(ROOT, 'test/e2e/workspace'), workspace, { recursive: true });
  const userData = path.join(tmp, 'user-data');
  prepareUserData(userData);
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');

  let resolvePage: (page: Page) => void = () => undefined;
  const pageReady = new Promise<Page>((resolve) => (resolvePage = resolve));
  const control = await startControlServer(pageReady);
  const report = path.join(RESULTS, 'report.txt');
  const serverLog = path.join(RESULTS, 'code-server.log');
  const port = await freePort();
  const env = { ...process.env, [REPORT_ENV]: report, [CONTROL_ENV]: control };
  log(`starting code-server on port ${port}`);
  await startCodeServer(port, { userData, extensions: path.join(tmp, 'extensions'), workspace, config }, env, serverLog);

  log('opening the workbench in Chromium');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const pageLog: string[] = [];
  page.on('console', (m) => pageLog.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => pageLog.push(`[pageerror] ${e.message}`));
  const exitCode = new Promise<number>((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code: unknown) => resolve(typeof code === 'number' ? code : 1));
  });
  const remote = (p: string): string => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(suiteIndex)],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  resolvePage(page);

  const code = await exitCode;
  fs.writeFileSync(path.join(RESULTS, 'page-console.log'), pageLog.join('\n'));
  printFile('mocha report', report);
  if (code !== 0) {
    printFile('code-server log (tail)', serverLog, 80);
    console.log(`--- page console (tail) ---\n${pageLog.slice(-60).join('\n')}`);
  }
  log(`suite finished with exit code ${code}`);
  return code;
}

const globalTimeout = setTimeout(() => {
  log(`global timeout after ${TIMEOUT_MS / 1000}s`);
  void cleanup().finally(() => process.exit(1));
}, TIMEOUT_MS);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanup().finally(() => process.exit(130)));
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    return 1;
  })
  .then(async (code) => {
    clearTimeout(globalTimeout);
    await cleanup();
    process.exit(code);
  });
