// A rule's severity setting (mentoringPlans.rules.<id>) reaches the running server.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, codeOf, open, waitForDiagnostics, withCode, withoutCode } from './helpers';

const severityOf = (code: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.find((d) => codeOf(d) === code)?.severity;

describe('rule severity settings', () => {
  before(activeExtension);
  after(async () => {
    await vscode.workspace.getConfiguration('mentoringPlans').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('raises, turns off and restores a rule', async () => {
    const { document } = await open('plans/fix.plan.md');
    const uri = document.uri;
    await waitForDiagnostics(uri, withCode('vague-goal'), 'vague-goal');
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('mentoringPlans');

    await config().update('rules', { 'vague-goal': 'error' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, (d) => severityOf('vague-goal')(d) === vscode.DiagnosticSeverity.Error, 'vague-goal as an error');

    await config().update('rules', { 'vague-goal': 'off' }, vscode.ConfigurationTarget.Workspace);
    const without = await waitForDiagnostics(uri, withoutCode('vague-goal'), 'vague-goal gone');
    assert.ok(without.some((d) => codeOf(d) === 'missing-why'), 'other rules keep reporting');

    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, (d) => severityOf('vague-goal')(d) === vscode.DiagnosticSeverity.Warning, 'vague-goal back as a warning');
  });
});
