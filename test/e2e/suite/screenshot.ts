// Arranges the workbench for the README picture (a plan, the Problems panel, a hover) and asks the
// code-server runner, which owns the browser, to capture it.
import * as http from 'node:http';
import * as vscode from 'vscode';
import { codeOf, open, waitForDiagnostics } from './helpers';

export const SCREENSHOT_PLAN = 'plans/mac.plan.md';

export async function stageScreenshot(control: string): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const editor = await open(SCREENSHOT_PLAN);
  const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 'any diagnostic');
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  const target = diagnostics.find((d) => codeOf(d) === 'vague-goal') ?? diagnostics[0];
  if (!target) return;
  editor.selection = new vscode.Selection(target.range.start, target.range.start);
  editor.revealRange(target.range, vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('editor.action.showHover');
  await post(`${control}/screenshot`);
}

function post(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST' }, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode === 204 ? resolve() : reject(new Error(`screenshot: HTTP ${response.statusCode}`))));
    });
    request.on('error', reject);
    request.end();
  });
}
