// The read gate on its own: where a path leads, judged before anything is opened, and bounded reads.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseTarget } from '../../server/src/core/links';
import { locate, readPlanFile, readPrefix } from '../../server/src/node/read-gate';

describe('the read gate', () => {
  let base: string;
  let ws: string;
  before(() => {
    base = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-gate-unit-')));
    ws = path.join(base, 'ws');
    mkdirSync(path.join(ws, 'cohort'), { recursive: true });
    mkdirSync(path.join(base, 'elsewhere'));
    writeFileSync(path.join(ws, 'aims.md'), '# Aims\n');
    writeFileSync(path.join(base, 'elsewhere', 'notes.md'), '# Notes\n');
    symlinkSync(path.join(base, 'elsewhere'), path.join(ws, 'away'));
    symlinkSync(path.join(ws, 'aims.md'), path.join(ws, 'cohort', 'aims-link.md'));
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('judges the path as written, then with its symlinks resolved', () => {
    const aims = path.join(ws, 'aims.md');
    assert.deepEqual({ ...locate(aims, [ws]), mtimeMs: 0 }, { kind: 'file', real: aims, size: 7, mtimeMs: 0 });
    assert.equal(locate(path.join(ws, 'cohort', 'aims-link.md'), [ws]).kind, 'file', 'a symlink that stays inside is followed');
    assert.deepEqual(locate(path.join(ws, '..', 'elsewhere', 'notes.md'), [ws]), { kind: 'outside' });
    assert.deepEqual(locate(path.join(ws, 'away', 'notes.md'), [ws]), { kind: 'outside' });
    assert.deepEqual(locate(path.join(ws, 'away', 'not-there.md'), [ws]), { kind: 'outside' }, 'a missing file under a folder that leads out is outside, not missing');
    assert.deepEqual(locate(path.join(ws, 'cohort', 'not-there.md'), [ws]), { kind: 'missing' });
    assert.deepEqual(locate(path.join(ws, 'cohort'), [ws]), { kind: 'folder' });
    assert.deepEqual(locate(aims, []), { kind: 'outside' }, 'no boundary: nothing is inside');
  });

  it('never opens a device, and reads no more than asked', () => {
    assert.deepEqual(locate('/dev/zero', ['/dev']), { kind: 'special', what: 'a device' });
    const big = path.join(ws, 'zeros.md');
    writeFileSync(big, '');
    truncateSync(big, 200 * 1024 * 1024);
    const place = locate(big, [ws]);
    assert.equal(place.kind, 'file');
    if (place.kind === 'file') assert.equal((readPrefix(place, 1000) as Buffer).length, 1000);
    const read = readPlanFile(big, [ws], 4096);
    assert.deepEqual(read.kind === 'too-large' ? [read.head.length, read.size] : read, [4096, 200 * 1024 * 1024]);
  });

  it('reads file: URIs and percent-encoding as the paths they name', () => {
    assert.deepEqual(parseTarget('file:///etc/hostname'), { external: false, path: '/etc/hostname', fragment: undefined });
    assert.deepEqual(parseTarget('file://localhost/srv/aims.md#grow-leaders'), { external: false, path: '/srv/aims.md', fragment: 'grow-leaders' });
    assert.deepEqual(parseTarget('file:/srv/aims.md'), { external: false, path: '/srv/aims.md', fragment: undefined });
    assert.deepEqual(parseTarget('file:///C:/plans/aims.md'), { external: false, path: 'C:/plans/aims.md', fragment: undefined });
    assert.deepEqual(parseTarget('%2e%2e/secret.md'), { external: false, path: '../secret.md', fragment: undefined });
    assert.deepEqual(parseTarget('https://example.org/aims'), { external: true, path: 'https://example.org/aims' });
  });
});
