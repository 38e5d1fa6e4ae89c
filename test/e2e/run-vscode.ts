// The same e2e suite on VS Code desktop via @vscode/test-electron, for machines that can download
// VS Code (not this project's CI, which uses run-code-server.ts). On Linux without a display, run
// it under xvfb: `xvfb-run -a npm run test:vscode`. VSCODE_VERSION picks the release (default stable).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite, copyWorkspace, killStarted, log, packageExtension, prepareUserData, printFile, RESULTS } from './prepare';
import { REPORT_ENV } from './suite/protocol';

async function main(): Promise<number> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mentoring-plans-e2e-'));
  try {
    fs.rmSync(RESULTS, { recursive: true, force: true });
    fs.mkdirSync(RESULTS, { recursive: true });
    const { extensionDir: extensionDevelopmentPath } = await packageExtension(tmp);
    const extensionTestsPath = await buildSuite();
    const workspace = copyWorkspace(tmp);
    const userData = prepareUserData(path.join(tmp, 'user-data'));
    const report = path.join(RESULTS, 'report.txt');
    log('starting VS Code');
    let code = 0;
    try {
      await runTests({
        version: process.env.VSCODE_VERSION ?? 'stable',
        extensionDevelopmentPath,
        extensionTestsPath,
        extensionTestsEnv: { [REPORT_ENV]: report },
        launchArgs: [
          workspace,
          '--disable-extensions',
          '--disable-workspace-trust',
          '--skip-welcome',
          '--skip-release-notes',
          '--user-data-dir', userData,
          '--extensions-dir', path.join(tmp, 'extensions'),
        ],
      });
    } catch (error) {
      // runTests rejects when VS Code exits non-zero, which is how a failing suite ends.
      console.error(error instanceof Error ? error.message : error);
      code = 1;
    }
    printFile('mocha report', report);
    return code;
  } finally {
    await killStarted();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
