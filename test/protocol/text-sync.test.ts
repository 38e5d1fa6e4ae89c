// The server asks for full document sync: every change carries the whole text, which any client can
// send and which leaves no room for the server's copy to drift from the editor's.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocumentSyncKind } from 'vscode-languageserver-protocol';
import { summarise, TestClient } from '../support/lsp-client';

const ROOT = path.resolve(__dirname, '../fixtures/protocol');
const uri = pathToFileURL(path.join(ROOT, 'mac.plan.md')).href;
const text = readFileSync(path.join(ROOT, 'mac.plan.md'), 'utf8');

describe('text sync', () => {
  let client: TestClient;
  after(() => client.shutdown());

  it('is full: each change replaces the text, and the findings follow it', async () => {
    client = new TestClient({ rootPath: ROOT });
    const init = await client.initialize();
    assert.equal(init.capabilities.textDocumentSync, TextDocumentSyncKind.Full);
    await client.open(uri, text);
    assert.deepEqual(summarise(await client.diagnosticsFor(uri, 1)), ['31:5-31:32 vague-goal', '32:21-32:46 broken-why-link']);
    const fixed = text.replace('#long-term)', '#long-term-aim)');
    assert.deepEqual(summarise(await client.diagnosticsFor(uri, await client.change(uri, fixed))), ['31:5-31:32 vague-goal']);
    const moved = fixed.replace('### Get better at communication', '\n### Get better at communication').replace('#long-term-aim)', '#long-term)');
    assert.deepEqual(summarise(await client.diagnosticsFor(uri, await client.change(uri, moved))), ['32:5-32:32 vague-goal', '33:21-33:46 broken-why-link']);
  });
});
