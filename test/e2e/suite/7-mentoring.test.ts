// The mentor's overview in the editor: the Mentoring view opens, and the session commands read the
// agenda of the plan in the editor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { todayIso } from '../../../server/src/core/dates';
import { activeExtension, closeAllEditors, discard, open } from './helpers';

const MAC_DUE = '"Delegate the weekly status report to Priya by 15 January 2099" is due 2099-01-15, before the next review (2099-01-15).';

describe('mentoring overview', () => {
  before(activeExtension);
  afterEach(closeAllEditors);

  it('opens the Mentoring view in its own container', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.mentoringPlans');
    await vscode.commands.executeCommand('mentoringPlansMentees.focus');
  });

  it('"Prepare Next Session" opens the agenda of the plan in the editor', async () => {
    await open('plans/mac.plan.md');
    await vscode.commands.executeCommand('mentoringPlans.prepareNextSession');
    const agenda = vscode.window.activeTextEditor;
    assert.ok(agenda?.document.isUntitled);
    assert.equal(agenda.document.languageId, 'markdown');
    assert.equal(agenda.document.getText(), `# Next session with Mac\n\nNext review: 2099-01-15\n\n## Due before the next review\n\n- ${MAC_DUE}\n`);
    await discard(agenda);
  });

  it('"Start Session Entry from the Agenda" writes a dated checklist at the cursor', async () => {
    const editor = await open('plans/mac.plan.md');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('mentoringPlans.startSessionEntry');
    assert.ok(editor.document.getText().endsWith(`### ${todayIso()}\n\n- [ ] ${MAC_DUE}\n`), editor.document.getText().slice(-300));
    await discard(editor);
  });

  it('"Open Mentoring Dashboard" opens the caseload in a webview', async () => {
    // The editor reports a new tab to the extension host after the command returns: wait for it.
    const dashboardTab = (): boolean => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputWebview && input.viewType.endsWith('mentoringPlansDashboard');
    };
    let watch: vscode.Disposable | undefined;
    const shown = new Promise<void>((resolve) => (watch = vscode.window.tabGroups.onDidChangeTabs(() => dashboardTab() && resolve())));
    try {
      await vscode.commands.executeCommand('mentoringPlans.openDashboard');
      if (!dashboardTab()) await shown;
    } finally {
      watch?.dispose();
    }
    assert.ok(dashboardTab(), 'the active tab is the dashboard');
  });
});
