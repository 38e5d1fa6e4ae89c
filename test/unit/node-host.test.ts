// The Node host answers the plan service by URI: reads through the read gate, finds the markdown and
// config files of a folder, reports changes in a watched folder, and never hands out a path.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createNodeHost } from '../../server/src/node/node-host';

const uri = (p: string): string => pathToFileURL(p).href;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('the Node host', () => {
  let base: string;
  let ws: string;
  const host = createNodeHost(silent);
  before(() => {
    base = realpathSync(mkdtempSync(path.join(tmpdir(), 'mp-node-host-')));
    ws = path.join(base, 'ws');
    mkdirSync(path.join(ws, 'cohort', 'node_modules'), { recursive: true });
    mkdirSync(path.join(base, 'elsewhere'));
    writeFileSync(path.join(ws, 'aims.md'), '# Aims of the programme\n');
    writeFileSync(path.join(ws, 'cohort', 'ines.plan.md'), '# Plan for Inês\n');
    writeFileSync(path.join(ws, 'cohort', '.mentoring-plans.json'), '{}');
    writeFileSync(path.join(ws, 'cohort', 'photo.png'), 'not markdown');
    writeFileSync(path.join(ws, 'cohort', 'node_modules', 'readme.md'), '# A package\n');
    writeFileSync(path.join(base, 'elsewhere', 'notes.md'), '# Notes\n');
    symlinkSync(path.join(base, 'elsewhere', 'notes.md'), path.join(ws, 'notes-link.md'));
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('reads inside the boundary, and says why it does not read the rest', async () => {
    const within = [uri(ws)];
    assert.deepEqual(await host.readFile(uri(path.join(ws, 'aims.md')), 1000, within), { kind: 'text', text: '# Aims of the programme\n' });
    assert.deepEqual(await host.readFile(uri(path.join(ws, 'aims.md')), 6, within), { kind: 'too-large', size: 24, head: '# Aims' });
    assert.deepEqual(await host.readFile(uri(path.join(ws, 'notes-link.md')), 1000, within), { kind: 'outside' });
    assert.deepEqual(await host.readFile(uri(path.join(ws, 'gone.md')), 1000, within), { kind: 'missing' });
    assert.deepEqual(await host.readFile(uri(path.join(ws, 'cohort')), 1000, within), { kind: 'refused', reason: 'is a folder, not a file' });
    assert.deepEqual(await host.readFile('untitled:Untitled-1', 1000, within), { kind: 'missing' });
  });

  it('stats by URI', async () => {
    assert.deepEqual({ ...(await host.stat(uri(path.join(ws, 'aims.md'))))!, mtime: 0 }, { type: 'file', size: 24, mtime: 0 });
    assert.equal((await host.stat(uri(path.join(ws, 'cohort'))))?.type, 'directory');
    assert.equal(await host.stat(uri(path.join(ws, 'gone.md'))), undefined);
  });

  it('finds the markdown and config files of a folder, not those of node_modules nor symlinks', async () => {
    const found = [...(await host.findFiles(uri(ws)))].sort();
    assert.deepEqual(found, [uri(path.join(ws, 'aims.md')), uri(path.join(ws, 'cohort', '.mentoring-plans.json')), uri(path.join(ws, 'cohort', 'ines.plan.md'))]);
  });

  it('reports a file created in a watched folder by its URI', async () => {
    const created = path.join(ws, 'cohort', 'new.plan.md');
    const seen = new Promise<string>((resolve) => {
      const watcher = host.watch(uri(path.join(ws, 'cohort')), (changed) => {
        if (changed !== uri(created)) return;
        watcher.dispose();
        resolve(changed);
      });
    });
    writeFileSync(created, '# New plan\n');
    assert.equal(await seen, uri(created));
  });
});
