// Bad input never crashes the CLI: one clear line per problem, exit code 2, and every other file checked.

import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { copyFixture, runCli, summariseJson, type JsonReport } from './run-cli';

const TODAY = ['--today', '2026-11-23'];

describe('mentoring-plans check: bad input', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyFixture('inline');
  });

  const assertOthersChecked = (stdout: string): void => {
    const report = JSON.parse(stdout) as JsonReport;
    assert.deepEqual(summariseJson(report), ['ola.plan.md:36:5 no-horizon', 'ola.plan.md:48:40 invalid-front-matter', 'ola.plan.md:49:5 vague-goal']);
  };

  it('a binary file (NUL bytes) named like a plan', () => {
    writeFileSync(path.join(dir, 'photo.plan.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    const { code, stdout, stderr } = runCli(['check', '-f', 'json', ...TODAY], dir);
    assert.equal(stderr, 'mentoring-plans: photo.plan.md: This is a binary file, not markdown, so it was not checked.\n');
    assertOthersChecked(stdout);
    assert.deepEqual((JSON.parse(stdout) as JsonReport).errors, [{ path: 'photo.plan.md', line: null, column: null, message: 'This is a binary file, not markdown, so it was not checked.' }]);
    assert.equal(code, 2);
  });

  it('an unreadable file: a link that points at itself', () => {
    symlinkSync('loop.plan.md', path.join(dir, 'loop.plan.md'));
    const { code, stdout, stderr } = runCli(['check', '-f', 'json', ...TODAY], dir);
    assert.equal(stderr, 'mentoring-plans: loop.plan.md: Cannot read the file (ELOOP).\n');
    assertOthersChecked(stdout);
    assert.equal(code, 2);
  });

  it('an unreadable file: no permission', function () {
    if (process.getuid?.() === 0) this.skip(); // root reads everything
    const file = path.join(dir, 'locked.plan.md');
    writeFileSync(file, '## Goals\n');
    chmodSync(file, 0o000);
    const { code, stderr } = runCli(['check', ...TODAY], dir);
    assert.equal(stderr, 'mentoring-plans: locked.plan.md: Cannot read the file (EACCES).\n');
    assert.equal(code, 2);
  });

  it('a path that does not exist and a glob that matches nothing', () => {
    const { code, stdout, stderr } = runCli(['check', '-f', 'json', ...TODAY, 'ola.plan.md', 'quiet.plan.md', 'missing.plan.md', 'old/**/*.plan.md'], dir);
    assert.equal(stderr, 'mentoring-plans: missing.plan.md: No such file or folder.\nmentoring-plans: old/**/*.plan.md: No markdown file matches this glob.\n');
    assertOthersChecked(stdout);
    assert.equal(code, 2);
  });

  it('a config file that cannot be parsed at all', () => {
    writeFileSync(path.join(dir, '.mentoring-plans.json'), '[1, 2');
    const { code, stdout, stderr } = runCli(['check', '-f', 'json', ...TODAY], dir);
    assert.equal(
      stderr,
      'mentoring-plans: .mentoring-plans.json:1:6: Not valid JSON: a closing bracket ] is expected.\nmentoring-plans: .mentoring-plans.json:1:1: The file must hold one object, such as { "rules": { "missing-replaces": "off" } }.\n',
    );
    assertOthersChecked(stdout);
    assert.equal(code, 2);
  });

  it('--config naming a file that does not exist: exit 2, and nothing else is checked', () => {
    assert.deepEqual(runCli(['check', ...TODAY, '--config', 'nope.json'], dir), {
      code: 2,
      stdout: '',
      stderr: 'mentoring-plans: nope.json: The config file named with --config does not exist; nothing was checked.\n',
    });
  });

  it('--config naming a folder: exit 2, and nothing else is checked', () => {
    mkdirSync(path.join(dir, 'settings'));
    assert.deepEqual(runCli(['check', ...TODAY, '-c', 'settings'], dir), {
      code: 2,
      stdout: '',
      stderr: 'mentoring-plans: settings: The config file named with --config is not a file; nothing was checked.\n',
    });
  });

  it('globs pick files relative to the current folder; the plans they name are checked', () => {
    const { code, stdout, stderr } = runCli(['check', '-f', 'json', ...TODAY, '*.plan.md'], dir);
    assert.equal(stderr, 'Exit code 1: 1 error (--fail-on error).\n');
    assertOthersChecked(stdout);
    assert.equal(code, 1);
  });

  it('a folder named like a plan is walked, not read as a file', () => {
    const plans = path.join(dir, 'odd.plan.md');
    mkdirSync(plans);
    writeFileSync(path.join(plans, 'real.plan.md'), readFileSync(path.join(dir, 'quiet.plan.md')));
    const { code, stderr } = runCli(['check', ...TODAY, 'odd.plan.md'], dir);
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
