// The plan model: what a mentoring plan holds, with source spans for every part.

import type { FieldKey } from '../data/fields';
import type { SectionKind } from '../data/sections';
import type { LineIndex, Span } from './text';

export interface Link {
  readonly text: string;
  /** The destination as written (after resolving a reference-style link). */
  readonly target: string;
  readonly span: Span;
}

export interface Field {
  readonly key: FieldKey;
  /** The label as the mentor wrote it. */
  readonly label: string;
  readonly value: string;
  /** The whole field line. */
  readonly span: Span;
  readonly labelSpan: Span;
  /** The value after the label; empty spans sit right after the label. */
  readonly valueSpan: Span;
  readonly links: readonly Link[];
}

export interface Question {
  readonly text: string;
  readonly answer: string;
  readonly span: Span;
  readonly questionSpan: Span;
}

export interface Heading {
  readonly depth: number;
  readonly text: string;
  readonly slug: string;
  readonly span: Span;
  /** The heading text without the #s. */
  readonly textSpan: Span;
}

export interface Purpose {
  readonly heading: Heading;
  /** The heading and its content, up to the next heading of the same or a higher level. */
  readonly span: Span;
  /** The first paragraph under the heading, as plain text. */
  readonly summary: string;
}

export interface ExplorationBank {
  readonly heading: Heading;
  readonly span: Span;
  readonly questions: readonly Question[];
}

export interface Exploration {
  readonly heading: Heading;
  readonly span: Span;
  readonly banks: readonly ExplorationBank[];
  /** Questions written outside any bank heading. */
  readonly questions: readonly Question[];
  /** Answered questions, or free notes the mentor wrote: what counts as exploring. */
  readonly answeredCount: number;
}

export interface Goal {
  readonly form: 'heading' | 'list';
  readonly statement: string;
  readonly statementSpan: Span;
  /** The goal with its fields and challenge questions. */
  readonly span: Span;
  readonly fields: readonly Field[];
  readonly challengeHeading?: Heading;
  readonly challenges: readonly Question[];
  /** Root-cause probes written under the goal, with their answers. */
  readonly probes: readonly Question[];
  /** A list goal whose task-list box is ticked (`- [x]`). */
  readonly ticked?: boolean;
  /** Where a new field line goes, and the indentation it needs. */
  readonly fieldInsert: { readonly offset: number; readonly indent: string; readonly bullet: string };
}

export interface Session {
  readonly heading: Heading;
  readonly span: Span;
}

export interface Section {
  readonly kind: SectionKind;
  readonly heading: Heading;
  readonly span: Span;
}

export interface FrontMatter {
  readonly raw: string;
  readonly span: Span;
  readonly data: Readonly<Record<string, unknown>>;
  readonly error?: { readonly message: string; readonly span: Span };
}

export interface InlineComment {
  readonly directive: 'disable' | 'enable' | 'disable-next-line' | 'disable-file';
  /** Rule ids as written; empty means every rule. */
  readonly rules: readonly { readonly id: string; readonly span: Span }[];
  readonly span: Span;
}

export interface Plan {
  readonly text: string;
  readonly lines: LineIndex;
  readonly frontMatter?: FrontMatter;
  readonly headings: readonly Heading[];
  readonly sections: readonly Section[];
  readonly purposes: readonly Purpose[];
  readonly exploration?: Exploration;
  readonly goals: readonly Goal[];
  readonly sessions: readonly Session[];
  readonly comments: readonly InlineComment[];
}

export function field(goal: Goal, key: FieldKey): Field | undefined {
  return goal.fields.find((f) => f.key === key);
}
