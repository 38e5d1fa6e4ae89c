// "Check All Plans in Workspace": the server checks every plan on disk, open or not, and publishes the
// findings, so the Problems panel lists the whole workspace rather than only the open files.
import { commands, ProgressLocation, window } from 'vscode';
import { ErrorCodes, RequestType0, ResponseError, type BaseLanguageClient } from 'vscode-languageclient';
import { CHECK_WORKSPACE_REQUEST, type CheckWorkspaceResult } from '../../../server/src/protocol';

export const CHECK_WORKSPACE_COMMAND = 'mentoringPlans.checkWorkspace';

const CheckWorkspaceRequest = new RequestType0<CheckWorkspaceResult, void>(CHECK_WORKSPACE_REQUEST);

export async function checkWorkspace(client: BaseLanguageClient | undefined): Promise<CheckWorkspaceResult | undefined> {
  if (!client?.isRunning()) {
    void window.showWarningMessage('The Mentoring Plans server is not running; try "Mentoring Plans: Restart Server".');
    return undefined;
  }
  try {
    const result = await window.withProgress(
      { location: ProgressLocation.Notification, title: 'Checking the mentoring plans in the workspace…', cancellable: false },
      () => client.sendRequest(CheckWorkspaceRequest),
    );
    await commands.executeCommand('workbench.actions.view.problems');
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    void window.showInformationMessage(`Checked ${plural(result.plans, 'plan')}: ${plural(result.problems, 'problem')}.`);
    return result;
  } catch (error) {
    const message =
      error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound
        ? 'This version of the Mentoring Plans server cannot check the whole workspace.'
        : `Checking the workspace failed: ${error instanceof Error ? error.message : String(error)}`;
    void window.showErrorMessage(message);
    return undefined;
  }
}
