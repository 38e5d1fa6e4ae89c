// Entry point VS Code's extension host loads for extensionTestsPath: it calls run() and reports the
// promise's outcome as the exit code. Every *.test.js bundled next to this file is one part of the suite.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { CONTROL_ENV, REPORT_ENV } from './protocol';
import { stageScreenshot } from './screenshot';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const reportFile = process.env[REPORT_ENV];
  const consoleLog = Mocha.reporters.Base.consoleLog;
  if (reportFile) {
    fs.mkdirSync(path.dirname(reportFile), { recursive: true });
    fs.writeFileSync(reportFile, '');
    // The host's console is not visible to the runner, so the spec reporter also writes to a file.
    Mocha.reporters.Base.consoleLog = (...data: unknown[]): void => {
      fs.appendFileSync(reportFile, `${format(...data)}\n`);
      consoleLog(...data);
    };
  }
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  try {
    const failures = await new Promise<number>((resolve) => mocha.run(resolve));
    const control = process.env[CONTROL_ENV];
    if (control) await stageScreenshot(control);
    if (failures > 0) throw new Error(`${failures} end-to-end test(s) failed`);
  } finally {
    Mocha.reporters.Base.consoleLog = consoleLog;
  }
}
