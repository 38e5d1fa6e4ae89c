// End-to-end runner: tests the packaged .vsix inside a real VS Code (code-server 1.100) driven by
// headless Chromium, because CI cannot download VS Code desktop. Usage:
//   tsx test/e2e/run-code-server.ts [--update-screenshot]
// Exit code: the mocha suite's result (0 = all passed); 1 for runner failures and the global timeout.
// Artifacts (report, logs, screenshot) go to test-results/e2e/; --update-screenshot also refreshes
// the README's pictures: docs/screenshot.png, docs/mentoring-view.png and docs/dashboard.png.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { buildSuite, copyWorkspace, killStarted, log, packageExtension, prepareUserData, printFile, RESULTS, ROOT, run, started } from './prepare';
import { CONTROL_ENV, REPORT_ENV, UPDATE_PICTURES_ENV, type Picture } from './suite/protocol';

const CODE_SERVER = path.join(
  process.env.CODE_SERVER_DIR ?? path.join(ROOT, '.cache/code-server'),
  'node_modules/code-server/out/node/entry.js',
);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 10 * 60_000);
const READY_TIMEOUT_MS = 60_000;
const updateScreenshot = process.argv.includes('--update-screenshot');
/** The example plan the installed .vsix must underline. */
const EXAMPLE_PLAN = 'messy.plan.md';

let browser: Browser | undefined;
let controlServer: http.Server | undefined;
let tmp: string | undefined;

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
      // Its own config file: otherwise code-server writes one into ~/.config.
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

const HOVER = '.monaco-hover:not(.hidden)';

/**
 * What must be on screen before each picture is taken: the hover the suite asked for (late code
 * lenses shift the lines and close it), the rows of the Mentoring view, the dashboard's table
 * inside its webview frames.
 */
const SHOWN: Readonly<Record<Picture, (page: Page) => Locator>> = {
  screenshot: (page) => page.locator(HOVER),
  'mentoring-view': (page) => page.locator('.part.sidebar .monaco-list-row'),
  dashboard: (page) => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('table'),
};

/**
 * Captures the workbench once what the picture shows is on screen. Returns false when it is not, so
 * the suite can stage it again; `force` captures anyway.
 */
async function screenshot(page: Page, picture: Picture, shows: string | null, force: boolean): Promise<boolean> {
  const target = (shows ? SHOWN[picture](page).filter({ hasText: shows }) : SHOWN[picture](page)).first();
  const shown = await target.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
  if (!shown && !force) return false;
  // A string, because the runner is typed for Node, not the DOM; infinite animations (the cursor) never end.
  await page.evaluate(`Promise.all(document.getAnimations()
    .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
    .map((a) => a.finished.catch(() => undefined)))`);
  const image = await page.screenshot();
  if (!force && !(await target.isVisible())) return false;
  const file = path.join(RESULTS, `${picture}.png`);
  fs.writeFileSync(file, image);
  log(`screenshot saved to ${path.relative(ROOT, file)}${shown ? '' : ' (without what it should show)'}`);
  if (updateScreenshot) {
    fs.copyFileSync(file, path.join(ROOT, `docs/${picture}.png`));
    log(`docs/${picture}.png updated`);
  }
  return true;
}

const isPicture = (name: string): name is Picture => Object.hasOwn(SHOWN, name);

/**
 * A tiny control endpoint for the suite, which runs in the extension host and cannot reach the
 * page: POST /screenshot?picture=NAME (the README picture without it) answers 204 once captured,
 * 409 when what it should show (with &shows=TEXT, containing that text) is not there (the suite
 * stages it again and retries), and &force=1 captures whatever is on screen.
 */
function startControlServer(pageReady: Promise<Page>): Promise<string> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const picture = url.searchParams.get('picture') ?? 'screenshot';
    if (req.method !== 'POST' || url.pathname !== '/screenshot' || !isPicture(picture)) {
      res.writeHead(404).end();
      return;
    }
    pageReady
      .then((page) => screenshot(page, picture, url.searchParams.get('shows'), url.searchParams.has('force')))
      .then((taken) => res.writeHead(taken ? 204 : 409).end())
      .catch((error: unknown) => {
        log(`screenshot failed: ${String(error)}`);
        res.writeHead(500).end(String(error));
      });
  });
  controlServer = server;
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    });
  });
}

async function cleanup(): Promise<void> {
  // Playwright closes Chromium and its helpers; code-server's group goes by pid.
  await browser?.close().catch(() => undefined);
  controlServer?.close();
  await killStarted();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}

