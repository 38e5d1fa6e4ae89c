// The commands beyond "Restart Server"; extension.ts registers them with one call.
import { commands, type Disposable } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CHECK_WORKSPACE_COMMAND, checkWorkspace } from './check-workspace';
import { INSERT_BANK_COMMAND, insertQuestionBank } from './insert-bank';
import { NEW_PLAN_COMMAND, newPlan } from './new-plan';

/** `client` is read at each call: the restart command may have replaced it. */
export function registerCommands(client: () => BaseLanguageClient | undefined): Disposable[] {
  return [
    commands.registerCommand(NEW_PLAN_COMMAND, newPlan),
    commands.registerCommand(INSERT_BANK_COMMAND, insertQuestionBank),
    commands.registerCommand(CHECK_WORKSPACE_COMMAND, () => checkWorkspace(client())),
  ];
}
