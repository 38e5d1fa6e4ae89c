// A completion suggestion before it becomes an LSP CompletionItem: what replaces which span.

import type { Span } from '../../core/text';

export interface Suggestion {
  readonly label: string;
  readonly kind: 'link' | 'value' | 'field' | 'question';
  /** The text that replaces `span`. */
  readonly newText: string;
  readonly span: Span;
  readonly detail?: string;
  readonly documentation?: string;
  /** Keeps the order the suggestions were made in. */
  readonly sortText: string;
}

export const order = (i: number): string => String(i).padStart(4, '0');
