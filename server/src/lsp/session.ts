// Wires the pure core to LSP: documents, settings, diagnostics (push or pull), and the editor features.

import { existsSync, watch, type FSWatcher } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocumentSteps, isPlan } from '../core/check';
import { mergeConfig, type CheckConfig } from '../core/config';
import { todayIso } from '../core/dates';
import { CONFIG_FILE_NAME, configLayers, linkBoundary, parseConfigText, readConfigFile, searchedFolders, type ConfigFile } from '../node/config-file';
import { deepestExistingFolder } from '../node/existing-folder';
import { fileLinkResolver } from '../node/file-links';
import { readPlanFile, refusalReason } from '../node/read-gate';
import { innermostRoot, uriToPath, workspaceRelativePath } from '../node/paths';
import { parsePlan } from '../core/parse';
import { BINARY_FILE, BINARY_FILE_MESSAGE, byteLength, DEFAULT_MAX_FILE_SIZE, FILE_TOO_LARGE, isBinary, parseMaxFileSize, skippedFileIsPlan, tooLarge, tooLargeMessage } from '../core/size-limit';
import { SOURCE, toDiagnostic } from './diagnostics';
import { FEATURES } from './features';
import { guardedConnection, invalidParams } from './param-guard';
import { settingsToConfig } from './settings';
import { runInSlices } from './time-slices';
import type { Analysis, ServerContext } from './server-context';
import { WorkspaceIndex } from './workspace-index';

const RAISE_LIMIT = 'the setting mentoringPlans.maxFileSize (bytes)';

