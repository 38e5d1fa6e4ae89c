// Applies the edits a server returns to a text, as an editor would, so tests compare whole texts.

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///edit.md', 'markdown', 1, text), [...edits]);
}

/** The text after applying a workspace edit's changes to one document. */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit | undefined): string {
  return applyEdits(text, edit?.changes?.[uri] ?? []);
}

export function applyAction(text: string, uri: string, action: CodeAction): string {
  return applyWorkspaceEdit(text, uri, action.edit);
}
