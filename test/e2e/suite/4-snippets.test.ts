// The snippets file ships in the package, VS Code loads it for markdown, and it holds the four banks.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BANKS } from '../../../server/src/data/questions';
import { activeExtension, closeAllEditors, openUntitled } from './helpers';

interface SnippetEntry {
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('snippets', () => {
  afterEach(closeAllEditors);

  it('ships a snippets file with every question bank', async () => {
    const extension = await activeExtension();
    const contributed = (extension.packageJSON as { contributes?: { snippets?: { language: string; path: string }[] } }).contributes?.snippets ?? [];
    const entry = contributed.find((s) => s.language === 'markdown');
    assert.ok(entry, 'the manifest contributes markdown snippets');
    const file = path.join(extension.extensionPath, entry.path);
    const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, SnippetEntry>;
    for (const bank of BANKS) {
      const snippet = Object.values(snippets).find((s) => [s.prefix].flat().includes(`mp-bank-${bank.id}`));
      assert.ok(snippet, `a snippet for the ${bank.title} bank`);
      const body = [snippet.body].flat().join('\n');
      for (const question of bank.questions) assert.ok(body.includes(question), `${bank.title} bank asks "${question}"`);
    }
  });

  it('offers the bank snippets in markdown completion', async () => {
    const editor = await openUntitled('mp-bank');
    const end = editor.document.lineAt(0).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end);
    const snippetLabels = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
    for (const bank of BANKS) assert.ok(snippetLabels.includes(`mp-bank-${bank.id}`), `mp-bank-${bank.id} in ${JSON.stringify(snippetLabels)}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
