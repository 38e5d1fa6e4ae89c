// The pre-commit framework installs a remote node hook by running `npm pack` in its clone and reading the
// whole of stdout as the tarball's file name, so nothing else may reach stdout (the prepare build's banner
// did, and broke the install). Checked with the real framework once; this pins the contract it relies on.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../..');

describe('the remote pre-commit hook', function () {
  this.timeout(60_000);

  it('npm pack prints only the tarball name, and packs the built CLI the hook runs', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string }[];
    assert.deepEqual(hooks.map((h) => [h.id, h.entry, h.language]), [['mentoring-plans', 'mentoring-plans check', 'node']]);
    assert.equal(pkg.bin['mentoring-plans'], './dist/cli.js');

    const result = spawnSync('npm', ['pack', '--dry-run'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), `${pkg.name}-${pkg.version}.tgz`);
    // The file list goes to stderr as notices.
    assert.match(result.stderr, /npm notice [\d.]+k?B dist\/cli\.js\n/);
  });
});