/** Typing pauses shorter than this are one edit; only the last version is checked. */
export const DEBOUNCE_MS = 120;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let clientCapabilities: ClientCapabilities = {};
  let roots: string[] = [];
  let pullDiagnostics = false;
  let configurationPull = false;
  let globalSettings: unknown;
  const settingsCache = new Map<string, Promise<CheckConfig>>();
  /** mentoringPlans.maxFileSize per document, read with its settings (it is not part of CheckConfig). */
  const maxFileSizes = new Map<string, number>();
  // The document object is part of the key: a document closed and reopened starts again at the same version.
  const analyses = new Map<string, { key: string; document: TextDocument; run: object; analysis: Promise<Analysis | undefined> }>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** The files each open document's last check read for its why-links. */
  const linkedFiles = new Map<string, ReadonlySet<string>>();
  /** The files read so far by a check still running. */
  const reading = new Map<string, ReadonlySet<string>>();

  const relativePath = (file: string): string => workspaceRelativePath(roots, file);
  const maxFileSize = (uri: string): number => maxFileSizes.get(uri) ?? DEFAULT_MAX_FILE_SIZE;

  const settingsFor = (uri: string): Promise<CheckConfig> => {
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = (async () => {
        const raw = configurationPull ? await connection.workspace.getConfiguration({ scopeUri: uri, section: 'mentoringPlans' }) : globalSettings;
        const { config, problems } = settingsToConfig(raw);
        maxFileSizes.set(uri, parseMaxFileSize(raw && typeof raw === 'object' ? (raw as Record<string, unknown>).maxFileSize : undefined) ?? DEFAULT_MAX_FILE_SIZE);
        for (const p of problems) connection.console.warn(`Setting mentoringPlans.${p.key}: ${p.message}`);
        return mergeConfig(config);
      })().catch((error: unknown) => {
        connection.console.error(`Could not read settings: ${String(error)}`);
        return mergeConfig();
      });
      settingsCache.set(uri, cached);
    }
    return cached;
  };

  // .mentoring-plans.json files: parsed once per change (from the editor when open), layered over the
  // settings, and watched on disk so that any client re-checks when one is created, edited or deleted.
  const configFiles = new Map<string, ConfigFile>();
  const configLayersByDir = new Map<string, readonly Partial<CheckConfig>[]>();
  const folderWatchers = new Map<string, FSWatcher | undefined>();
  const isConfigFile = (file: string | undefined): file is string => !!file && path.basename(file) === CONFIG_FILE_NAME;
  const readConfig = (file: string): ConfigFile => {
    let parsed = configFiles.get(file);
    if (!parsed) {
      const open = documents.get(pathToOpenUri(file));
      parsed = open ? parseConfigText(open.getText(), file) : readConfigFile(file);
      configFiles.set(file, parsed);
      if (!pullDiagnostics && !open) void connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: configDiagnostics(parsed) });
      for (const p of pullDiagnostics && !open ? parsed.problems : []) connection.console.warn(`${file}:${p.line}:${p.column}: ${p.message}`);
    }
    return parsed;
  };
  const configChanged = (file: string): void => {
    configFiles.delete(file);
    configLayersByDir.clear();
  };
  const watchFolder = (dir: string): void => {
    if (folderWatchers.has(dir)) return;
    let watcher: FSWatcher | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (name !== null && String(name) !== CONFIG_FILE_NAME) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          const file = path.join(dir, CONFIG_FILE_NAME);
          if (documents.get(pathToOpenUri(file))) return;
          configChanged(file);
          if (!pullDiagnostics) void connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [] });
          // Config files decide which files are plans, and every open plan's severities.
          index.rescan();
          recheckOthers('');
        }, 50);
      });
      watcher.on('error', () => watcher?.close());
    } catch {
      // A folder that cannot be watched (gone, or out of watch handles) is re-read on the next settings change.
    }
    folderWatchers.set(dir, watcher);
  };

  /** Precedence: inline comments (in the core) > nearest config file > editor settings > defaults. */
  const configFor = async (uri: string): Promise<CheckConfig> => {
    const settings = await settingsFor(uri);
    const file = uriToPath(uri);
    if (!file || isConfigFile(file)) return settings;
    // Globs are matched against the path from the workspace folder, so config globs are rewritten to it.
    const root = innermostRoot(roots, file) ?? path.dirname(file);
    // Folders that do not exist hold no config file: the search starts at the deepest that does.
    const dir = deepestExistingFolder(path.dirname(file), root);
    let layers = configLayersByDir.get(`${root}\0${dir}`);
    if (!layers) {
      searchedFolders(dir, [root]).forEach(watchFolder);
      // A config file open in the editor counts before it is first saved.
      const exists = (f: string): boolean => !!documents.get(pathToOpenUri(f)) || existsSync(f);
      layers = configLayers(dir, { stopDirs: [root], base: root, read: readConfig, exists }).layers;
      configLayersByDir.set(`${root}\0${dir}`, layers);
    }
    return mergeConfig(settings, ...layers);
  };

  /**
   * Checks one text as the document at `uri`: the same pipeline for open documents and files on disk.
   * Undefined when `superseded` stopped it (a newer version arrived, or the document was closed).
   */
  const analyzeText = async (
    uri: string,
    text: string,
    version: number,
    config: CheckConfig,
    open: boolean,
    superseded?: () => boolean,
    reads = new Set<string>(),
  ): Promise<Analysis | undefined> => {
    const limit = maxFileSize(uri);
    const file = uriToPath(uri);
    // A config file is never a plan, whatever its size: its problems are its diagnostics.
    if (isConfigFile(file)) return { uri, version, isPlan: false, plan: parsePlan(''), findings: [], properties: () => [], diagnostics: configDiagnostics(readConfig(file)), linkedFiles: reads };
    const skipped = tooLarge(text, limit)
      ? { code: FILE_TOO_LARGE, message: tooLargeMessage(byteLength(text), limit, RAISE_LIMIT) }
      : isBinary(text) ? { code: BINARY_FILE, message: BINARY_FILE_MESSAGE } : undefined;
    if (skipped) return skippedAnalysis(uri, version, skippedFileIsPlan(text, file ? relativePath(file) : undefined, config), skipped);
    const resolve = file ? fileLinkResolver({ planPath: file, roots: linkBoundary(roots, file), openText: (f) => documents.get(pathToOpenUri(f))?.getText(), maxBytes: limit, plan: { relativePath: relativePath(file), config } }) : undefined;
    const steps = checkDocumentSteps(text, {
      config,
      today: todayIso(),
      relativePath: file ? relativePath(file) : undefined,
      resolveLink:
        file && resolve
          ? (target) => {
              reads.add(path.resolve(path.dirname(file), target));
              return resolve(target);
            }
          : undefined,
      onRuleError: (ruleId, error) => connection.console.error(`Rule ${ruleId} failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
      // An open document is re-parsed on every edit: keep its chunk trees so an edit re-parses one section.
      cacheChunks: open,
    });
    const result = await runInSlices(steps, superseded);
    if (!result) return undefined;
    return {
      uri,
      version,
      isPlan: result.isPlan,
      notChecked: result.notPlan,
      plan: result.plan,
      findings: result.findings,
      properties: result.properties,
      diagnostics: result.findings.map((f) => toDiagnostic(result.plan.lines, f)),
      linkedFiles: reads,
    };
  };

  const analyze = async (uri: string): Promise<Analysis | undefined> => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const config = await configFor(uri);
    const limit = maxFileSize(uri);
    const key = `${document.version}\0${todayIso()}\0${limit}\0${JSON.stringify(config)}`;
    const cached = analyses.get(uri);
    if (cached?.key === key && cached.document === document) return cached.analysis;
    const { version } = document;
    const run = {};
    // Edits update the document object in place; a check of an older version is dropped at its next pause.
    const superseded = (): boolean => analyses.get(uri)?.run !== run || documents.get(uri) !== document || document.version !== version;
    // The files this check reads count while it runs: an edit to one it already read makes it stale.
    const reads = new Set<string>();
    reading.set(uri, reads);
    // Whoever waited for a dropped check gets the current version's analysis.
    const analysis = analyzeText(uri, document.getText(), version, config, true, superseded, reads).then((a) => {
      if (reading.get(uri) === reads) reading.delete(uri);
      if (!a) return analyze(uri);
      linkedFiles.set(uri, a.linkedFiles);
      // The index keeps what the check found, for requests that do not wait for the next check.
      index.checked(uri, a);
      return a;
    });
    analyses.set(uri, { key, document, run, analysis });
    return analysis;
  };

  /** A file as it is on disk (or in the editor when open); undefined when it cannot be read. */
  const analyzeFile = async (uri: string): Promise<Analysis | undefined> => {
    if (documents.get(uri)) return analyze(uri);
    const file = uriToPath(uri);
    if (!file) return undefined;
    const config = await configFor(uri);
    const limit = maxFileSize(uri);
    const read = readPlanFile(file, linkBoundary(roots, file), limit);
    if (read.kind === 'refused') {
      connection.console.warn(`Not checking ${file}: it ${refusalReason(read.place)}.`);
      return undefined;
    }
    if (read.kind === 'too-large') {
      return skippedAnalysis(uri, 0, skippedFileIsPlan(read.head.toString('utf8'), relativePath(file), config), { code: FILE_TOO_LARGE, message: tooLargeMessage(read.size, limit, RAISE_LIMIT) });
    }
    return analyzeText(uri, read.bytes.toString('utf8'), 0, config, false);
  };

  const index = new WorkspaceIndex({
    connection,
    documents,
    roots: () => roots,
    analyze,
    isPlan: async (uri, plan) => {
      const file = uriToPath(uri);
      return isPlan(plan, file ? relativePath(file) : undefined, await configFor(uri));
    },
  });

  const openUris = new Map<string, string>();
  const pathToOpenUri = (file: string): string => openUris.get(file) ?? '';

  /** Push mode: check and publish, dropping results that a newer version has overtaken. */
  const publish = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    const analysis = await analyze(uri);
    const current = documents.get(uri);
    if (!analysis || !current || current !== document || current.version !== analysis.version) return;
    await connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: [...analysis.diagnostics] });
  };

  const schedule = (uri: string, delay: number): void => {
    if (pullDiagnostics) return;
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        publish(uri).catch((error: unknown) => connection.console.error(`Checking ${uri} failed: ${String(error)}`));
      }, delay),
    );
  };

  /**
   * Open plans whose why-links were checked against the changed file are checked again (all of them
   * when `changed` is empty: a config file changed); their cached analyses read the file as it was.
   */
  const recheckOthers = (changed: string): void => {
    const file = uriToPath(changed);
    const reads = (uri: string): boolean => file !== undefined && !!(linkedFiles.get(uri)?.has(file) || reading.get(uri)?.has(file));
    const affected = documents.all().filter((d) => d.uri !== changed && (changed === '' || reads(d.uri)));
    if (affected.length === 0) return;
    for (const d of affected) analyses.delete(d.uri);
    if (pullDiagnostics) void connection.languages.diagnostics.refresh();
    else for (const d of affected) schedule(d.uri, DEBOUNCE_MS * 4);
  };

  const context: ServerContext = {
    connection: guardedConnection(connection),
    documents,
    get clientCapabilities() {
      return clientCapabilities;
    },
    get roots() {
      return roots;
    },
    get pullDiagnostics() {
      return pullDiagnostics;
    },
    analyze,
    analyzeFile,
    configFor,
    maxFileSize,
    index,
  };

  connection.onInitialize((params): InitializeResult => {
    clientCapabilities = params.capabilities;
    pullDiagnostics = !!params.capabilities.textDocument?.diagnostic;
    configurationPull = !!params.capabilities.workspace?.configuration;
    globalSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    roots = folders.map(uriToPath).filter((p): p is string => !!p);
    let capabilities: ServerCapabilities = {
      textDocumentSync: TextDocumentSyncKind.Full,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
    if (pullDiagnostics) capabilities.diagnosticProvider = { interFileDependencies: true, workspaceDiagnostics: false };
    for (const feature of FEATURES) capabilities = { ...capabilities, ...feature.capabilities?.(params.capabilities) };
    return { capabilities, serverInfo: { name: 'mentoring-plans', version: SERVER_VERSION } };
  });

  connection.onInitialized(() => {
    index.start(clientCapabilities);
    if (configurationPull && clientCapabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'mentoringPlans' });
    }
    if (clientCapabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
        roots = [...roots.filter((r) => !removed.has(r)), ...event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
        analyses.clear();
        index.rescan();
        for (const d of documents.all()) schedule(d.uri, 0);
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as { mentoringPlans?: unknown } | null)?.mentoringPlans;
    if (settings !== undefined) globalSettings = settings;
    settingsCache.clear();
    analyses.clear();
    // Settings decide which files are plans.
    index.rescan();
    if (pullDiagnostics) void connection.languages.diagnostics.refresh();
    else for (const d of documents.all()) schedule(d.uri, 0);
  });

  connection.languages.diagnostics.on(async (params) => {
    const invalid = invalidParams(params, ['textDocument']);
    if (invalid) throw invalid;
    const analysis = await analyze(params.textDocument.uri);
    return { kind: 'full', items: analysis ? [...analysis.diagnostics] : [] };
  });

  documents.onDidOpen((event) => {
    const file = uriToPath(event.document.uri);
    if (file) openUris.set(file, event.document.uri);
    schedule(event.document.uri, 0);
    recheckOthers(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    schedule(event.document.uri, DEBOUNCE_MS);
    recheckOthers(event.document.uri);
  });
  // An open config file is read from the editor, so unsaved edits take effect at once.
  for (const event of [documents.onDidOpen, documents.onDidChangeContent, documents.onDidClose]) {
    event((e) => {
      const file = uriToPath(e.document.uri);
      if (!isConfigFile(file)) return;
      configChanged(file);
      // Its rules and globs apply to every open plan, whether or not they link anywhere.
      recheckOthers('');
    });
  }
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    const file = uriToPath(uri);
    if (file) openUris.delete(file);
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    analyses.delete(uri);
    linkedFiles.delete(uri);
    reading.delete(uri);
    settingsCache.delete(uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
    // Plans whose why-links read its unsaved text now read the file on disk.
    recheckOthers(uri);
  });

  for (const feature of FEATURES) feature.register(context);
  documents.listen(connection);
  connection.listen();
}

/** A plan too large or binary: not parsed; one notice at its start (none when it is not a plan). */
function skippedAnalysis(uri: string, version: number, plan: boolean, { code, message }: { code: string; message: string }): Analysis {
  const notice: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: SOURCE, code, message };
  const notChecked = code === FILE_TOO_LARGE ? 'too-large' : 'binary';
  return { uri, version, isPlan: plan, notChecked, plan: parsePlan(''), findings: [], properties: () => [], diagnostics: plan ? [notice] : [], linkedFiles: new Set() };
}

/** A config file's problems as diagnostics on the file itself. */
function configDiagnostics(config: ConfigFile): Diagnostic[] {
  return config.problems.map((p) => ({
    range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.endLine - 1, character: p.endColumn - 1 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: p.message,
  }));
}

declare const __SERVER_VERSION__: string | undefined;
const SERVER_VERSION = typeof __SERVER_VERSION__ === 'string' ? __SERVER_VERSION__ : '0.0.0-dev';
