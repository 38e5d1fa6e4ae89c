// The editor features on the LSP connection: each handler hands its parameters to one feature of
// features/ and returns its answer; the capabilities say which features the client may ask for.

import { CodeActionKind, CodeLensRefreshRequest, ErrorCodes, ResponseError, type ClientCapabilities, type Connection, type ServerCapabilities, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkWorkspace } from '../features/check-workspace';
import { codeActions, FIX_ALL_KIND } from '../features/code-actions/actions';
import { codeLenses } from '../features/code-lens';
import { completionItems } from '../features/completion';
import { definition } from '../features/definition';
import { documentSymbolsFor } from '../features/document-symbols';
import { hover } from '../features/hover';
import { planStatus } from '../features/plan-status';
import { references } from '../features/references';
import { prepareRename, rename } from '../features/rename';
import { workspaceSymbolsFor } from '../features/workspace-symbols';
import { AGENDA_REQUEST, CHECK_WORKSPACE_REQUEST, OVERVIEW_REQUEST, PLAN_STATUS_REQUEST, PLANS_CHANGED_NOTIFICATION, type AgendaResult, type OverviewResult, type PlanStatusParams } from '../protocol';
import type { PlanService } from '../service/plan-service';

/** Edits elsewhere change link counts; one code lens refresh per burst of edits is enough. */
const LENS_REFRESH_MS = 500;
/** Changes closer together than this (typing, a checkout) are one plans-changed notification. */
const NOTIFY_DELAY_MS = 300;

export function capabilities(client: ClientCapabilities): ServerCapabilities {
  return {
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: client.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
    documentSymbolProvider: { label: 'Mentoring plan' },
    workspaceSymbolProvider: true,
    codeLensProvider: { resolveProvider: false },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    completionProvider: { triggerCharacters: [':', ',', '['] },
  };
}

/**
 * `connection` is the guarded one: handlers run only on well-formed parameters. Returns what to call
 * once the service exists (at initialize), to follow its changes.
 */
export function registerHandlers(connection: Connection, documents: TextDocuments<TextDocument>, service: () => PlanService, client: () => ClientCapabilities): (service: PlanService) => void {
  connection.onHover((params) => hover(service(), params));
  connection.onDefinition((params) => definition(service(), params));
  connection.onReferences((params) => references(service(), params));
  connection.onPrepareRename((params) => prepareRename(service(), params));
  connection.onRenameRequest((params) => rename(service(), params));
  connection.onDocumentSymbol(({ textDocument }) => documentSymbolsFor(service(), textDocument.uri, !!client().textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport));
  connection.onWorkspaceSymbol(({ query }) => workspaceSymbolsFor(service(), query));
  connection.onCodeLens(({ textDocument }) => codeLenses(service(), textDocument.uri));
  connection.onCodeAction((params) => codeActions(service(), params));
  connection.onCompletion((params) => completionItems(service(), params));
  connection.onRequest(PLAN_STATUS_REQUEST, ({ uri }: PlanStatusParams) => planStatus(service(), uri));

  // Closed plans whose findings the check-workspace request pushed; an open plan gets its own diagnostics.
  const pushed = new Set<string>();
  connection.onRequest(CHECK_WORKSPACE_REQUEST, () =>
    checkWorkspace(
      service(),
      (uri) => !!documents.get(uri),
      (uri, diagnostics) => {
        pushed.add(uri);
        return connection.sendDiagnostics({ uri, diagnostics });
      },
    ),
  );
  documents.onDidOpen(({ document }) => {
    // With pull diagnostics the editor would show the pushed copy beside the pulled one.
    if (service().pullDiagnostics && pushed.delete(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  let overviewAsked = false;
  connection.onRequest(OVERVIEW_REQUEST, async (): Promise<OverviewResult> => {
    overviewAsked = true;
    return { plans: await service().overviews.all() };
  });
  connection.onRequest(AGENDA_REQUEST, async (params: unknown): Promise<AgendaResult> => {
    const uri = (params as { uri?: unknown } | null)?.uri;
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'Invalid parameters: uri must be a string.');
    const agenda = await service().overviews.agenda(uri);
    if (!agenda) throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is not a mentoring plan.`);
    return agenda;
  });
  let notifyTimer: ReturnType<typeof setTimeout> | undefined;
  const plansChanged = (): void => {
    if (!overviewAsked) return;
    clearTimeout(notifyTimer);
    notifyTimer = setTimeout(() => void connection.sendNotification(PLANS_CHANGED_NOTIFICATION), NOTIFY_DELAY_MS);
  };
  let lensTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshLenses = (): void => {
    if (!client().workspace?.codeLens?.refreshSupport) return;
    clearTimeout(lensTimer);
    lensTimer = setTimeout(() => void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined), LENS_REFRESH_MS);
  };
  return (s) => {
    s.index.onDidChange(refreshLenses);
    s.index.onDidChange(plansChanged);
    s.onOverviewDated(plansChanged);
  };
}
