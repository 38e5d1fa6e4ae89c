// Large checks run on worker threads: the output, in every format, and the exit code are those of
// the single-threaded run, byte for byte and in the same order.

import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runChecks, verdict, type CheckOptions } from '../../server/src/cli/check';
import { checkFile, type RunSettings } from '../../server/src/cli/check-file';
import { CliConfigs } from '../../server/src/cli/configs';
import { format, FORMATS } from '../../server/src/cli/formats';
import { collectInputs } from '../../server/src/cli/inputs';
import { checkFiles, PARALLEL_MIN_FILES, workerCount } from '../../server/src/cli/parallel';
import { errorLine, type Report } from '../../server/src/cli/report';
import { CLI, runCli } from './run-cli';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const TODAY = '2026-11-23';
/** What the built command prints with when standard output is no terminal. */
const PLAIN = { colour: false, hints: false, width: 100 };
const MENTEES = ['Amara', 'Priya', 'Tomasz', 'Lin', 'Joe', 'Nadia', 'Rui'];

/**
 * A programme of 320 plans in four cohorts: the two example plans under many mentees' names, some
 * linking to the programme's aims (one heading of which is gone), cohort configs (one with a
 * mistake), a note that is no plan, and a scanned file that is not text.
 */
function programme(): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-parallel-')));
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, 'aims.md'), '# Programme aims\n\n## Grow leaders from within\nHalf of the new team leads come from our own engineers.\n');
  const good = readFileSync(path.join(EXAMPLES, 'good.plan.md'), 'utf8');
  const messy = readFileSync(path.join(EXAMPLES, 'messy.plan.md'), 'utf8');
  for (let c = 0; c < 4; c++) mkdirSync(path.join(dir, `cohort-${c}`));
  writeFileSync(path.join(dir, 'cohort-1', '.mentoring-plans.json'), '{ "rules": { "missing-replaces": "off", "no-horizon": "error" } }\n');
  writeFileSync(path.join(dir, 'cohort-3', '.mentoring-plans.json'), '{ "rules": { "vague-goals": "error" } }\n');
  for (let i = 0; i < 320; i++) {
    const mentee = `${MENTEES[i % MENTEES.length]} ${i}`;
    let text = (i % 3 === 0 ? good : messy).replace(/^mentee: .*$/m, `mentee: ${mentee}`).replace(/^# .*$/m, `# ${mentee}`);
    if (i % 5 === 0) text += `\n### Mentor two new starters this quarter\n- Why this matters: [Programme aims](../aims.md#grow-leaders-from-within)\n- By: 2027-03\n`;
    if (i % 7 === 0) text += `\n### Run the spring hack day\n- Why this matters: [Programme aims](../aims.md#ship-more)\n- By: 2027-04\n`;
    writeFileSync(path.join(dir, `cohort-${i % 4}`, `${mentee.toLowerCase().replace(' ', '-')}.plan.md`), text);
  }
  writeFileSync(path.join(dir, 'cohort-0', 'session-notes.md'), '# Notes from the cohort kick-off\n\nWe agreed to meet every other week.\n');
  writeFileSync(path.join(dir, 'cohort-2', 'scan.plan.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
  return dir;
}

async function check(cwd: string, paths: readonly string[], workerScript: string | undefined, quiet = false): Promise<{ report: Report; stderr: string }> {
  let stderr = '';
  const options: CheckOptions = { paths, cwd, today: TODAY, format: 'stylish', failOn: 'warning', maxWarnings: -1, quiet, colour: false, hints: false, width: 100, cache: false, workerScript, gitignore: true };
  const report = await runChecks(options, { stdout: () => undefined, stderr: (s) => (stderr += s) });
  return { report, stderr };
}

describe('mentoring-plans check on worker threads', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    dir = programme();
  });

  it('starts workers only for runs large enough to pay for them, one per core besides the main thread', () => {
    assert.equal(workerCount(PARALLEL_MIN_FILES - 1, 8), 0);
    assert.equal(workerCount(1000, 1), 0);
    assert.equal(workerCount(PARALLEL_MIN_FILES, 2), 1);
    assert.equal(workerCount(PARALLEL_MIN_FILES, 8), 1);
    assert.equal(workerCount(1000, 2), 1);
    assert.equal(workerCount(1000, 8), 7);
  });

  it('gives each file the outcome the main thread gives it, in the same order', async () => {
    const files = collectInputs(['.'], dir).files;
    const settings: RunSettings = { cwd: dir, today: TODAY };
    const warnings: string[] = [];
    const parallel = await checkFiles(files, settings, new CliConfigs(dir, undefined), { script: CLI, cores: 2, warn: (m) => warnings.push(m) });
    const serialConfigs = new CliConfigs(dir, undefined);
    assert.deepEqual(parallel, files.map((f) => checkFile(f, settings, serialConfigs)));
    assert.deepEqual(warnings, []);
  });

  it('checks on the main thread the files of a worker that cannot start, and says so', async () => {
    const files = collectInputs(['.'], dir).files;
    const settings: RunSettings = { cwd: dir, today: TODAY };
    const warnings: string[] = [];
    const missing = path.join(dir, 'no-such-bundle.js');
    const parallel = await checkFiles(files, settings, new CliConfigs(dir, undefined), { script: missing, cores: 4, warn: (m) => warnings.push(m) });
    const serialConfigs = new CliConfigs(dir, undefined);
    assert.deepEqual(parallel, files.map((f) => checkFile(f, settings, serialConfigs)));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^a worker thread stopped \(Cannot find module '.*no-such-bundle\.js'.*\); its files were checked on the main thread\.$/s);
  });

  it('hashes the bytes of each file only for the cache', () => {
    const file = collectInputs(['cohort-0'], dir).files[0];
    const configs = new CliConfigs(dir, undefined);
    assert.equal(checkFile(file, { cwd: dir, today: TODAY }, configs).contentHash, undefined);
    assert.equal(checkFile(file, { cwd: dir, today: TODAY, cache: true }, configs).contentHash, createHash('sha256').update(readFileSync(file)).digest('hex'));
  });

  for (const [name, paths, code] of [
    ['the whole programme, with a config mistake and an unreadable file', ['.'], 2],
    ['three cohorts, with findings only', ['cohort-0', 'cohort-1', 'cohort-2/*-*.plan.md'], 1],
  ] as const) {
    it(`prints byte for byte what one thread prints, in every format: ${name}`, async function () {
      if (workerCount(collectInputs(paths, dir).files.length) === 0) this.skip();
      const serial = await check(dir, paths, undefined);
      const parallel = await check(dir, paths, CLI);
      assert.equal(parallel.stderr, serial.stderr);
      for (const name of FORMATS) assert.equal(format(name, parallel.report, PLAIN), format(name, serial.report, PLAIN), name);
      assert.equal(verdict(serial.report, { failOn: 'warning', maxWarnings: -1 }).code, code);
      assert.equal(verdict(parallel.report, { failOn: 'warning', maxWarnings: -1 }).code, code);
    });
  }

  it('the built command prints what one thread prints', async () => {
    // Errors only, to keep the output within what a child process may pass back.
    const serial = await check(dir, [], undefined, true);
    const cli = runCli(['check', '--quiet', '--today', TODAY], dir);
    assert.equal(cli.stdout, format('stylish', serial.report, PLAIN));
    assert.deepEqual(
      serial.report.errors.map((e) => e.path),
      ['cohort-2/scan.plan.md', 'cohort-3/.mentoring-plans.json'],
    );
    assert.equal(cli.stderr, serial.report.errors.map((e) => `mentoring-plans: ${errorLine(e)}\n`).join(''));
    assert.equal(cli.code, 2);
    assert.match(cli.stdout, /\n\n320 plans checked: \d+ errors\.\n$/);
  });
});
