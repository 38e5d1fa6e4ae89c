// --max-file-size: a plan over the limit is skipped before parsing, as an input error naming the flag;
// a large file that is not a plan is left alone, and every other plan is still checked.

import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { copyFixture, runCli, summariseJson, type JsonReport } from './run-cli';

const TODAY = ['--today', '2026-11-23'];

describe('mentoring-plans check: plan size limit', () => {
  let dir: string;
  let big: string;
  beforeEach(() => {
    dir = copyFixture('inline');
    big = readFileSync(path.join(dir, 'ola.plan.md'), 'utf8') + '\n### Run the Friday demo without notes\n- By: 2099-01\n'.repeat(40);
    writeFileSync(path.join(dir, 'big.plan.md'), big);
    writeFileSync(path.join(dir, 'NOTES.md'), 'Long notes that are not a plan.\n'.repeat(200));
  });

  it('skips a plan over --max-file-size with one input error saying why and how to raise it', () => {
    const { code, stdout, stderr } = runCli(['check', '-f', 'json', '--max-file-size', '3000', ...TODAY], dir);
    const bytes = Buffer.byteLength(big).toLocaleString('en-US');
    const message = `This plan was not checked: it is ${bytes} bytes (0.0 MB), over the limit of 3,000 bytes. To check it anyway, raise the limit with --max-file-size BYTES.`;
    assert.equal(stderr, `mentoring-plans: big.plan.md: ${message}\n`);
    const report = JSON.parse(stdout) as JsonReport;
    assert.deepEqual(report.errors, [{ path: 'big.plan.md', line: null, column: null, message }]);
    assert.deepEqual(summariseJson(report), ['ola.plan.md:36:5 no-horizon', 'ola.plan.md:48:40 invalid-front-matter', 'ola.plan.md:49:5 vague-goal']);
    assert.equal(code, 2);
  });

  it('checks it under the default limit', () => {
    const { code, stderr, stdout } = runCli(['check', '-f', 'json', ...TODAY], dir);
    assert.equal(stderr, 'Exit code 1: 2 errors (--fail-on error).\n');
    assert.ok(summariseJson(JSON.parse(stdout) as JsonReport).some((line) => line.startsWith('big.plan.md:')));
    assert.equal(code, 1);
  });

  it('refuses a limit that is not a whole number of bytes', () => {
    const { code, stderr } = runCli(['check', '--max-file-size', '4MB'], dir);
    assert.equal(stderr, 'mentoring-plans: --max-file-size must be a whole number of bytes above 0, not "4MB". Run mentoring-plans --help for usage.\n');
    assert.equal(code, 2);
  });
});
