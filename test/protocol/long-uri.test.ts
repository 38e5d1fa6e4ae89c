// A document can be open at a URI of thousands of folders that do not exist (a client bug, or an
// attacker's workspace): answering it must cost time in proportion to the URI, not to its square.

import * as assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { typicalPlan } from '../../bench/generate';
import { TestClient } from '../support/lsp-client';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('a document at a very long URI', function () {
  this.timeout(120_000);
  const root = mkdtempSync(path.join(tmpdir(), 'mp-long-uri-'));
  let client: TestClient;

  before(async () => {
    client = new TestClient({ rootPath: root, capabilities: { textDocument: { diagnostic: {} } } });
    await client.initialize();
  });

  after(() => client.shutdown());

  /** The time from opening a plan at `depth` new folders to its first hover; each call uses folders of its own. */
  let opened = 0;
  const firstHover = async (depth: number): Promise<number> => {
    const folders = Array.from({ length: depth }, (_, i) => `w${opened}f${i % 10}`).join('/');
    const uri = pathToFileURL(path.join(root, folders, 'mentee.plan.md')).href;
    opened++;
    const start = performance.now();
    await client.open(uri, typicalPlan());
    const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const took = performance.now() - start;
    assert.equal(hover, null);
    // The plan is checked like any other: its diagnostics are there.
    assert.ok((await client.pull(uri)).length > 0);
    await client.close(uri);
    return took;
  };

  it('answers the first hover at a 10,000-character URI in well under 15 times the time at a 1,000-character one', async () => {
    await firstHover(200);
    const short: number[] = [];
    const long: number[] = [];
    for (let run = 0; run < 3; run++) {
      short.push(await firstHover(200));
      long.push(await firstHover(2000));
    }
    const ratio = median(long) / Math.max(median(short), 1);
    assert.ok(ratio < 15, `10× the URI took ${ratio.toFixed(1)}× as long`);
  });
});
