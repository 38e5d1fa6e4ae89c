// The npm package as a programme lead installs it: packed, installed offline into an empty folder
// (it needs nothing from the registry at run time: every library is bundled), and run with npx.

import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from './run-cli';

const ROOT = path.resolve(__dirname, '../..');
const MB = 1024 * 1024;

function run(command: string, args: readonly string[], options: SpawnSyncOptions & { cwd: string }): string {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}: ${String(result.stderr)}`);
  return String(result.stdout);
}

describe('the npm package', function () {
  this.timeout(180_000);
  let tarball: string;

  before(() => {
    const out = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-pack-')));
    // The built dist/ is packed as it is; the prepare build is the pre-commit test's business.
    const name = run('npm', ['pack', '--ignore-scripts', '--pack-destination', out], { cwd: ROOT }).trim();
    tarball = path.join(out, name);
  });

  it('is under 1 MB and holds the built bundles, the schema and the docs, but no tests, sources or maps', () => {
    assert.ok(statSync(tarball).size < MB, `${statSync(tarball).size} bytes`);
    const files = run('tar', ['-tzf', tarball], { cwd: path.dirname(tarball) }).trim().split('\n').map((f) => f.replace(/^package\//, '')).sort();
    assert.deepEqual(files, [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/charts.js',
      'dist/cli.js',
      'dist/client.js',
      'dist/server.js',
      'images/icon.png',
      'images/mentoring-view.svg',
      'package.json',
      'schemas/mentoring-plans.schema.json',
      'snippets/mentoring-plans.code-snippets',
      'syntaxes/mentoring-plans.injection.tmLanguage.json',
      'walkthrough/configure-the-rules.md',
      'walkthrough/insert-a-question-bank.md',
      'walkthrough/make-a-plan.md',
      'walkthrough/see-a-finding.md',
    ]);
  });

  it('installs offline into an empty folder and checks a plan with npx mentoring-plans check', () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-install-')));
    const env = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    run('npm', ['install', '--offline', tarball], { cwd: dir, env });
    writeFileSync(
      path.join(dir, 'tomasz.plan.md'),
      '---\ntype: mentoring-plan\nmentee: Tomasz\n---\n# Tomasz\n\n## Purpose\n\n### Open my own bike workshop\nBy 2029, a workshop in the old market hall.\n\n## Goals\n\n### Service twenty customer bikes on my own\n- Why this matters: [Open my own bike workshop](#open-my-own-bike-workshop)\n- By: soon\n',
    );
    const args = ['check', '--today', '2026-11-23'];
    const installed = spawnSync('npx', ['mentoring-plans', ...args], { cwd: dir, encoding: 'utf8', env });
    const fromRepository = runCli(args, dir);
    assert.match(fromRepository.stdout, /^ {2}16:7 {2}warning {6}"soon" cannot be read as a date/m);
    assert.deepEqual({ code: installed.status, stdout: installed.stdout, stderr: installed.stderr }, fromRepository);
    assert.ok(existsSync(path.join(dir, 'node_modules/mentoring-plans/dist/cli.js')));
    assert.ok(!existsSync(path.join(dir, 'node_modules/yaml')), 'installing pulls in no library');
  });
});
