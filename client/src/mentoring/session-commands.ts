// "Prepare Next Session" opens the active plan's agenda as a markdown document; "Start Session Entry"
// writes a dated entry at the cursor holding the agenda's items as a checklist.

import { SnippetString, window, workspace, type TextEditor } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { todayIso } from '../../../server/src/core/dates';
import { sessionEntry } from '../../../server/src/features/session-entry';
import type { AgendaResult } from '../../../server/src/protocol';
import { AgendaRequest } from './requests';

export const PREPARE_SESSION_COMMAND = 'mentoringPlans.prepareNextSession';
export const START_SESSION_COMMAND = 'mentoringPlans.startSessionEntry';

async function agendaOf(client: BaseLanguageClient | undefined): Promise<{ editor: TextEditor; agenda: AgendaResult } | undefined> {
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void window.showInformationMessage('Open a mentoring plan first: the agenda is read from the plan in the editor.');
    return undefined;
  }
  if (!client?.isRunning()) {
    void window.showWarningMessage('The Mentoring Plans server is not running; try "Mentoring Plans: Restart Server".');
    return undefined;
  }
  try {
    return { editor, agenda: await client.sendRequest(AgendaRequest, { uri: editor.document.uri.toString() }) };
  } catch (error) {
    void window.showErrorMessage(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

export async function prepareNextSession(client: BaseLanguageClient | undefined): Promise<void> {
  const found = await agendaOf(client);
  if (!found) return;
  const document = await workspace.openTextDocument({ language: 'markdown', content: found.agenda.markdown });
  await window.showTextDocument(document, { preview: false });
}

export async function startSessionEntry(client: BaseLanguageClient | undefined): Promise<void> {
  const found = await agendaOf(client);
  if (!found) return;
  const entry = sessionEntry(found.agenda.items, todayIso());
  await found.editor.insertSnippet(new SnippetString().appendText(entry).appendTabstop(0));
}
