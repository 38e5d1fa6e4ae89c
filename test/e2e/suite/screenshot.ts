// Arranges the workbench for the README picture (a plan, the Problems panel, a hover) and asks the
// code-server runner, which owns the browser, to capture it.
import * as http from 'node:http';
import * as vscode from 'vscode';
import { codeOf, open, waitForDiagnostics } from './helpers';

export const SCREENSHOT_PLAN = 'plans/mac.plan.md';
const ATTEMPTS = 3;

export async function stageScreenshot(control: string): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const editor = await open(SCREENSHOT_PLAN);
  const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 'any diagnostic');
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  const target = diagnostics.find((d) => codeOf(d) === 'vague-goal') ?? diagnostics[0];
  if (!target) return;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    editor.selection = new vscode.Selection(target.range.start, target.range.start);
    editor.revealRange(target.range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    // The runner answers 409 when the hover closed before the capture (code lenses arriving late
    // move the lines); the last attempt captures the workbench as it is.
    const status = await post(`${control}/screenshot${attempt === ATTEMPTS ? '?force=1' : ''}`);
    if (status === 204) return;
    if (status !== 409) throw new Error(`screenshot: HTTP ${status}`);
  }
}

function post(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST' }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end();
  });
}
