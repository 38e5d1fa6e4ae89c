// Shared helpers for the e2e suite. Waiting is always on VS Code events with a deadline, never on sleeps.
import * as vscode from 'vscode';
import { EXTENSION_ID } from './protocol';

export const SOURCE = 'mentoring-plans';
const WAIT_MS = 30_000;

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e suite needs the test workspace open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}

export function codes(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return [...new Set(diagnostics.map(codeOf).filter((c): c is string => c !== undefined))].sort();
}

function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(diagnostics.map((d) => `${codeOf(d)}@${d.range.start.line}:${vscode.DiagnosticSeverity[d.severity]}`));
}

/** Resolves once the document's diagnostics from our server satisfy the predicate. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const current = ours(uri);
      if (predicate(current)) {
        finish();
        resolve(current);
      }
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const deadline = setTimeout(() => {
      finish();
      reject(new Error(`timed out waiting for ${what} on ${uri.path}; diagnostics now: ${describe(ours(uri))}`));
    }, WAIT_MS);
    function finish(): void {
      subscription.dispose();
      clearTimeout(deadline);
    }
    check();
  });
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this VS Code`);
  await extension.activate();
  return extension;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Opens an unsaved markdown document; front matter `type: mentoring-plan` makes it a plan. */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Closes an editor without the save prompt a dirty document would raise. */
export async function discard(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

export function lineOf(document: vscode.TextDocument, text: string): number {
  const line = document.getText().split(/\r?\n/).findIndex((l) => l.includes(text));
  if (line < 0) throw new Error(`"${text}" is not in ${document.uri.path}`);
  return line;
}

export function onLine(diagnostics: readonly vscode.Diagnostic[], line: number): string[] {
  return codes(diagnostics.filter((d) => d.range.start.line === line));
}

export function withCode(code: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.some((d) => codeOf(d) === code);
}

export function withoutCode(code: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => !diagnostics.some((d) => codeOf(d) === code);
}
