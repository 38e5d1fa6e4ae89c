// Completion in plans: why-links, kind and status values, field labels, and the questions to ask.

import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import { completions, type LinkableFile, type Suggestion } from '../../features/completion';
import type { Plan } from '../../core/model';
import { toRange } from '../diagnostics';
import { relativeTarget, uriToPath } from '../../node/paths';
import type { Feature, ServerContext } from '../server-context';

const KIND: Readonly<Record<Suggestion['kind'], CompletionItemKind>> = {
  link: CompletionItemKind.Reference,
  value: CompletionItemKind.EnumMember,
  field: CompletionItemKind.Property,
  question: CompletionItemKind.Text,
};

function toItem(plan: Plan, s: Suggestion): CompletionItem {
  const range = toRange(plan.lines, s.span);
  return {
    label: s.label,
    kind: KIND[s.kind],
    detail: s.detail,
    documentation: s.documentation ? { kind: MarkupKind.Markdown, value: s.documentation } : undefined,
    sortText: s.sortText,
    // The typed text is matched against what would be written, so "[Bec" and "Bec" both find a link.
    filterText: plan.text.slice(s.span.start, s.span.end).startsWith('[') ? s.newText : s.label,
    textEdit: { range, newText: s.newText },
  };
}

/** The workspace's other markdown files, from the index, addressed relative to the document. */
async function linkableFiles(context: ServerContext, uri: string): Promise<LinkableFile[]> {
  const file = uriToPath(uri);
  if (!file) return [];
  // Of other plans only the purposes are aims to link to; of other markdown files, every heading.
  // An open plan being checked offers the aims of its last check: completion does not wait for it.
  return (await context.index.files(false))
    .filter((f) => f.path !== file)
    .map((f) => ({ target: relativeTarget(file, f.path), headings: f.isPlan ? f.headings.filter((h) => h.isPurpose) : f.headings, isPlan: f.isPlan }));
}

export const completion: Feature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: [':', ',', '['] } }),
  register(context) {
    context.connection.onCompletion(async ({ textDocument: { uri }, position }) => {
      const analysis = await context.analyze(uri);
      if (!analysis?.isPlan) return [];
      const { plan } = analysis;
      return completions(plan, plan.lines.offsetAt(position), await linkableFiles(context, uri)).map((s) => toItem(plan, s));
    });
  },
};
