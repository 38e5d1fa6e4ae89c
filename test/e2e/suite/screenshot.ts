// Arranges the workbench for the README pictures and asks the code-server runner, which owns the
// browser, to capture each: a plan with the Problems panel and a hover always; the Mentoring view and
// the dashboard only when the runner refreshes the README's pictures, over a caseload of their own.
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, open, waitForDiagnostics } from './helpers';
import { UPDATE_PICTURES_ENV, type Picture } from './protocol';

export const SCREENSHOT_PLAN = 'plans/mac.plan.md';
const ATTEMPTS = 3;
/** A mentee of the caseload plans (test/e2e/pictures): the pictures wait until the view and dashboard list them. */
const CASELOAD_MENTEE = 'Wen Zhao';
const CASELOAD_PLAN = 'mentees/joao.plan.md';

export async function stageScreenshot(control: string): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const editor = await open(SCREENSHOT_PLAN);
  const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 'any diagnostic');
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  const target = diagnostics.find((d) => codeOf(d) === 'vague-goal') ?? diagnostics[0];
  if (target) {
    // The runner answers 409 when the hover closed before the capture (code lenses arriving late
    // move the lines).
    await capture(control, 'screenshot', async () => {
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      editor.selection = new vscode.Selection(target.range.start, target.range.start);
      editor.revealRange(target.range, vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('editor.action.showHover');
    });
  }
  const caseload = process.env[UPDATE_PICTURES_ENV];
  if (!caseload) return;
  await replacePlans(caseload);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await vscode.commands.executeCommand('notifications.clearAll');
  // Mentees open expanded, so their goals show; one of the plans is open beside the view.
  await open(CASELOAD_PLAN);
  await capture(control, 'mentoring-view', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.mentoringPlans');
    await vscode.commands.executeCommand('mentoringPlansMentees.focus');
  });
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await capture(control, 'dashboard', () => vscode.commands.executeCommand('mentoringPlans.openDashboard'));
}

/** The suite's plans are test cases, not a caseload: the workspace (a copy) ignores them and gets realistic plans. */
async function replacePlans(caseload: string): Promise<void> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) throw new Error('screenshot: no workspace folder');
  await vscode.workspace.getConfiguration('mentoringPlans').update('ignore', ['plans/**', 'notes/**'], vscode.ConfigurationTarget.Workspace);
  for (const file of fs.readdirSync(caseload)) {
    await vscode.workspace.fs.copy(vscode.Uri.file(path.join(caseload, file)), vscode.Uri.joinPath(root, 'mentees', file));
  }
}

/** Stages a picture and asks for it until the runner sees it; the last attempt captures the workbench as it is. */
async function capture(control: string, picture: Picture, stage: () => Thenable<unknown>): Promise<void> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    await stage();
    const shows = picture === 'screenshot' ? '' : `&shows=${encodeURIComponent(CASELOAD_MENTEE)}`;
    const status = await post(`${control}/screenshot?picture=${picture}${shows}${attempt === ATTEMPTS ? '&force=1' : ''}`);
    if (status === 204) return;
    if (status !== 409) throw new Error(`screenshot ${picture}: HTTP ${status}`);
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
