// The VS Code client: starts the language server over IPC for markdown documents.

import * as path from 'node:path';
import { commands, window, workspace, type ExtensionContext, type LanguageStatusItem } from 'vscode';
import { CodeLensRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { crashHandler } from './crash-handler';
import { planStatusItem } from './plan-status';

/** What the extension hands other extensions (and the end-to-end tests): the item it shows. */
export interface MentoringPlansApi {
  readonly planStatus: LanguageStatusItem;
  /** The Mentoring view's items, one line each ("label · description"), indented by depth. */
  readonly mentees: () => string[];
  /** The page the dashboard shows, while it is open. */
  readonly dashboard: () => string | undefined;
}

const CODE_LENS_SETTING = 'mentoringPlans.codeLens.enabled';
const codeLensEnabled = (): boolean => workspace.getConfiguration().get<boolean>(CODE_LENS_SETTING, true);
import { menteesView, refreshOnChange } from './mentoring/mentees-view';
import { PREPARE_SESSION_COMMAND, prepareNextSession, START_SESSION_COMMAND, startSessionEntry } from './mentoring/session-commands';
import { dashboard, DASHBOARD_COMMAND } from './mentoring/dashboard';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<MentoringPlansApi> {
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
    middleware: { provideCodeLenses: (document, token, next) => (codeLensEnabled() ? next(document, token) : []) },
  };
  client = new LanguageClient('mentoringPlans', 'Mentoring Plans', serverOptions, clientOptions);
  context.subscriptions.push(
    outputChannel,
    commands.registerCommand('mentoringPlans.restartServer', async () => {
      await client?.restart();
    }),
    ...registerCommands(() => client),
    // Turning the lenses on or off asks the editor for them again.
    workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(CODE_LENS_SETTING)) return;
      for (const editor of window.visibleTextEditors) client?.getFeature(CodeLensRequest.method).getProvider(editor.document)?.onDidChangeCodeLensEmitter.fire();
    }),
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
  const status = planStatusItem(() => client);
  context.subscriptions.push(...status.disposables);
  return { planStatus: status.item, mentees: mentees.shown, dashboard: board.shown };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
