// The language server and .mentoring-plans.json: layered over the editor settings, re-read when it
// changes on disk or in the editor, and its problems shown on the config file itself.

import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { summarise, TestClient } from '../support/lsp-client';
import { copyFixture } from './run-cli';

describe('the language server reads .mentoring-plans.json', () => {
  let dir: string;
  let client: TestClient | undefined;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const openPlan = async (): Promise<string> => {
    const uri = uriOf('ola.plan.md');
    await client!.open(uri, readFileSync(path.join(dir, 'ola.plan.md'), 'utf8'));
    return uri;
  };
  beforeEach(() => {
    dir = copyFixture('inline');
  });
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  it('config file over settings over defaults, with inline comments over all', async () => {
    writeFileSync(path.join(dir, '.mentoring-plans.json'), '{ "rules": { "vague-goal": "error" } }');
    client = new TestClient({
      rootPath: dir,
      capabilities: { workspace: { configuration: true } },
      settings: () => ({ rules: { 'vague-goal': 'off', 'no-horizon': 'error' } }),
    });
    await client.initialize();
    const diagnostics = await client.diagnosticsFor(await openPlan(), 1);
    assert.deepEqual(summarise(diagnostics), ['36:5-36:39 no-horizon', '48:40-48:50 invalid-front-matter', '49:5-49:24 vague-goal']);
    assert.deepEqual(
      diagnostics.map((d) => d.severity),
      [DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Error],
    );
  });

  it('shows the problems of an open, invalid config file on the file itself, and applies its valid parts', async () => {
    client = new TestClient({ rootPath: dir });
    await client.initialize();
    const config = uriOf('.mentoring-plans.json');
    const text = '{\n  // no target dates in this folder yet\n  "rules": { "no-horizon": "off", "vague-goals": "off" },\n  "phrases": { "vague": "grant" }\n}\n';
    writeFileSync(path.join(dir, '.mentoring-plans.json'), text);
    await client.open(config, text, 'jsonc');
    const problems = await client.diagnosticsFor(config, 1);
    assert.deepEqual(
      problems.map((d) => [summarise([d])[0], d.severity, d.source, d.message]),
      [
        ['3:35-3:48 undefined', DiagnosticSeverity.Error, 'mentoring-plans', problems[0].message],
        ['4:25-4:32 undefined', DiagnosticSeverity.Error, 'mentoring-plans', '"phrases.vague" must be a list of phrases or { "add": [...], "remove": [...] }.'],
      ],
    );
    assert.match(String(problems[0].message), /^"vague-goals" is not a rule of Mentoring Plans; the rules are vague-goal, /);
    assert.deepEqual(summarise(await client.diagnosticsFor(await openPlan(), 1)), ['48:40-48:50 invalid-front-matter', '49:5-49:24 vague-goal']);
  });

  it('re-checks open plans as the open config file is edited, before it is saved', async () => {
    client = new TestClient({ rootPath: dir });
    await client.initialize();
    const plan = await openPlan();
    assert.deepEqual(summarise(await client.diagnosticsFor(plan, 1)), ['36:5-36:39 no-horizon', '48:40-48:50 invalid-front-matter', '49:5-49:24 vague-goal']);
    const config = uriOf('.mentoring-plans.json');
    client.forget(plan);
    await client.open(config, '{ "rules": { "vague-goal": "off" } }', 'jsonc');
    assert.deepEqual(summarise(await client.diagnostics(plan)), ['36:5-36:39 no-horizon', '48:40-48:50 invalid-front-matter']);
    client.forget(plan);
    await client.change(config, '{ "rules": { "vague-goal": "off", "invalid-front-matter": "off" } }');
    assert.deepEqual(summarise(await client.diagnostics(plan)), ['36:5-36:39 no-horizon']);
  });

  it('re-checks open plans when a config file appears on disk, and reports its problems there', async () => {
    client = new TestClient({ rootPath: dir });
    await client.initialize();
    const plan = await openPlan();
    assert.equal((await client.diagnosticsFor(plan, 1)).length, 3);
    client.forget(plan);
    writeFileSync(path.join(dir, '.mentoring-plans.json'), '{ "rules": { "no-horizon": "off", "past-due": "later" } }');
    assert.deepEqual(summarise(await client.diagnostics(plan)), ['48:40-48:50 invalid-front-matter', '49:5-49:24 vague-goal']);
    const problems = await client.diagnostics(uriOf('.mentoring-plans.json'));
    assert.deepEqual(summarise(problems), ['1:47-1:54 undefined']);
    assert.equal(problems[0].message, '"later" is not a severity for "past-due"; use off, hint, information, warning, error.');
  });
});
