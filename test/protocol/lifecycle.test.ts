// The end of a session as LSP defines it: after `shutdown` every request is an InvalidRequest error, and
// `exit` ends the process at once, whatever check is still running.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ResponseError } from 'vscode-jsonrpc/node';
import { generatePlan, Random, typicalPlan } from '../../bench/generate';
import { TestClient } from '../support/lsp-client';

const uriOf = (name: string): string => pathToFileURL(path.join(__dirname, 'no-such-folder', name)).href;
const PULL = { textDocument: { diagnostic: { dynamicRegistration: false } } };

async function errorCode(pending: Promise<unknown>): Promise<number | string> {
  try {
    return `answered ${JSON.stringify(await pending)}`;
  } catch (error) {
    assert.ok(error instanceof ResponseError, String(error));
    return error.code;
  }
}

describe('shutdown and exit', function () {
  this.timeout(60_000);
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient({ capabilities: PULL });
    await client.initialize();
  });

  afterEach(() => client.shutdown());

  it('answers every request after shutdown with InvalidRequest, then exits with 0 on exit', async () => {
    const uri = uriOf('ana.plan.md');
    await client.open(uri, typicalPlan());
    assert.equal((await client.pull(uri)).length > 0, true);
    assert.equal(await client.request('shutdown', null), null);
    assert.equal(await errorCode(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })), -32600);
    assert.equal(await errorCode(client.request('textDocument/diagnostic', { textDocument: { uri } })), -32600);
    assert.equal(await errorCode(client.request('workspace/symbol', { query: 'lead' })), -32600);
    assert.equal(await errorCode(client.request('shutdown', null)), -32600);
    await client.notify('exit', null);
    assert.equal(await client.exited(), 0);
  });

  it('ends on exit while a long plan is being checked, without answering it', async () => {
    const uri = uriOf('long.plan.md');
    await client.open(uri, generatePlan(new Random(5), { goals: 800, sessionYears: 5 }));
    const events: string[] = [];
    void client.pull(uri).then(
      () => events.push('diagnostics'),
      () => events.push('no diagnostics'),
    );
    await client.notify('exit', null);
    // The process is gone and everything it wrote is read: the check's answer never came.
    events.push(`exit ${String(await client.exited())}`);
    // Exit without shutdown is code 1 in LSP.
    assert.deepEqual(events, ['exit 1']);
  });
});
