// The check of each document, cached per version and scheduled: typing pauses are debounced, a check
// that a newer version overtook is dropped at its next time slice, and in push mode the diagnostics
// of the last version are published. The same pipeline checks open documents and files read through
// the host.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkPlanSteps, notPlanReason } from '../core/check';
import type { CheckConfig } from '../core/config';
import type { ConfigFile } from '../core/config-file-text';
import type { LinkResolver } from '../core/links';
import type { Plan } from '../core/model';
import { parsePlan, parsePlanSteps } from '../core/parse';
import { MISSING_REASON, OUTSIDE_REASON } from '../core/read-reasons';
import { FILE_TOO_LARGE, gateText, skippedFileIsPlan, tooLargeMessage, type SkippedFile } from '../core/size-limit';
import { SOURCE, toDiagnostic } from '../features/diagnostics';
import type { Analysis } from '../features/workspace';
import { isConfigFile } from './config-discovery';
import type { PlanHost } from './host';
import type { LinkDependents } from './link-dependents';
import { runInSlices } from './time-slices';

/** Typing pauses shorter than this are one edit; only the last version is checked. */
export const DEBOUNCE_MS = 120;

const RAISE_LIMIT = 'the setting mentoringPlans.maxFileSize (bytes)';

export interface AnalysesOptions {
  readonly host: PlanHost;
  readonly documents: { get(uri: string): TextDocument | undefined };
  readonly dependents: LinkDependents;
  readonly configFor: (uri: string) => Promise<CheckConfig>;
  readonly maxFileSize: (uri: string) => number;
  /** The document's path from its workspace folder, for the globs; undefined for an unsaved document. */
  readonly relativePath: (uri: string) => string | undefined;
  /** A config file's problems (the config file itself is never a plan). */
  readonly configFile: (uri: string) => Promise<ConfigFile>;
  /** Reads the plan's link targets through the host and resolves over them; each target's key goes into `reads`. */
  readonly resolverFor: (uri: string, plan: Plan, config: CheckConfig, reads: Set<string>) => Promise<LinkResolver | undefined>;
  /** The folders a file read through the host must stay in. */
  readonly boundaryFor: (uri: string) => Promise<readonly string[]>;
  /** A finished check of an open document. */
  readonly onChecked: (uri: string, analysis: Analysis) => void;
  /** Push mode: publishes a document's diagnostics. Pull mode (undefined): the client asks. */
  readonly publish?: (uri: string, version: number, diagnostics: Diagnostic[]) => void;
}

