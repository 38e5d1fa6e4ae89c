// The composition root of the plan service: everything the language server knows, made from a host
// (files, watchers, date, log, time slices) and the client's documents and settings, with no Node
// built-in and no LSP transport. The LSP adapter (lsp/) feeds it events and asks it questions; the
// Node host (node/) and the browser host answer it.

import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isPlan } from '../core/check';
import { mergeConfig, type CheckConfig } from '../core/config';
import type { LinkResolver } from '../core/links';
import type { Plan } from '../core/model';
import { folderRelativePath, isHierarchical, linkBase, uriKey } from '../core/uris';
import type { Analysis, PlanWorkspace } from '../features/workspace';
import { Analyses, configDiagnostics, DEBOUNCE_MS } from './analyses';
import { ConfigDiscovery, isConfigFile } from './config-discovery';
import type { PlanHost } from './host';
import { LinkDependents } from './link-dependents';
import { LinkReads } from './link-reads';
import { PlanOverviews } from './plan-overviews';
import { Settings, type SettingsSource } from './settings';
import { WorkspaceIndex, type IndexProgress } from './workspace-index';

export { DEBOUNCE_MS } from './analyses';

/** The editor's open documents (vscode-languageserver's TextDocuments is one). */
export interface DocumentSource {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

export interface PlanServiceOptions {
  readonly documents: DocumentSource;
  /** Workspace folder URIs at start. */
  readonly folders: readonly string[];
  readonly settings: SettingsSource;
  /** The settings the client sent at start (initialization options). */
  readonly initialSettings?: unknown;
  /**
   * Push mode: publish a document's diagnostics (`version` undefined for a file not open, such as a
   * config file on disk). Pull mode leaves it out and gives `refreshDiagnostics`.
   */
  readonly publishDiagnostics?: (uri: string, version: number | undefined, diagnostics: Diagnostic[]) => void;
  /** Pull mode: ask the client to pull every open document's diagnostics again. */
  readonly refreshDiagnostics?: () => void;
  /** Work-done progress for the start-up scan. */
  readonly progress?: () => Promise<IndexProgress | undefined>;
}

export interface PlanService extends PlanWorkspace {
  readonly index: WorkspaceIndex;
  readonly overviews: PlanOverviews;
  readonly pullDiagnostics: boolean;
  /** Starts the workspace scan; call once the client is ready. */
  start(): void;
  didOpen(uri: string): void;
  didChange(uri: string): void;
  didClose(uri: string): void;
  /** Files created, changed or deleted outside the editor. */
  filesChanged(changes: readonly { readonly uri: string; readonly deleted: boolean }[]): void;
  foldersChanged(added: readonly string[], removed: readonly string[]): void;
  /** The client's settings changed; `settings` when it sent them along. */
  settingsChanged(settings?: unknown): void;
  /** Called when git dates reach a plan's overview. */
  onOverviewDated(listener: () => void): void;
  dispose(): void;
}

export function createPlanService(host: PlanHost, options: PlanServiceOptions): PlanService {
  const { documents } = options;
  const pull = !options.publishDiagnostics;
  let folders = [...options.folders];
  /** Open documents by URI key: clients spell one file's URI in more than one way. */
  const open = new Map<string, string>();
  const openDocument = (key: string): TextDocument | undefined => {
    const uri = open.get(key);
    return uri === undefined ? undefined : documents.get(uri);
  };
  const openText = (uri: string): string | undefined => openDocument(uriKey(uri))?.getText();

  const settings = new Settings(options.settings, host.log);
  settings.setGlobal(options.initialSettings);
  const dependents = new LinkDependents();
  const links = new LinkReads(host, openText);

  const discovery = new ConfigDiscovery({
    host,
    folders: () => folders,
    openText,
    onRead: (uri, file, isOpen) => {
      if (isOpen) return;
      if (!pull) options.publishDiagnostics?.(uri, undefined, configDiagnostics(file));
      else for (const p of file.problems) host.log.warn(`${uri}:${p.line}:${p.column}: ${p.message}`);
    },
    onDiskChange: (uri) => {
      options.publishDiagnostics?.(uri, undefined, []);
      // Config files decide which files are plans, and every open plan's severities.
      index.rescan();
      recheckOthers('');
    },
  });

  const relativePath = (uri: string): string | undefined => (isHierarchical(uri) ? folderRelativePath(folders, uri) : undefined);

  /** Precedence: inline comments (in the core) > nearest config file > editor settings > defaults. */
  const configFor = async (uri: string): Promise<CheckConfig> => {
    const fromSettings = await settings.configFor(uri);
    const layers = await discovery.layersFor(uri);
    return layers.length === 0 ? fromSettings : mergeConfig(fromSettings, ...layers);
  };

  const resolverFor = async (uri: string, plan: Plan, config: CheckConfig, reads: Set<string>): Promise<LinkResolver | undefined> =>
    links.resolverFor(uri, linkBase(uri, folders), plan, await discovery.boundaryFor(uri), settings.maxFileSize(uri), { relativePath: relativePath(uri), config }, reads);

  const analyses = new Analyses({
    host,
    documents,
    dependents,
    configFor,
    maxFileSize: (uri) => settings.maxFileSize(uri),
    relativePath,
    configFile: (uri) => discovery.read(uri),
    resolverFor,
    boundaryFor: (uri) => discovery.boundaryFor(uri),
    // The index keeps what the check found, for requests that do not wait for the next check.
    onChecked: (uri, analysis) => index.checked(uri, analysis),
    publish: options.publishDiagnostics && ((uri, version, diagnostics) => options.publishDiagnostics?.(uri, version, diagnostics)),
  });

  const index = new WorkspaceIndex({
    host,
    log: host.log,
    folders: () => folders,
    openDocument,
    openDocuments: () => documents.all(),
    analyze: (uri) => analyses.analyze(uri),
    isPlan: async (uri, plan) => isPlan(plan, relativePath(uri), await configFor(uri)),
    linkBoundary: (uri) => discovery.boundaryFor(uri),
    repositoryOf: (uri) => discovery.repositoryOf(uri),
    progress: options.progress,
  });

  const analyzeFile = (uri: string): Promise<Analysis | undefined> => analyses.analyzeFile(uri);
  const overviews = new PlanOverviews({ host, index, analyzeFile, configFor, resolverFor, openText }, () => overviewListeners.forEach((l) => l()));
  const overviewListeners: (() => void)[] = [];

  const recheckAll = (): void => {
    if (pull) options.refreshDiagnostics?.();
    else for (const d of documents.all()) analyses.schedule(d.uri, 0);
  };

  /**
   * Open plans whose why-links were checked against the changed file are checked again (all of them
   * when `changed` is empty: a config file changed); their cached analyses read the file as it was.
   */
  const recheckOthers = (changed: string): void => {
    const affected = dependents.affected(changed, documents.all().map((d) => d.uri));
    if (affected.length === 0) return;
    for (const uri of affected) analyses.forget(uri);
    if (pull) options.refreshDiagnostics?.();
    else for (const uri of affected) analyses.schedule(uri, DEBOUNCE_MS * 4);
  };

  // An open config file is read from the editor, so unsaved edits take effect at once.
  const configDocumentEvent = (uri: string): void => {
    if (!isConfigFile(uri)) return;
    discovery.changed(uri);
    // Its rules and globs apply to every open plan, whether or not they link anywhere.
    recheckOthers('');
  };

  return {
    get folders() {
      return folders;
    },
    index,
    overviews,
    pullDiagnostics: pull,
    analyze: (uri) => analyses.analyze(uri),
    analyzeFile,
    configFor,
    maxFileSize: (uri) => settings.maxFileSize(uri),
    today: () => host.today(),
    start: () => index.rescan(),
    didOpen(uri) {
      open.set(uriKey(uri), uri);
      analyses.schedule(uri, 0);
      recheckOthers(uri);
      configDocumentEvent(uri);
    },
    didChange(uri) {
      index.documentChanged();
      analyses.schedule(uri, DEBOUNCE_MS);
      recheckOthers(uri);
      configDocumentEvent(uri);
    },
    didClose(uri) {
      index.documentClosed(uri);
      configDocumentEvent(uri);
      if (open.get(uriKey(uri)) === uri) open.delete(uriKey(uri));
      analyses.closed(uri);
      dependents.forget(uri);
      settings.forget(uri);
      options.publishDiagnostics?.(uri, undefined, []);
      // Plans whose why-links read its unsaved text now read the file through the host.
      recheckOthers(uri);
    },
    filesChanged: (changes) => index.filesChanged(changes),
    foldersChanged(added, removed) {
      const gone = new Set(removed.map(uriKey));
      folders = [...folders.filter((f) => !gone.has(uriKey(f))), ...added];
      analyses.clear();
      index.rescan();
      for (const d of documents.all()) analyses.schedule(d.uri, 0);
    },
    settingsChanged(sent) {
      settings.setGlobal(sent);
      analyses.clear();
      // Settings decide which files are plans.
      index.rescan();
      recheckAll();
    },
    onOverviewDated(listener) {
      overviewListeners.push(listener);
    },
    dispose: () => discovery.dispose(),
  };
}
