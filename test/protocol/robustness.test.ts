// The bundled server under abuse, as a careless or racing client would treat it: requests for documents
// it never saw, positions past the end, malformed parameters, cancellations, edit bursts and open/close
// loops. Every request gets a result or a JSON-RPC error, and the server keeps serving.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, Position } from 'vscode-languageserver-protocol';
import { summarise, TestClient } from '../support/lsp-client';

const ROOT = path.resolve(__dirname, '../fixtures/protocol');
const uriOf = (name: string) => pathToFileURL(path.join(ROOT, name)).href;
const MAC = readFileSync(path.join(ROOT, 'mac.plan.md'), 'utf8');
const TRAP = path.resolve(__dirname, '../support/fs-trap.cjs');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Parameters for every request a capability advertises, for a document and a position in it. */
const REQUESTS: Readonly<Record<string, { method: string; params: (uri: string, position: Position) => object }[]>> = {
  hoverProvider: [{ method: 'textDocument/hover', params: (uri, position) => ({ textDocument: { uri }, position }) }],
  definitionProvider: [{ method: 'textDocument/definition', params: (uri, position) => ({ textDocument: { uri }, position }) }],
  referencesProvider: [{ method: 'textDocument/references', params: (uri, position) => ({ textDocument: { uri }, position, context: { includeDeclaration: true } }) }],
  renameProvider: [
    { method: 'textDocument/rename', params: (uri, position) => ({ textDocument: { uri }, position, newName: 'Lead the team Mac trusts' }) },
    { method: 'textDocument/prepareRename', params: (uri, position) => ({ textDocument: { uri }, position }) },
  ],
  documentSymbolProvider: [{ method: 'textDocument/documentSymbol', params: (uri) => ({ textDocument: { uri } }) }],
  workspaceSymbolProvider: [{ method: 'workspace/symbol', params: () => ({ query: 'manager' }) }],
  codeLensProvider: [{ method: 'textDocument/codeLens', params: (uri) => ({ textDocument: { uri } }) }],
  codeActionProvider: [
    { method: 'textDocument/codeAction', params: (uri, position) => ({ textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }) },
  ],
  completionProvider: [{ method: 'textDocument/completion', params: (uri, position) => ({ textDocument: { uri }, position }) }],
  diagnosticProvider: [{ method: 'textDocument/diagnostic', params: (uri) => ({ textDocument: { uri } }) }],
};
/** Capabilities that are not request providers. */
const NOT_REQUESTS = new Set(['textDocumentSync', 'workspace']);

/** Answers to a request: 'empty' for null or an empty list/report, 'result', or the JSON-RPC error code. */
async function outcome(client: TestClient, method: string, params: unknown): Promise<string> {
  try {
    const result = await client.request<unknown>(method, params);
    if (result === null || (Array.isArray(result) && result.length === 0)) return 'empty';
    if (method === 'textDocument/diagnostic' && (result as { items: unknown[] }).items.length === 0) return 'empty';
    return 'result';
  } catch (error) {
    assert.ok(error instanceof ResponseError, `${method}: ${String(error)}`);
    return `error ${error.code}`;
  }
}

function advertised(init: InitializeResult) {
  return Object.keys(init.capabilities).filter((k) => !NOT_REQUESTS.has(k)).flatMap((k) => {
    assert.ok(REQUESTS[k], `the server advertises ${k}; add its requests to this test`);
    return REQUESTS[k];
  });
}

/** Every request for a document the server does not have is answered empty (workspace symbols still list the workspace). */
async function expectAllEmpty(client: TestClient, init: InitializeResult, uri: string, position: Position): Promise<void> {
  for (const { method, params } of advertised(init)) {
    assert.equal(await outcome(client, method, params(uri, position)), method === 'workspace/symbol' ? 'result' : 'empty', method);
  }
}

/** Still serving: a normal request on a real plan answers with its findings. */
async function stillServing(client: TestClient): Promise<void> {
  const uri = uriOf('mac.plan.md');
  const version = await client.change(uri, MAC);
  assert.deepEqual(summarise(await client.pull(uri)), ['31:5-31:32 vague-goal', '32:21-32:46 broken-why-link'], `still serving at version ${version}`);
}

