// Editing help through the real VS Code API: quick fixes applied with workspace.applyEdit, completion.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { KINDS } from '../../../server/src/data/kinds';
import { activeExtension, closeAllEditors, codeOf, discard, lineOf, openUntitled, waitForDiagnostics, withCode, withoutCode } from './helpers';

const PLAN = [
  '---',
  'type: mentoring-plan',
  '---',
  '',
  '## Purpose',
  '',
  '### Become a manager my team trusts',
  '',
  '## Exploration',
  '',
  '### Values',
  '',
  '- What do you care about most? Teaching others.',
  '',
  '## Goals',
  '',
  '### Run the design review for the payments team by March',
  '- By: 2099-03',
  '- Success looks like: the team ships the design without my edits',
  '- Replaces: reviewing every design myself',
  '- Kind: ',
  '',
].join('\n');

async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return actions.filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a);
}

async function apply(action: vscode.CodeAction | undefined, titles: string[]): Promise<void> {
  assert.ok(action?.edit, `expected the fix among ${JSON.stringify(titles)}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), 'the edit applies');
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('editing help', () => {
  before(activeExtension);
  afterEach(closeAllEditors);

  it('a quick fix adds the why line linking to the plan\'s purpose', async () => {
    const editor = await openUntitled(PLAN);
    const { document } = editor;
    const diagnostics = await waitForDiagnostics(document.uri, withCode('missing-why'), 'missing-why');
    const missingWhy = diagnostics.find((d) => codeOf(d) === 'missing-why');
    assert.ok(missingWhy);

    const actions = await quickFixes(document.uri, missingWhy);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.title === 'Add "Why this matters" linking to "Become a manager my team trusts"');
    const gone = waitForDiagnostics(document.uri, withoutCode('missing-why'), 'missing-why gone after the fix');
    await apply(fix, titles);
    assert.ok(document.getText().includes('- Why this matters: [Become a manager my team trusts](#become-a-manager-my-team-trusts)'), document.getText());
    await gone;
    await discard(editor);
  });

  it('"Disable … for this line" writes the control comment and silences the rule', async () => {
    const editor = await openUntitled(['---', 'type: mentoring-plan', '---', '', '## Goals', '', '### Get better at communication', '- By: 2099-03', ''].join('\n'));
    const { document } = editor;
    const diagnostics = await waitForDiagnostics(document.uri, withCode('vague-goal'), 'vague-goal');
    const vague = diagnostics.find((d) => codeOf(d) === 'vague-goal');
    assert.ok(vague);

    const actions = await quickFixes(document.uri, vague);
    const fix = actions.find((a) => /^Disable vague-goal for this line$/.test(a.title));
    const gone = waitForDiagnostics(document.uri, withoutCode('vague-goal'), 'vague-goal silenced');
    await apply(fix, actions.map((a) => a.title));
    const goalLine = lineOf(document, '### Get better at communication');
    assert.equal(document.lineAt(goalLine - 1).text, '<!-- mentoring-plans-disable-next-line vague-goal -->');
    const rest = await gone;
    assert.ok(rest.some((d) => codeOf(d) === 'missing-why'), 'only that rule is silenced');
    await discard(editor);
  });

  it('completes kind values and why-links', async () => {
    const editor = await openUntitled(PLAN);
    const { document } = editor;
    await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the plan checked');
    const complete = async (position: vscode.Position): Promise<vscode.CompletionItem[]> =>
      (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position)).items;

    const kindLine = lineOf(document, '- Kind: ');
    const kinds = (await complete(new vscode.Position(kindLine, '- Kind: '.length))).filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map(labelOf);
    assert.deepEqual([...kinds].sort(), KINDS.map((k) => k.value).sort());

    // A why line typed under the goal: the plan's purpose is offered as a link.
    const whyText = '- Why this matters: ';
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(kindLine + 1, 0), `${whyText}\n`)));
    const links = await complete(new vscode.Position(kindLine + 1, whyText.length));
    const link = links.find((i) => i.kind === vscode.CompletionItemKind.Reference && labelOf(i).includes('Become a manager my team trusts'));
    const inserted = link?.insertText instanceof vscode.SnippetString ? link.insertText.value : link?.insertText;
    assert.ok(inserted?.includes('(#become-a-manager-my-team-trusts)'), `why-link completion among ${JSON.stringify(links.map(labelOf))}`);
    await discard(editor);
  });
});
