// The VS Code client: starts the language server over IPC for markdown documents.

import * as path from 'node:path';
import { commands, window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { crashHandler } from './crash-handler';
import { menteesView, refreshOnChange } from './mentoring/mentees-view';
import { PREPARE_SESSION_COMMAND, prepareNextSession, START_SESSION_COMMAND, startSessionEntry } from './mentoring/session-commands';
import { dashboard, DASHBOARD_COMMAND } from './mentoring/dashboard';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const outputChannel = window.createOutputChannel('Mentoring Plans', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // The config file, so its problems show on the file itself.
      { scheme: 'file', language: 'jsonc', pattern: '**/.mentoring-plans.json' },
      { scheme: 'file', language: 'json', pattern: '**/.mentoring-plans.json' },
    ],
    outputChannel,
    errorHandler: crashHandler({ output: outputChannel, restart: async () => void (await client?.start()) }),
    synchronize: { configurationSection: 'mentoringPlans' },
  };
  client = new LanguageClient('mentoringPlans', 'Mentoring Plans', serverOptions, clientOptions);
  context.subscriptions.push(
    outputChannel,
    commands.registerCommand('mentoringPlans.restartServer', async () => {
      await client?.restart();
    }),
    ...registerCommands(() => client),
  );
  const mentees = menteesView(() => client);
  const board = dashboard(() => client);
  context.subscriptions.push(
    ...mentees.disposables,
    ...refreshOnChange(client, mentees.refresh, board.redraw),
    commands.registerCommand(DASHBOARD_COMMAND, board.open),
    commands.registerCommand(PREPARE_SESSION_COMMAND, () => prepareNextSession(client)),
    commands.registerCommand(START_SESSION_COMMAND, () => startSessionEntry(client)),
  );
  await client.start();
  await mentees.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
