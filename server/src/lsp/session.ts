// The LSP adapter: wires a connection's lifecycle, documents, settings and diagnostics (push or pull)
// to the plan service, made from the host it is given (Node, or the browser's). It holds no checking
// logic of its own.

import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, TextDocuments, TextDocumentSyncKind, WatchKind, type ClientCapabilities, type Connection, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanHost } from '../service/host';
import { createPlanService, type PlanService } from '../service/plan-service';
import { capabilities, registerHandlers } from './handlers';
import { guardedConnection, invalidParams } from './param-guard';

export { DEBOUNCE_MS } from '../service/plan-service';

export function startServer(connection: Connection, host: PlanHost): void {
  const documents = new TextDocuments(TextDocument);
  let client: ClientCapabilities = {};
  let service: PlanService | undefined;
  const ready = (): PlanService => {
    if (!service) throw new Error('The server is not initialised yet.');
    return service;
  };
  const follow = registerHandlers(guardedConnection(connection), documents, ready, () => client);

  connection.onInitialize((params): InitializeResult => {
    client = params.capabilities;
    const pull = !!client.textDocument?.diagnostic;
    const configurationPull = !!client.workspace?.configuration;
    service = createPlanService(host, {
      documents,
      folders: params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []),
      settings: { pull: (uri) => (configurationPull ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'mentoringPlans' }) : undefined) },
      initialSettings: (params.initializationOptions as { settings?: unknown } | undefined)?.settings,
      publishDiagnostics: pull ? undefined : (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics }),
      refreshDiagnostics: () => void connection.languages.diagnostics.refresh(),
      progress: () =>
        connection.window.createWorkDoneProgress().then((p) => ({
          begin: (message: string) => p.begin('Mentoring Plans', undefined, message),
          report: (message: string) => p.report(message),
          done: () => p.done(),
        })),
    });
    follow(service);
    const result: ServerCapabilities = {
      textDocumentSync: TextDocumentSyncKind.Full,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      ...(pull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      ...capabilities(client),
    };
    return { capabilities: result, serverInfo: { name: 'mentoring-plans', version: SERVER_VERSION } };
  });

  connection.onInitialized(() => {
    const s = ready();
    if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      // A deleted folder is reported as the folder alone, which '**/*.md' never matches: its plans must go too.
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/*', kind: WatchKind.Delete }] });
    }
    s.start();
    if (client.workspace?.configuration && client.workspace.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'mentoringPlans' });
    }
    if (client.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => s.foldersChanged(event.added.map((f) => f.uri), event.removed.map((f) => f.uri)));
    }
  });

  connection.onDidChangeConfiguration((change) => ready().settingsChanged((change.settings as { mentoringPlans?: unknown } | null)?.mentoringPlans));
  connection.onDidChangeWatchedFiles(({ changes }) => ready().filesChanged(changes.map((c) => ({ uri: c.uri, deleted: c.type === FileChangeType.Deleted }))));

  connection.languages.diagnostics.on(async (params) => {
    const invalid = invalidParams(params, ['textDocument']);
    if (invalid) throw invalid;
    const analysis = await ready().analyze(params.textDocument.uri);
    return { kind: 'full', items: analysis ? [...analysis.diagnostics] : [] };
  });

  documents.onDidOpen(({ document }) => ready().didOpen(document.uri));
  documents.onDidChangeContent(({ document }) => ready().didChange(document.uri));
  documents.onDidClose(({ document }) => ready().didClose(document.uri));

  documents.listen(connection);
  connection.listen();
}

declare const __SERVER_VERSION__: string | undefined;
const SERVER_VERSION = typeof __SERVER_VERSION__ === 'string' ? __SERVER_VERSION__ : '0.0.0-dev';