export class Analyses {
  // The document object is part of the key: a document closed and reopened starts again at the same version.
  private readonly cache = new Map<string, { key: string; document: TextDocument; run: object; analysis: Promise<Analysis | undefined> }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly options: AnalysesOptions) {}

  /** The analysis of an open document at its current version, computed at most once per version and settings. */
  async analyze(uri: string): Promise<Analysis | undefined> {
    const { documents, dependents, host } = this.options;
    const document = documents.get(uri);
    if (!document) return undefined;
    const config = await this.options.configFor(uri);
    const limit = this.options.maxFileSize(uri);
    const key = `${document.version}\0${host.today()}\0${limit}\0${JSON.stringify(config)}`;
    const cached = this.cache.get(uri);
    if (cached?.key === key && cached.document === document) return cached.analysis;
    const { version } = document;
    const run = {};
    // Edits update the document object in place; a check of an older version is dropped at its next pause.
    const superseded = (): boolean => this.cache.get(uri)?.run !== run || documents.get(uri) !== document || document.version !== version;
    // The files this check reads count while it runs: an edit to one it already read makes it stale.
    const reads = new Set<string>();
    dependents.started(uri, reads);
    // Whoever waited for a dropped check gets the current version's analysis.
    const analysis = this.analyzeText(uri, document.getText(), version, config, true, superseded, reads).then((a) => {
      dependents.finished(uri, reads, a?.linkedFiles);
      if (!a) return this.analyze(uri);
      this.options.onChecked(uri, a);
      return a;
    });
    this.cache.set(uri, { key, document, run, analysis });
    return analysis;
  }

  /** A file as it is stored (or in the editor when open); undefined when it cannot be read. */
  async analyzeFile(uri: string): Promise<Analysis | undefined> {
    if (this.options.documents.get(uri)) return this.analyze(uri);
    const config = await this.options.configFor(uri);
    const limit = this.options.maxFileSize(uri);
    const read = await this.options.host.readFile(uri, limit, await this.options.boundaryFor(uri));
    if (read.kind === 'too-large') {
      const skipped = { code: FILE_TOO_LARGE, message: tooLargeMessage(read.size, limit, RAISE_LIMIT) } as const;
      return skippedAnalysis(uri, 0, skippedFileIsPlan(read.head, this.options.relativePath(uri), config), skipped);
    }
    if (read.kind !== 'text') {
      this.options.host.log.warn(`Not checking ${uri}: it ${read.kind === 'refused' ? read.reason : read.kind === 'outside' ? OUTSIDE_REASON : MISSING_REASON}.`);
      return undefined;
    }
    return this.analyzeText(uri, read.text, 0, config, false);
  }

  /** The cached check is stale (a file it read changed): the next request checks again. */
  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }

  /** Push mode: check after `delay` ms and publish, unless another edit comes first. */
  schedule(uri: string, delay: number): void {
    if (!this.options.publish) return;
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.publish(uri).catch((error: unknown) => this.options.host.log.error(`Checking ${uri} failed: ${String(error)}`));
      }, delay),
    );
  }

  /** The document was closed: nothing of it is kept. */
  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.cache.delete(uri);
  }

  /** Check and publish, dropping results that a newer version has overtaken. */
  private async publish(uri: string): Promise<void> {
    const { documents } = this.options;
    const document = documents.get(uri);
    const analysis = await this.analyze(uri);
    const current = documents.get(uri);
    if (!analysis || !current || current !== document || current.version !== analysis.version) return;
    this.options.publish?.(uri, analysis.version, [...analysis.diagnostics]);
  }

  /**
   * Checks one text as the document at `uri`. Undefined when `superseded` stopped it (a newer version
   * arrived, or the document was closed).
   */
  private async analyzeText(uri: string, text: string, version: number, config: CheckConfig, open: boolean, superseded?: () => boolean, reads = new Set<string>()): Promise<Analysis | undefined> {
    const { host } = this.options;
    // A config file is never a plan, whatever its size: its problems are its diagnostics.
    if (isConfigFile(uri)) {
      const diagnostics = configDiagnostics(await this.options.configFile(uri));
      return { uri, version, isPlan: false, plan: parsePlan(''), findings: [], properties: () => [], diagnostics, linkedFiles: reads };
    }
    const relativePath = this.options.relativePath(uri);
    const gate = gateText(text, this.options.maxFileSize(uri), RAISE_LIMIT);
    if ('skipped' in gate) return skippedAnalysis(uri, version, skippedFileIsPlan(text, relativePath, config), gate.skipped);
    // An open document is re-parsed on every edit: keep its chunk trees so an edit re-parses one section.
    const plan = await runInSlices(parsePlanSteps(gate.text, { cache: open }), host.yieldSlice, superseded);
    if (!plan) return undefined;
    const notPlan = notPlanReason(plan, relativePath, config);
    if (notPlan) return { uri, version, isPlan: false, notChecked: notPlan, plan, findings: [], properties: () => [], diagnostics: [], linkedFiles: reads };
    const resolveLink = await this.options.resolverFor(uri, plan, config, reads);
    if (superseded?.()) return undefined;
    const onRuleError = (ruleId: string, error: unknown): void => host.log.error(`Rule ${ruleId} failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const result = await runInSlices(checkPlanSteps(plan, { config, today: host.today(), resolveLink, onRuleError }), host.yieldSlice, superseded);
    if (!result) return undefined;
    return {
      uri,
      version,
      isPlan: true,
      plan,
      findings: result.findings,
      properties: result.properties,
      diagnostics: result.findings.map((f) => toDiagnostic(plan.lines, f)),
      linkedFiles: reads,
    };
  }
}

/** A plan too large or binary: not parsed; one notice at its start (none when it is not a plan). */
function skippedAnalysis(uri: string, version: number, plan: boolean, { code, message }: SkippedFile): Analysis {
  const notice: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: SOURCE, code, message };
  const notChecked = code === FILE_TOO_LARGE ? 'too-large' : 'binary';
  return { uri, version, isPlan: plan, notChecked, plan: parsePlan(''), findings: [], properties: () => [], diagnostics: plan ? [notice] : [], linkedFiles: new Set() };
}

/** A config file's problems as diagnostics on the file itself. */
export function configDiagnostics(config: ConfigFile): Diagnostic[] {
  return config.problems.map((p) => ({
    range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.endLine - 1, character: p.endColumn - 1 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: p.message,
  }));
}