describe('robustness over LSP', function () {
  this.timeout(60000);

  describe('bad requests (pull mode)', () => {
    let client: TestClient;
    let init: InitializeResult;
    before(async () => {
      client = new TestClient({ rootPath: ROOT, capabilities: { textDocument: { diagnostic: {} } } });
      init = await client.initialize();
      await client.open(uriOf('mac.plan.md'), MAC);
    });
    after(() => client.shutdown());
    afterEach(() => stillServing(client));

    it('covers every request the server advertises', () => {
      assert.deepEqual(
        advertised(init).map((r) => r.method),
        Object.keys(init.capabilities).filter((k) => !NOT_REQUESTS.has(k)).flatMap((k) => REQUESTS[k].map((r) => r.method)),
      );
      assert.ok(advertised(init).length >= 10);
    });

    it('answers requests for a document it never saw with empty results', async () => {
      await expectAllEmpty(client, init, uriOf('never-opened.plan.md'), { line: 0, character: 0 });
      await expectAllEmpty(client, init, 'untitled:Untitled-1', { line: 3, character: 2 });
    });

    it('answers requests for a closed document with empty results', async () => {
      const uri = uriOf('closed.plan.md');
      await client.open(uri, MAC);
      assert.equal((await client.pull(uri)).length, 2);
      await client.close(uri);
      await expectAllEmpty(client, init, uri, { line: 30, character: 6 });
    });

    it('answers positions past the end of a line and of the document without an error', async () => {
      const uri = uriOf('mac.plan.md');
      for (const position of [{ line: 30, character: 5000 }, { line: 9999, character: 0 }, { line: 2 ** 31 - 1, character: 2 ** 31 - 1 }]) {
        for (const { method, params } of advertised(init)) {
          const answer = await outcome(client, method, params(uri, position));
          assert.ok(answer === 'empty' || answer === 'result', `${method} at ${JSON.stringify(position)}: ${answer}`);
        }
      }
      const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 9999, character: 0 } });
      assert.equal(hover, null);
    });

    it('rejects malformed parameters with InvalidParams, naming what is wrong', async () => {
      const uri = uriOf('mac.plan.md');
      const cases: [string, unknown, string][] = [
        ['textDocument/hover', { position: { line: 0, character: 0 } }, 'textDocument must be an object with a string uri'],
        ['textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 0 } }, 'position must have whole, non-negative line and character'],
        ['textDocument/completion', { textDocument: 42, position: 'x' }, 'textDocument must be an object with a string uri; position must have whole, non-negative line and character'],
        ['textDocument/definition', { textDocument: { uri: 7 }, position: { line: 0, character: 0 } }, 'textDocument must be an object with a string uri'],
        ['textDocument/references', { textDocument: { uri }, position: { line: 0, character: 0 } }, 'context must be an object'],
        ['textDocument/rename', { textDocument: { uri }, position: { line: 0, character: 0 } }, 'newName must be a non-empty name on one line'],
        // On the purpose heading, where a good name is renamed: a line break would write a heading of its own.
        ['textDocument/rename', { textDocument: { uri }, position: { line: 11, character: 6 }, newName: 'Lead\n## Injected' }, 'newName must be a non-empty name on one line'],
        ['textDocument/rename', { textDocument: { uri }, position: { line: 11, character: 6 }, newName: 'Lead the team\r' }, 'newName must be a non-empty name on one line'],
        ['textDocument/rename', { textDocument: { uri }, position: { line: 11, character: 6 }, newName: '' }, 'newName must be a non-empty name on one line'],
        ['textDocument/rename', { textDocument: { uri }, position: { line: 11, character: 6 }, newName: '   ' }, 'newName must be a non-empty name on one line'],
        ['textDocument/codeAction', { textDocument: { uri } }, 'range must have start and end positions; context must be an object'],
        ['textDocument/codeLens', {}, 'textDocument must be an object with a string uri'],
        ['textDocument/documentSymbol', { textDocument: null }, 'textDocument must be an object with a string uri'],
        ['textDocument/diagnostic', { textDocument: 'mac.plan.md' }, 'textDocument must be an object with a string uri'],
        ['workspace/symbol', { query: 3 }, 'query must be a string'],
      ];
      for (const [method, params, message] of cases) {
        await assert.rejects(client.request(method, params), (error: unknown) => {
          assert.ok(error instanceof ResponseError);
          assert.equal(error.code, -32602, method);
          assert.equal(error.message, `Invalid parameters: ${message}.`);
          return true;
        });
      }
    });

    it('answers methods it does not know with MethodNotFound', async () => {
      assert.equal(await outcome(client, 'textDocument/formatting', { textDocument: { uri: uriOf('mac.plan.md') }, options: { tabSize: 2, insertSpaces: true } }), 'error -32601');
      assert.equal(await outcome(client, 'mentoringPlans/noSuchThing', {}), 'error -32601');
    });

    it('answers cancelled requests with a result or RequestCancelled, and nothing else', async () => {
      const uri = uriOf('mac.plan.md');
      const answers = await Promise.all(
        advertised(init).flatMap(({ method, params }) =>
          [0, 1, 5].map(async (delay) => {
            const source = new CancellationTokenSource();
            const pending = client.connection.sendRequest(method, params(uri, { line: 30, character: 6 }), source.token);
            if (delay === 0) source.cancel();
            else setTimeout(() => source.cancel(), delay);
            try {
              await pending;
              return 'answered';
            } catch (error) {
              assert.ok(error instanceof ResponseError, `${method}: ${String(error)}`);
              assert.equal(error.code, -32800, `${method}: ${error.message}`);
              return 'cancelled';
            }
          }),
        ),
      );
      assert.equal(answers.length, advertised(init).length * 3);
    });
  });

  describe('edit bursts and open/close loops (push mode)', () => {
    let client: TestClient;
    let dir: string;
    before(async () => {
      // A workspace of its own, so that the fresh copies below do not touch the shared fixtures.
      dir = mkdtempSync(path.join(tmpdir(), 'mp-robust-'));
      writeFileSync(path.join(dir, 'aims.md'), readFileSync(path.join(ROOT, 'aims.md')));
      client = new TestClient({ rootPath: dir });
      await client.initialize();
    });
    after(() => client.shutdown());
    const at = (name: string) => pathToFileURL(path.join(dir, name)).href;

    /** What a fresh open of the text gives, in a document of its own. */
    async function fresh(name: string, text: string): Promise<Diagnostic[]> {
      await client.open(at(name), text);
      const diagnostics = await client.diagnosticsFor(at(name), 1);
      await client.close(at(name));
      return diagnostics;
    }
    const comparable = (ds: readonly Diagnostic[]) => ds.map((d) => ({ range: d.range, code: d.code, severity: d.severity, message: d.message }));

    it('after 200 edits in a burst, publishes the final text\'s diagnostics, and versions never go backwards', async () => {
      const uri = at('burst.plan.md');
      await client.open(uri, MAC);
      await client.diagnosticsFor(uri, 1);
      // A mentor types a new goal, correcting a word on the way, then deletes the vague one.
      const goal = '\n### Maybe someday get better at saying no\n- Why this matters: [Aims](aims.md#long-term-aim)\n- By: 2099-06\n';
      const texts: string[] = [];
      for (let i = 1; i <= goal.length; i++) texts.push(MAC + goal.slice(0, i));
      while (texts.length < 199) texts.push(texts[texts.length - 1] + (texts.length % 2 === 0 ? 'x' : ''));
      texts.push((MAC + goal).replace('### Get better at communication\n', '### Give the March all-hands talk without notes\n'));
      assert.equal(texts.length, 200);
      let version = 1;
      for (const text of texts) version = await client.change(uri, text);
      assert.equal(version, 201);
      const final = await client.diagnosticsFor(uri, 201);
      const expected = await fresh('burst-fresh.plan.md', texts[199]);
      assert.deepEqual(comparable(final), comparable(expected));
      assert.deepEqual(summarise(final), ['32:21-32:46 broken-why-link', '36:5-36:42 missing-replaces', '36:5-36:42 vague-goal', '36:11-36:18 wish-goal']);
      await sleep(800);
      const versions = client.history.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `published versions ${versions.join(', ')}`);
      assert.equal(versions[versions.length - 1], 201);
      assert.ok(versions.length < 20, `a burst is debounced, not checked 200 times (${versions.length} publications)`);
    });

    it('opens and closes the same file 60 times and ends with the last text\'s diagnostics', async () => {
      const uri = at('loop.plan.md');
      const vague = MAC;
      const clean = MAC.replace('Get better at communication', 'Give the March all-hands talk without notes').replace('aims.md#long-term', 'aims.md#long-term-aim');
      for (let i = 0; i < 60; i++) {
        await client.open(uri, i % 2 === 0 ? vague : clean);
        if (i % 3 === 0) await sleep(1);
        await client.close(uri);
      }
      await client.open(uri, clean);
      await sleep(800);
      const last = client.history.filter((p) => p.uri === uri).at(-1)!;
      assert.equal(last.version, 1);
      assert.deepEqual(comparable(last.diagnostics), comparable(await fresh('loop-fresh.plan.md', clean)));
      await client.close(uri);
    });

    it('keeps serving afterwards', async () => {
      const uri = at('after.plan.md');
      await client.open(uri, MAC);
      assert.deepEqual(summarise(await client.diagnosticsFor(uri, 1)), ['31:5-31:32 vague-goal', '32:21-32:46 broken-why-link']);
      assert.deepEqual(client.stderr.join(''), '');
    });
  });

  describe('files that are not checked, and links that leave the workspace', () => {
    let client: TestClient;
    let workspace: string;
    let outside: string;
    let maxFileSize: unknown = 4000;
    before(async () => {
      const base = mkdtempSync(path.join(tmpdir(), 'mp-files-'));
      workspace = path.join(base, 'workspace');
      outside = path.join(base, 'private');
      mkdirSync(workspace);
      mkdirSync(outside);
      writeFileSync(path.join(workspace, 'aims.md'), readFileSync(path.join(ROOT, 'aims.md')));
      writeFileSync(path.join(outside, 'diary.md'), '# Diary\n\n## Long-term aim\n');
      client = new TestClient({
        rootPath: workspace,
        capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } },
        settings: () => ({ maxFileSize }),
        nodeArgs: ['--require', TRAP],
        env: { MP_FORBIDDEN_DIR: outside },
      });
      await client.initialize();
    });
    after(() => client.shutdown());
    const at = (name: string) => pathToFileURL(path.join(workspace, name)).href;
    /** The plan, padded with further real goals to more than `bytes`. */
    const bigPlan = (bytes: number) => {
      let text = MAC;
      for (let i = 1; text.length <= bytes; i++) text += `\n### Run retro number ${i} without notes\n- Why this matters: [Aims](aims.md#long-term-aim)\n- By: 2099-0${(i % 9) + 1}\n`;
      return text;
    };
    const notice = (code: string, message: string) => [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: 'mentoring-plans', code, message }];

    it('skips a plan over mentoringPlans.maxFileSize with one information notice saying why and how to raise it', async () => {
      const uri = at('big.plan.md');
      const text = bigPlan(4 * 1024 * 1024 + 10);
      await client.open(uri, text);
      maxFileSize = undefined; // the default, 4 MB
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(await client.pull(uri), notice('file-too-large', `This plan was not checked: it is ${Buffer.byteLength(text).toLocaleString('en-US')} bytes (4.0 MB), over the limit of 4,194,304 bytes. To check it anyway, raise the setting mentoringPlans.maxFileSize (bytes).`));
      maxFileSize = 1500;
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      const small = bigPlan(1600);
      await client.change(uri, small);
      assert.deepEqual(await client.pull(uri), notice('file-too-large', `This plan was not checked: it is ${Buffer.byteLength(small).toLocaleString('en-US')} bytes (0.0 MB), over the limit of 1,500 bytes. To check it anyway, raise the setting mentoringPlans.maxFileSize (bytes).`));
      // Raising the limit checks it again.
      maxFileSize = 1024 * 1024;
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(summarise(await client.pull(uri)).slice(0, 2), ['31:5-31:32 vague-goal', '32:21-32:46 broken-why-link']);
      await client.close(uri);
    });

    it('skips a large file marked a plan by its front matter alone, and leaves large non-plans silent', async () => {
      maxFileSize = 1500;
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      await client.open(at('notes.md'), bigPlan(1600));
      assert.deepEqual((await client.pull(at('notes.md'))).map((d) => d.code), ['file-too-large']);
      await client.open(at('README.md'), '# Team handbook\n\n' + 'Ask early; we would rather hear it on Monday than on Friday.\n'.repeat(100));
      assert.deepEqual(await client.pull(at('README.md')), []);
    });

    it('answers a binary file named .plan.md with one notice, and no findings from its bytes', async () => {
      maxFileSize = undefined;
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      const png = '\u0089PNG\r\n\u001a\n\0\0\0\rIHDR\0\0\0\u0010' + '\n## Goals\n### Get better at communication\n' + String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 37) % 256));
      await client.open(at('photo.plan.md'), png);
      assert.deepEqual(await client.pull(at('photo.plan.md')), notice('binary-file', 'This is a binary file, not markdown, so it was not checked.'));
    });

    it('reports a why-link outside the workspace as such, and never touches the file', async () => {
      const uri = at('outside.plan.md');
      await client.open(uri, MAC.replace('[Aims](aims.md#long-term)', '[My diary](../private/diary.md#long-term-aim)'));
      const broken = (await client.pull(uri)).filter((d) => d.code === 'broken-why-link');
      assert.deepEqual(broken.map((d) => [summarise([d])[0], d.message]), [
        ['32:21-32:66 broken-why-link', 'The why-link points to "../private/diary.md", outside the workspace; it is not read. Link to a purpose inside the workspace.'],
      ]);
      assert.doesNotMatch(client.stderr.join(''), /FS-ACCESS/);
    });

    it('has the trap armed: a read inside the private folder is caught', () => {
      const run = spawnSync(process.execPath, ['--require', TRAP, '-e', `require('node:fs').readFileSync(${JSON.stringify(path.join(outside, 'diary.md'))})`], {
        env: { ...process.env, MP_FORBIDDEN_DIR: outside },
        encoding: 'utf8',
      });
      assert.notEqual(run.status, 0);
      assert.match(run.stderr, /^FS-ACCESS fs\.readFileSync .*diary\.md$/m);
    });
  });
});
