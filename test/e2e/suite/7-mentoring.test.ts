// The mentor's overview in the editor: the Mentoring view opens, and the session commands read the
// agenda of the plan in the editor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { todayIso } from '../../../server/src/core/dates';
import type { MentoringPlansApi } from '../../../client/src/extension';
import { activeExtension, closeAllEditors, discard, open } from './helpers';

const MAC_DUE = '"Delegate the weekly status report to Priya by 15 January 2099" is due 2099-01-15, before the next review (2099-01-15).';

describe('mentoring overview', () => {
  let api: MentoringPlansApi;
  before(async () => {
    api = (await activeExtension()).exports as MentoringPlansApi;
  });
  afterEach(closeAllEditors);

  it('opens the Mentoring view in its own container, with each mentee and their goals', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.mentoringPlans');
    await vscode.commands.executeCommand('mentoringPlansMentees.focus');
    // Mentees by name, each with what is due before their next review, then their goals and due dates.
    assert.deepEqual(api.mentees(), [
      'Ana',
      '  Get better at communication · 2099-05',
      'Mac · review 2099-01-15',
      '  Due before the next review · 1',
      '    Delegate the weekly status report to Priya by 15 January 2099 · 2099-01-15',
      '  Delegate the weekly status report to Priya by 15 January 2099 · 2099-01-15',
      '  Get better at communication · 2099-03',
      "  Someday I'd love to speak at a conference · 2099-06",
      'Sam',
      '  Get better at communication · 2099-03',
      'Sam',
      '  I was told to get my AWS certification · 2099-09',
    ]);
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
    // One row per plan: mentee, mentor, next review, last session, active, past due, done, open questions.
    const rows = [...(api.dashboard() ?? '').matchAll(/<tr tabindex="0">(.*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]));
    assert.deepEqual(rows, [
      ['Ana', '', '', '', '1', '0', '0', '0'],
      ['Sam', '', '', '', '1', '0', '0', '0'],
      ['Mac', 'Gaye', '2099-01-15', '', '3', '0', '0', '0'],
      ['Sam', 'Gaye', '', '', '1', '0', '0', '0'],
    ]);
  });
});
