// What both e2e runners share: the packaged extension unpacked, the bundled suite, a fresh copy of
// the test workspace and a quiet user profile. Child processes are recorded so runners can kill them.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(__dirname, '../..');
export const RESULTS = path.join(ROOT, 'test-results/e2e');
/** Inside the repository so the extension host resolves `mocha` from its node_modules. */
const SUITE_OUT = path.join(ROOT, 'dist/e2e');

/** Every process a runner started, for cleanup by pid. */
export const started: ChildProcess[] = [];

const startTime = Date.now();
export function log(message: string): void {
  const seconds = ((Date.now() - startTime) / 1000).toFixed(1).padStart(6);
  console.log(`[e2e ${seconds}s] ${message}`);
}

/** Runs a command to completion with inherited output, in its own process group. */
export function run(command: string, args: readonly string[], cwd = ROOT): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', detached: true });
    started.push(child);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`));
    });
  });
}

/** `npm run package` into dir, then the .vsix unzipped into its `extension/` folder. */
export async function packageExtension(dir: string): Promise<{ vsix: string; extensionDir: string }> {
  const vsix = path.join(dir, 'mentoring-plans.vsix');
  log('packaging the extension (npm run package)');
  // npm appends these arguments to the script's last command, vsce package.
  await run('npm', ['run', 'package', '--', '--out', vsix]);
  log(`packaged ${path.basename(vsix)}: ${(fs.statSync(vsix).size / 1024).toFixed(1)} KiB`);
  const unpacked = path.join(dir, 'vsix');
  await run('unzip', ['-q', vsix, '-d', unpacked]);
  return { vsix, extensionDir: path.join(unpacked, 'extension') };
}

/** Bundles index.ts and every *.test.ts of the suite; returns the module path the host loads. */
export async function buildSuite(): Promise<string> {
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

/** A throwaway copy, since the suite writes settings into it. */
export function copyWorkspace(dir: string): string {
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(path.join(ROOT, 'test/e2e/workspace'), workspace, { recursive: true });
  return workspace;
}

/** A user-data folder whose settings keep the workbench quiet and deterministic. */
export function prepareUserData(dir: string): string {
  const user = path.join(dir, 'User');
  fs.mkdirSync(user, { recursive: true });
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
    // The suite's settings test writes .vscode/settings.json; it has no place in the screenshot.
    'files.exclude': { '**/.vscode': true },
  };
  fs.writeFileSync(path.join(user, 'settings.json'), JSON.stringify(settings, null, 2));
  return dir;
}

export function printFile(title: string, file: string, tailLines?: number): void {
  if (!fs.existsSync(file)) {
    console.log(`--- ${title}: (missing ${file})`);
    return;
  }
  let text = fs.readFileSync(file, 'utf8');
  if (tailLines !== undefined) text = text.split('\n').slice(-tailLines).join('\n');
  console.log(`--- ${title} ---\n${text.trimEnd()}\n--- end of ${title} ---`);
}

function alive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // The negative pid is the process group created by `detached`: children forked by the process
    // (code-server's extension host, the language server) go with it.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM to every started process group, SIGKILL to those still there after a grace period. */
export async function killStarted(): Promise<void> {
  const running = started.filter(alive);
  // Only groups whose leader we have not seen exit: a finished command's pid may have been reused.
  for (const child of running) killGroup(child, 'SIGTERM');
  await Promise.race([
    Promise.all(running.map((c) => new Promise((resolve) => (alive(c) ? c.once('exit', resolve) : resolve(null))))),
    new Promise((resolve) => setTimeout(resolve, 5_000).unref()),
  ]);
  // Also groups whose leader exited on SIGTERM: a member may still be there.
  for (const child of running) killGroup(child, 'SIGKILL');
}
