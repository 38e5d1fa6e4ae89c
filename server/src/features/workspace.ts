// What an editor feature asks of the plan service: analyses of documents and files, their config, and
// the workspace index. Declared here, in the pure layer, so features never import the service that
// implements it. Every file is named by URI.

import type { Diagnostic } from 'vscode-languageserver';
import type { Finding, NotPlanReason } from '../core/check';
import type { CheckConfig } from '../core/config';
import type { Plan } from '../core/model';
import type { GoalProperties } from '../core/properties';
import type { IndexedFile, LinkingGoal } from './indexed-file';

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
  /** URI keys of the other files its why-links were checked against. */
  readonly linkedFiles: ReadonlySet<string>;
}

/** The text of a file a plan links to, read through the host's gate, or why it is not read. */
export type LinkedText = { readonly text: string } | { readonly refused: string };

/** Headings, purposes and goals of every markdown file in the workspace, by URI. */
export interface WorkspaceFiles {
  /** A file's entry: the open document when there is one, else the index, else the host. `verify`: re-read if it changed since. */
  file(uri: string, verify?: boolean): Promise<IndexedFile | undefined>;
  /** Every indexed file; with `latest` false, open documents as of their last finished check. */
  files(latest?: boolean): Promise<IndexedFile[]>;
  /** The files indexed so far, waiting at most `budgetMs` for the start-up scan. */
  filesWithin(budgetMs: number): Promise<IndexedFile[]>;
  /** Every goal whose why-link leads to the heading (or without a slug, to the file). */
  linksTo(uri: string, slug: string | undefined, verify?: boolean): Promise<LinkingGoal[]>;
  /** The text of a file a plan links to: the open document's, else at most `maxBytes` through the host's gate. */
  linkedText(uri: string, planUri: string, maxBytes: number): Promise<LinkedText>;
  /** Whether a plan's link may be followed to the file: inside the workspace once symlinks are resolved. */
  admits(uri: string, planUri: string): Promise<boolean>;
}

export interface PlanWorkspace {
  /** Workspace folder URIs. */
  readonly folders: readonly string[];
  /** The analysis of an open document at its current version, computed at most once per version. */
  analyze(uri: string): Promise<Analysis | undefined>;
  /** The analysis of any file: the open document if there is one, else the file through the host. */
  analyzeFile(uri: string): Promise<Analysis | undefined>;
  configFor(uri: string): Promise<CheckConfig>;
  /** mentoringPlans.maxFileSize for a document: no more than this is read from a file it links to. */
  maxFileSize(uri: string): number;
  /** Today in the mentor's time zone, YYYY-MM-DD. */
  today(): string;
  readonly index: WorkspaceFiles;
}
