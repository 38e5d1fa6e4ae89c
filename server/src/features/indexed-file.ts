// What the workspace index keeps of each markdown file: the data the navigation features work on,
// apart from the index (in the service, which reads files through its host) so pure features can name it.

import type { Range } from 'vscode-languageserver';

export interface IndexedHeading {
  readonly text: string;
  /** GitHub-style slug, unique within the file. */
  readonly slug: string;
  readonly depth: number;
  /** The whole heading line. */
  readonly range: Range;
  /** The heading text without the #s: what a rename replaces. */
  readonly textRange: Range;
  /** A level-3 heading under the purpose section of a plan. */
  readonly isPurpose: boolean;
}

export interface IndexedLink {
  /** URI key of the file the link leads to: the linking file itself for `#slug`. */
  readonly uri: string;
  /** The heading slug as written, lower case; undefined for a link to a whole file. */
  readonly slug?: string;
  readonly range: Range;
  /** The fragment after `#` as written in the source (inline link or its definition). */
  readonly fragmentRange?: Range;
}

export interface IndexedGoal {
  readonly statement: string;
  readonly statementRange: Range;
  /** Links of the goal's "Why this matters" line that stay inside the workspace. */
  readonly whyLinks: readonly IndexedLink[];
}

export interface IndexedFile {
  readonly uri: string;
  /** The URI's one spelling (core/uris.ts uriKey), which links are compared with. */
  readonly key: string;
  readonly isPlan: boolean;
  readonly headings: readonly IndexedHeading[];
  /** Empty for markdown files that are not plans. */
  readonly goals: readonly IndexedGoal[];
}

/** A goal's why-link together with where it is written. */
export interface LinkingGoal {
  readonly file: IndexedFile;
  readonly goal: IndexedGoal;
  readonly link: IndexedLink;
}
