// What the session hands its editor features, apart from session.ts so features and the index can
// name it without importing the session that imports them.

import type { ClientCapabilities, Connection, Diagnostic, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, NotPlanReason } from '../core/check';
import type { CheckConfig } from '../core/config';
import type { Plan } from '../core/model';
import type { GoalProperties } from '../core/properties';
import type { WorkspaceIndex } from './workspace-index';

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly isPlan: boolean;
  /** Why the document is not checked as a plan: its path is ignored, nothing marks it, or it was skipped. */
  readonly notChecked?: NotPlanReason | 'too-large' | 'binary';
  readonly plan: Plan;
  readonly findings: readonly Finding[];
  /** The goals' five properties, judged from the same rule reports as the findings. */
  readonly properties: GoalProperties;
  readonly diagnostics: readonly Diagnostic[];
  /** Absolute paths of the other files its why-links were checked against. */
  readonly linkedFiles: ReadonlySet<string>;
}

/** What an editor feature needs from the server; features never talk to the core's inputs directly. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly clientCapabilities: ClientCapabilities;
  /** Absolute paths of the workspace folders. */
  readonly roots: readonly string[];
  /** The analysis of an open document at its current version, computed at most once per version. */
  analyze(uri: string): Promise<Analysis | undefined>;
  /** The analysis of any file: the open document if there is one, else the file on disk. */
  analyzeFile(uri: string): Promise<Analysis | undefined>;
  /** Whether this client asks for diagnostics (pull) rather than having them pushed. */
  readonly pullDiagnostics: boolean;
  configFor(uri: string): Promise<CheckConfig>;
  /** mentoringPlans.maxFileSize for a document: no more than this is read from a file it links to. */
  maxFileSize(uri: string): number;
  /** Headings, purposes and goals of every markdown file in the workspace. */
  readonly index: WorkspaceIndex;
}

export interface Feature {
  readonly capabilities?: (client: ClientCapabilities) => Partial<ServerCapabilities>;
  register(context: ServerContext): void;
}
