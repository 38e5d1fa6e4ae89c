// The bundled server over stdio, as any LSP client sees it: push and pull diagnostics, non-plans,
// UTF-16 ranges with emoji and CRLF, and settings that change a rule's severity.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { summarise, TestClient } from '../support/lsp-client';

const ROOT = path.resolve(__dirname, '../fixtures/protocol');
const uriOf = (name: string) => pathToFileURL(path.join(ROOT, name)).href;
const read = (name: string) => readFileSync(path.join(ROOT, name), 'utf8');

describe('diagnostics over LSP', () => {
  describe('push mode (a client without pull support, like Neovim or Helix)', () => {
    let client: TestClient;
    before(async () => {
      client = new TestClient({ rootPath: ROOT });
      const init = await client.initialize();
      assert.equal(init.capabilities.diagnosticProvider, undefined);
      assert.equal(init.serverInfo?.name, 'mentoring-plans');
    });
    after(() => client.shutdown());

    it('publishes every finding of a plan with rule ids, source and a link to the rule page', async () => {
      await client.open(uriOf('mac.plan.md'), read('mac.plan.md'));
      const diagnostics = await client.diagnosticsFor(uriOf('mac.plan.md'), 1);
      assert.deepEqual(summarise(diagnostics), ['31:5-31:32 vague-goal', '32:21-32:46 broken-why-link']);
      const vague = diagnostics.find((d) => d.code === 'vague-goal')!;
      assert.equal(vague.source, 'mentoring-plans');
      assert.equal(vague.severity, DiagnosticSeverity.Warning);
      assert.match(vague.codeDescription!.href, /docs\/rules\/vague-goal\.md$/);
      assert.equal(
        vague.message,
        '"Get better at" names no result anyone could see. Say what will be different, or add a "Success looks like" line.',
      );
      const broken = diagnostics.find((d) => d.code === 'broken-why-link')!;
      assert.equal(broken.severity, DiagnosticSeverity.Error);
      assert.equal(broken.message, 'The why-link points to "#long-term" in "aims.md", but no such heading exists. Link to an existing purpose heading (did you mean "aims.md#long-term-aim"?).');
    });

    it('re-checks on change, and answers for the newest version only', async () => {
      const uri = uriOf('mac.plan.md');
      const fixed = read('mac.plan.md').replace('[Aims](aims.md#long-term)', '[Aims](aims.md#long-term-aim)').replace('Get better at communication', 'Run the March all-hands Q&A without notes');
      await client.change(uri, read('mac.plan.md').replace('Get better', 'Get much better'));
      const version = await client.change(uri, fixed);
      assert.deepEqual(summarise(await client.diagnosticsFor(uri, version)), []);
    });

    it('leaves ordinary markdown alone, even with a Goals heading', async () => {
      const uri = uriOf('README.md');
      await client.open(uri, read('README.md'));
      assert.deepEqual(await client.diagnosticsFor(uri, 1), []);
    });

    it('clears diagnostics when a plan is closed', async () => {
      const uri = uriOf('mac.plan.md');
      client.forget(uri);
      await client.close(uri);
      assert.deepEqual(await client.diagnostics(uri), []);
    });
  });

  describe('pull mode (a client that declares textDocument/diagnostic)', () => {
    let client: TestClient;
    before(async () => {
      client = new TestClient({ rootPath: ROOT, capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
      const init = await client.initialize();
      assert.deepEqual(init.capabilities.diagnosticProvider, { interFileDependencies: true, workspaceDiagnostics: false });
    });
    after(() => client.shutdown());

    it('answers diagnostic requests with the same findings', async () => {
      await client.open(uriOf('mac.plan.md'), read('mac.plan.md'));
      assert.deepEqual(summarise(await client.pull(uriOf('mac.plan.md'))), ['31:5-31:32 vague-goal', '32:21-32:46 broken-why-link']);
    });

    it('answers an empty report for a README', async () => {
      await client.open(uriOf('README.md'), read('README.md'));
      assert.deepEqual(await client.pull(uriOf('README.md')), []);
    });
  });

  describe('positions', () => {
    let client: TestClient;
    before(async () => {
      client = new TestClient({ rootPath: ROOT });
      await client.initialize();
    });
    after(() => client.shutdown());

    it('counts UTF-16 code units after emoji, on CRLF lines', async () => {
      const text = [
        '---',
        'type: mentoring-plan',
        '---',
        '## 🎯 Goals',
        '',
        '### 🚀🚀 Someday I hope to lead the platform team 🙏',
        '- Why this matters: [Grow into leadership](#grow-into-leadership)',
        '- By: 2099-06',
        '- Replaces: doing every code review myself',
        '',
      ].join('\r\n');
      const uri = 'untitled:Untitled-1';
      await client.open(uri, text);
      const diagnostics = await client.diagnosticsFor(uri, 1);
      assert.deepEqual(summarise(diagnostics), ['4:4-4:12 premature-goals', '6:10-6:17 wish-goal', '7:21-7:66 broken-why-link']);
      const wish = diagnostics.find((d) => d.code === 'wish-goal')!;
      // "### " is 4 units, each 🚀 is 2, then a space: "Someday" starts at character 9.
      assert.deepEqual(wish.range, { start: { line: 5, character: 9 }, end: { line: 5, character: 16 } });
      const broken = diagnostics.find((d) => d.code === 'broken-why-link')!;
      assert.deepEqual(broken.range, { start: { line: 6, character: 20 }, end: { line: 6, character: 65 } });
    });
  });

  describe('settings', () => {
    let severity: string = 'error';
    let client: TestClient;
    before(async () => {
      client = new TestClient({
        rootPath: ROOT,
        capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } },
        settings: () => ({ rules: { 'vague-goal': severity, 'broken-why-link': 'off' } }),
      });
      await client.initialize();
    });
    after(() => client.shutdown());

    it('takes rule severities from workspace/configuration and re-checks when they change', async () => {
      const uri = uriOf('mac.plan.md');
      await client.open(uri, read('mac.plan.md'));
      const first = await client.diagnosticsFor(uri, 1);
      assert.deepEqual(first.map((d) => [d.code, d.severity]), [['vague-goal', DiagnosticSeverity.Error]]);
      severity = 'hint';
      client.forget(uri);
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      const second = await client.diagnostics(uri);
      assert.deepEqual(second.map((d) => [d.code, d.severity]), [['vague-goal', DiagnosticSeverity.Hint]]);
      severity = 'off';
      client.forget(uri);
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(await client.diagnostics(uri), []);
    });
  });
});
