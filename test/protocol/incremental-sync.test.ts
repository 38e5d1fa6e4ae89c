// Edits arrive as ranges (incremental sync), as editors send them: a keystroke in a long plan carries
// one character, and the server's copy of the text must come out exactly as the editor's.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocumentSyncKind, type Position } from 'vscode-languageserver-protocol';
import { summarise, TestClient } from '../support/lsp-client';

const ROOT = path.resolve(__dirname, '../fixtures/protocol');
const uri = pathToFileURL(path.join(ROOT, 'mac.plan.md')).href;
const text = readFileSync(path.join(ROOT, 'mac.plan.md'), 'utf8');

/** Line and UTF-16 column of `offset` in the original text. */
function positionOf(offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function replace(find: string, by: string) {
  const start = text.indexOf(find);
  assert.ok(start >= 0, find);
  return { range: { start: positionOf(start), end: positionOf(start + find.length) }, text: by };
}

describe('incremental text sync', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ rootPath: ROOT });
    const init = await client.initialize();
    assert.equal(init.capabilities.textDocumentSync, TextDocumentSyncKind.Incremental);
    await client.open(uri, text);
    assert.deepEqual(summarise(await client.diagnosticsFor(uri, 1)), ['31:5-31:32 vague-goal', '32:21-32:46 broken-why-link']);
  });
  after(() => client.shutdown());

  it('applies a ranged change and checks the text it makes', async () => {
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [replace('#long-term)', '#long-term-aim)')] });
    assert.deepEqual(summarise(await client.diagnosticsFor(uri, 2)), ['31:5-31:32 vague-goal']);
  });

  it('applies several ranged changes of one notification in order', async () => {
    // A blank line above the goal first: the second range is in the text as the first change left it.
    const heading = positionOf(text.indexOf('### Get better at communication'));
    const goal = replace('Get better at communication', 'Run the March all-hands Q&A without notes');
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: heading, end: heading }, text: '\n' }, { ...goal, range: { start: down(goal.range.start), end: down(goal.range.end) } }],
    });
    assert.deepEqual(summarise(await client.diagnosticsFor(uri, 3)), []);
  });

  it('places findings of later edits by the text as edited', async () => {
    const link = replace('#long-term)', '#long-term)');
    // The link as the first test fixed it, one line lower since the second.
    const fixed = { start: down(link.range.start), end: down({ ...link.range.end, character: link.range.end.character + '-aim'.length }) };
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ range: fixed, text: '#long-term)' }] });
    assert.deepEqual(summarise(await client.diagnosticsFor(uri, 4)), ['33:21-33:46 broken-why-link']);
  });
});

function down(p: Position): Position {
  return { line: p.line + 1, character: p.character };
}
