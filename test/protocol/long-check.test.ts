// While a long plan is being checked, the server answers other requests between slices of the check.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatePlan, Random, typicalPlan } from '../../bench/generate';
import { TestClient } from '../support/lsp-client';

const uriOf = (name: string): string => pathToFileURL(path.join(__dirname, 'no-such-folder', name)).href;

describe('a long plan being checked', () => {
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    await client.initialize();
  });

  afterEach(() => client.shutdown());

  it('answers hover on another plan before the long plan diagnostics it was asked after', async function () {
    this.timeout(60_000);
    const small = uriOf('small.plan.md');
    const smallText = typicalPlan();
    await client.open(small, smallText);
    await client.pull(small);
    const long = uriOf('long.plan.md');
    const longText = generatePlan(new Random(3), { goals: 500, sessionYears: 5 });
    await client.open(long, longText);
    await client.pull(long);
    await client.change(long, `${longText}\nOne more line.\n`);
    const lines = smallText.split('\n');
    const goalLine = lines.findIndex((l, i) => l.startsWith('### ') && i > lines.indexOf('## Goals'));
    const answered: string[] = [];
    await Promise.all([
      client.pull(long).then(() => answered.push('long plan diagnostics')),
      client.request('textDocument/hover', { textDocument: { uri: small }, position: { line: goalLine, character: 6 } }).then((hover) => answered.push(hover ? 'hover' : 'no hover')),
    ]);
    assert.deepEqual(answered, ['hover', 'long plan diagnostics']);
  });
});
