// VS Code conventions: the walkthrough, the language status item on markdown files, and the setting
// that turns the code lenses off.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, codeOf, open, ours, waitForDiagnostics, workspaceUri } from './helpers';
import { EXTENSION_ID } from './protocol';

interface Api {
  readonly planStatus: vscode.LanguageStatusItem;
}

interface Walkthrough {
  readonly id: string;
  readonly steps: readonly { readonly id: string; readonly title: string; readonly media: { readonly markdown: string } }[];
}

const WAIT_MS = 30_000;

/** Resolves once `condition` holds; the item has no change event, so it is looked at again until a deadline. */
async function until(condition: () => boolean, what: () => string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what()}`);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

describe('VS Code conventions', () => {
  let api: Api;
  before(async () => {
    api = (await activeExtension()).exports as Api;
  });
  afterEach(closeAllEditors);

  it('a walkthrough: make a plan, see a finding, insert a question bank, configure the rules', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const [walkthrough] = (extension.packageJSON as { contributes: { walkthroughs: Walkthrough[] } }).contributes.walkthroughs;
    assert.deepEqual(walkthrough.steps.map((s) => s.title), ['Make a plan', 'See a finding', 'Insert a question bank', 'Configure the rules']);
    for (const step of walkthrough.steps) await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, step.media.markdown));
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${walkthrough.id}`, false);
    await until(
      () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => /welcome|walkthrough/i.test(t.label))),
      () => `tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', ')}`,
    );
  });

  it('the language status item says whether a markdown file is a plan, with its counts, and why not', async () => {
    const plan = workspaceUri('plans/mac.plan.md');
    await open('plans/mac.plan.md');
    const diagnostics = await waitForDiagnostics(plan, (d) => d.length > 0, 'findings');
    const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    await until(
      () => api.planStatus.text === 'Mentoring plan' && (api.planStatus.detail ?? '').includes(`${warnings} warning`),
      () => `${api.planStatus.text} / ${api.planStatus.detail} (${diagnostics.map(codeOf).join(', ')})`,
    );
    assert.equal(api.planStatus.severity, vscode.LanguageStatusSeverity.Information);
    await open('README.md');
    assert.deepEqual(ours(workspaceUri('README.md')), []);
    await until(
      () => api.planStatus.text === 'Not a mentoring plan',
      () => `${api.planStatus.text} / ${api.planStatus.detail}`,
    );
    assert.equal(api.planStatus.detail, 'No mentoringPlans.files glob matches it, and its front matter does not say type: mentoring-plan.');
  });

  it('mentoringPlans.codeLens.enabled turns the code lenses off and on again', async () => {
    const plan = workspaceUri('plans/mac.plan.md');
    await open('plans/mac.plan.md');
    const lenses = async (): Promise<number> => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', plan)).length;
    assert.ok((await lenses()) > 0, 'lenses are shown by default');
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('mentoringPlans');
    try {
      await config().update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
      assert.equal(await lenses(), 0);
    } finally {
      await config().update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    assert.ok((await lenses()) > 0, 'lenses are back');
  });
});
