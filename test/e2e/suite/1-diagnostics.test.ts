// Opening documents: plans get the catalogue's findings where the plan says so, other markdown none.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, codeOf, codes, lineOf, onLine, open, ours, waitForDiagnostics, withCode } from './helpers';

describe('diagnostics on open', () => {
  before(activeExtension);
  afterEach(closeAllEditors);

  it('reports the plan\'s findings on the right lines with default severities', async () => {
    const editor = await open('plans/mac.plan.md');
    const document = editor.document;
    const diagnostics = await waitForDiagnostics(document.uri, (d) => withCode('vague-goal')(d) && withCode('wish-goal')(d), 'vague-goal and wish-goal');

    assert.deepEqual(onLine(diagnostics, lineOf(document, '### Get better at communication')), ['missing-replaces', 'missing-why', 'vague-goal']);
    assert.deepEqual(onLine(diagnostics, lineOf(document, "### Someday I'd love")), ['wish-goal']);
    assert.deepEqual(onLine(diagnostics, lineOf(document, '### Delegate the weekly status report')), [], 'a well-formed goal gets nothing');

    const vague = diagnostics.find((d) => codeOf(d) === 'vague-goal');
    assert.equal(vague?.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostics.find((d) => codeOf(d) === 'missing-replaces')?.severity, vscode.DiagnosticSeverity.Hint);
    // Each finding links to its rule's page.
    const code = vague?.code;
    assert.ok(typeof code === 'object' && code.target.toString().endsWith('/vague-goal.md'), `codeDescription of ${JSON.stringify(code)}`);
  });

  it('checks a markdown file that its front matter marks as a plan', async () => {
    const editor = await open('notes/kickoff.md');
    const diagnostics = await waitForDiagnostics(editor.document.uri, withCode('vague-goal'), 'vague-goal');
    assert.ok(codes(diagnostics).includes('missing-why'));
  });

  it('leaves a README with a Goals heading alone', async () => {
    const readme = await open('README.md');
    // Open a plan afterwards: once its findings arrive, the server has answered for the README too.
    const plan = await open('plans/fix.plan.md');
    await waitForDiagnostics(plan.document.uri, withCode('vague-goal'), 'vague-goal on the plan');
    assert.deepEqual(ours(readme.document.uri), []);
    assert.deepEqual(vscode.languages.getDiagnostics(readme.document.uri), []);
  });
});
