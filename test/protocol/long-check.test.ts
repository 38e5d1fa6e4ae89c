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

  /** A typical plan, open and checked, and the line of its first goal heading (where a hover answers). */
  async function openSmallPlan(): Promise<{ small: string; goalLine: number }> {
    const small = uriOf('small.plan.md');
    const smallText = typicalPlan();
    await client.open(small, smallText);
    await client.pull(small);
    const lines = smallText.split('\n');
    return { small, goalLine: lines.findIndex((l, i) => l.startsWith('### ') && i > lines.indexOf('## Goals')) };
  }

  it('answers hover on another plan before the long plan diagnostics it was asked after', async function () {
    this.timeout(60_000);
    const { small, goalLine } = await openSmallPlan();
    const long = uriOf('long.plan.md');
    const longText = generatePlan(new Random(3), { goals: 500, sessionYears: 5 });
    await client.open(long, longText);
    await client.pull(long);
    await client.change(long, `${longText}\nOne more line.\n`);
    const answered: string[] = [];
    await Promise.all([
      client.pull(long).then(() => answered.push('long plan diagnostics')),
      client.request('textDocument/hover', { textDocument: { uri: small }, position: { line: goalLine, character: 6 } }).then((hover) => answered.push(hover ? 'hover' : 'no hover')),
    ]);
    assert.deepEqual(answered, ['hover', 'long plan diagnostics']);
  });

  // Shapes that once held the server for seconds to minutes in one piece of parsing.
  const HOSTILE: Readonly<Record<string, string>> = {
    'a 3.5 MB goal line': `## Goals\n### ${'walk the dog every morning '.repeat(130_000)}\n`,
    'a list nested 1,000 levels over 1,000 lines': `## Goals\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- Why this matters: ${i}`).join('\n')}\n`,
    'a line of 20,000 nested bullets, repeated': `## Goals\n${`${'- '.repeat(20_000)}x\n\n`.repeat(40)}`,
  };

  for (const [shape, text] of Object.entries(HOSTILE)) {
    it(`answers hover on another plan while ${shape} is checked`, async function () {
      this.timeout(120_000);
      const { small, goalLine } = await openSmallPlan();
      const hostile = uriOf('hostile.plan.md');
      await client.open(hostile, `---\ntype: mentoring-plan\n---\n${text}`);
      const answered: string[] = [];
      await Promise.all([
        client.pull(hostile).then((items) => answered.push(`hostile plan diagnostics: ${Array.isArray(items) ? 'a list' : 'no list'}`)),
        client.request('textDocument/hover', { textDocument: { uri: small }, position: { line: goalLine, character: 6 } }).then((hover) => answered.push(hover ? 'hover' : 'no hover')),
      ]);
      assert.deepEqual(answered, ['hover', 'hostile plan diagnostics: a list']);
    });
  }
});
