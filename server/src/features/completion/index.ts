// textDocument/completion in a plan: what fits where the cursor is, read from the line and the plan
// around it (why-links, kind and status values, field labels, the questions to ask).

import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionParams } from 'vscode-languageserver';
import type { Plan } from '../../core/model';
import { linkBase, relativeUriPath, uriKey } from '../../core/uris';
import { toRange } from '../diagnostics';
import type { PlanWorkspace } from '../workspace';
import { kindSuggestions, statusSuggestions } from './field-values';
import { fieldLabelSuggestions } from './field-labels';
import type { Suggestion } from './item';
import type { LinkableFile } from './link-targets';
import { fieldAtCursor, goalForFieldItem, inChallengeList, lineContext } from './line-context';
import { bankQuestionSuggestions, challengeQuestionSuggestions } from './questions';
import { whyLinkSuggestions } from './why-links';

export function completions(plan: Plan, offset: number, files: readonly LinkableFile[]): Suggestion[] {
  const line = lineContext(plan, offset);
  const field = fieldAtCursor(plan, line);
  if (field) {
    if (offset < field.valueStart) return [];
    const values = field.key === 'why' ? whyLinkSuggestions(plan, field.valueStart, offset, files) : field.key === 'kind' ? kindSuggestions(plan, field.valueStart, offset) : field.key === 'status' ? statusSuggestions(field.valueStart, offset) : [];
    // Right after the colon, the value needs its space.
    return values.map((s) => (plan.text[s.span.start - 1] === ':' ? { ...s, newText: ` ${s.newText}` } : s));
  }
  const typed = plan.text.slice(line.contentStart, offset);
  // Only at the start of an item (or of a blank line): a word or two typed, nothing that ends a label.
  if (/[:?]/.test(typed)) return [];
  const challengeGoal = inChallengeList(plan, line);
  if (challengeGoal) return challengeQuestionSuggestions(challengeGoal, line);
  const bank = bankQuestionSuggestions(plan, line);
  if (bank.length > 0) return bank;
  const goal = line.isListItem ? goalForFieldItem(plan, line) : undefined;
  return goal ? fieldLabelSuggestions(goal, line) : [];
}

export type { Suggestion } from './item';
export type { LinkableFile } from './link-targets';

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
async function linkableFiles(workspace: PlanWorkspace, uri: string): Promise<LinkableFile[]> {
  const base = linkBase(uri, workspace.folders);
  if (base === undefined) return [];
  const key = uriKey(uri);
  // Of other plans only the purposes are aims to link to; of other markdown files, every heading.
  // An open plan being checked offers the aims of its last check: completion does not wait for it.
  return (await workspace.index.files(false)).flatMap((f) => {
    const target = f.key === key ? undefined : relativeUriPath(base, f.key);
    return target === undefined ? [] : [{ target: target.split('/').map(encodeURIComponent).join('/'), headings: f.isPlan ? f.headings.filter((h) => h.isPurpose) : f.headings, isPlan: f.isPlan }];
  });
}

export async function completionItems(workspace: PlanWorkspace, { textDocument: { uri }, position }: CompletionParams): Promise<CompletionItem[]> {
  const analysis = await workspace.analyze(uri);
  if (!analysis?.isPlan) return [];
  const { plan } = analysis;
  return completions(plan, plan.lines.offsetAt(position), await linkableFiles(workspace, uri)).map((s) => toItem(plan, s));
}
