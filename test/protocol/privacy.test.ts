// Plans are personal data: the bundles must work with every network module and fetch trapped.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../support/lsp-client';

const TRAP = path.resolve(__dirname, '../support/network-trap.cjs');
const ROOT = path.resolve(__dirname, '../fixtures/protocol');
const PLAN = path.join(ROOT, 'mac.plan.md');

describe('privacy: nothing leaves the machine', () => {
  it('the trap itself catches a network call', () => {
    const run = spawnSync(process.execPath, ['--require', TRAP, '-e', 'fetch("http://127.0.0.1:9").catch(() => {})'], { encoding: 'utf8' });
    assert.match(run.stderr, /NETWORK-ACCESS fetch/);
  });

  it('a full LSP session touches no network module', async () => {
    const client = new TestClient({ rootPath: ROOT, nodeArgs: ['--require', TRAP], capabilities: { workspace: { configuration: true } } });
    const init = await client.initialize();
    const uri = pathToFileURL(PLAN).href;
    const text = readFileSync(PLAN, 'utf8');
    await client.open(uri, text);
    assert.ok((await client.diagnosticsFor(uri, 1)).length > 0);
    const position = { line: 30, character: 6 };
    const caps = init.capabilities;
    if (caps.hoverProvider) await client.request('textDocument/hover', { textDocument: { uri }, position });
    if (caps.completionProvider) await client.request('textDocument/completion', { textDocument: { uri }, position });
    if (caps.documentSymbolProvider) await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    if (caps.codeActionProvider) await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    if (caps.workspaceSymbolProvider) await client.request('workspace/symbol', { query: '' });
    const version = await client.change(uri, text.replace('Get better at communication', 'Present the Q3 roadmap to the board'));
    await client.diagnosticsFor(uri, version);
    await client.close(uri);
    await client.shutdown();
    assert.doesNotMatch(client.stderr.join(''), /NETWORK-ACCESS/);
  });
});