async function main(): Promise<number> {
  if (!fs.existsSync(CODE_SERVER)) {
    throw new Error(`code-server is not installed at ${CODE_SERVER}; run scripts/e2e/install-code-server.sh`);
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mentoring-plans-e2e-'));
  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });

  const { vsix, extensionDir } = await packageExtension(tmp);
  const suiteIndex = await buildSuite();
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');

  log('starting Chromium');
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
  const code = await runSuite(browser, tmp, extensionDir, suiteIndex, config);
  if (code === 0) await checkInstalledVsix(browser, tmp, vsix, config);
  return code;
}

/** The mocha suite in the extension host, with the unpacked .vsix as the development extension. */
async function runSuite(browser: Browser, dir: string, extensionDir: string, suiteIndex: string, config: string): Promise<number> {
  const workspace = copyWorkspace(dir);
  const userData = prepareUserData(path.join(dir, 'user-data'));
  let resolvePage: (page: Page) => void = () => undefined;
  const pageReady = new Promise<Page>((resolve) => (resolvePage = resolve));
  const control = await startControlServer(pageReady);
  const report = path.join(RESULTS, 'report.txt');
  const serverLog = path.join(RESULTS, 'code-server.log');
  const port = await freePort();
  // code-server passes its environment on to the extension host, where the suite reads these.
  const env = { ...process.env, [REPORT_ENV]: report, [CONTROL_ENV]: control, ...(updateScreenshot ? { [UPDATE_PICTURES_ENV]: path.join(ROOT, 'test/e2e/pictures') } : {}) };
  log(`starting code-server on port ${port}`);
  await startCodeServer(port, { userData, extensions: path.join(dir, 'extensions'), workspace, config }, env, serverLog);

  log('opening the workbench and running the suite');
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const pageLog: string[] = [];
  page.on('console', (m) => pageLog.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => pageLog.push(`[pageerror] ${e.message}`));
  // The workbench calls this when the suite's run() settles, with 0 for success.
  let resolveExit: (code: number) => void = () => undefined;
  const exitCode = new Promise<number>((resolve) => (resolveExit = resolve));
  await page.exposeFunction('codeAutomationExit', (code: unknown) => resolveExit(typeof code === 'number' ? code : 1));
  const remote = (p: string): string => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(suiteIndex)],
  ];
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  resolvePage(page);

  const code = await exitCode;
  fs.writeFileSync(path.join(RESULTS, 'page-console.log'), pageLog.join('\n'));
  printFile('mocha report', report);
  if (code !== 0) {
    printFile('code-server log (tail)', serverLog, 80);
    console.log(`--- page console (tail) ---\n${pageLog.slice(-60).join('\n')}\n--- end of page console ---`);
  }
  log(`suite finished with exit code ${code}`);
  await page.close();
  return code;
}

/**
 * What a user does: `code-server --install-extension` the .vsix, open the example plan, see it
 * underlined. No development path and no test hooks, so packaging mistakes show here.
 */
async function checkInstalledVsix(browser: Browser, dir: string, vsix: string, config: string): Promise<void> {
  const extensions = path.join(dir, 'installed-extensions');
  const userData = prepareUserData(path.join(dir, 'installed-user-data'));
  log('installing the .vsix with code-server --install-extension');
  await run(process.execPath, [CODE_SERVER, '--config', config, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix]);
  const examples = path.join(dir, 'examples');
  fs.cpSync(path.join(ROOT, 'examples'), examples, { recursive: true });
  const plan = path.join(examples, EXAMPLE_PLAN);
  if (!fs.existsSync(plan)) throw new Error(`examples/${EXAMPLE_PLAN} is missing; update EXAMPLE_PLAN in ${path.basename(__filename)}`);
  const port = await freePort();
  await startCodeServer(port, { userData, extensions, workspace: examples, config }, process.env, path.join(RESULTS, 'code-server-installed.log'));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const payload = [['openFile', `vscode-remote://127.0.0.1:${port}${plan}`]];
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(examples)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const underlined = page.locator('.squiggly-error, .squiggly-warning, .squiggly-info');
  try {
    await underlined.first().waitFor({ state: 'visible', timeout: 60_000 });
  } catch (error) {
    await page.screenshot({ path: path.join(RESULTS, 'installed-vsix.png') });
    throw new Error(`the installed .vsix shows no diagnostics on examples/${EXAMPLE_PLAN} (see test-results/e2e/installed-vsix.png)`, { cause: error });
  }
  log(`installed .vsix: ${await underlined.count()} findings underlined in examples/${EXAMPLE_PLAN}`);
  await page.close();
}

const globalTimeout = setTimeout(() => {
  log(`global timeout after ${TIMEOUT_MS / 1000}s; see ${path.relative(ROOT, RESULTS)}/`);
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
