// The outline of a plan: its sections, with purposes, exploration banks, goals and sessions under them.

import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { PlanWorkspace } from './workspace';
import { field, type Goal, type Plan, type Section } from '../core/model';
import type { LineIndex, Span } from '../core/text';

export const SYMBOL_KIND = {
  section: SymbolKind.Namespace,
  purpose: SymbolKind.Interface,
  bank: SymbolKind.Array,
  goal: SymbolKind.Class,
  session: SymbolKind.Event,
} as const;

/** Kind, date and status as the mentor wrote them. */
export function goalDetail(goal: Goal): string {
  return [field(goal, 'kind')?.value, field(goal, 'by')?.value, field(goal, 'status')?.value].filter((v) => !!v).join(' · ');
}

export function documentSymbols(plan: Plan): DocumentSymbol[] {
  const symbol = (name: string, kind: SymbolKind, span: Span, selection: Span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol => ({
    name: name || '(untitled)',
    kind,
    ...(detail ? { detail } : {}),
    range: range(plan.lines, span),
    selectionRange: range(plan.lines, selection),
    ...(children ? { children } : {}),
  });
  const inside = (section: Section, span: Span) => span.start >= section.span.start && span.start < section.span.end;
  return plan.sections.map((section) => {
    let children: DocumentSymbol[] = [];
    if (section.kind === 'purpose') {
      children = plan.purposes.filter((p) => inside(section, p.span)).map((p) => symbol(p.heading.text, SYMBOL_KIND.purpose, p.span, p.heading.textSpan));
    } else if (section.kind === 'exploration' && plan.exploration?.heading === section.heading) {
      children = plan.exploration.banks.map((b) => {
        const answered = b.questions.filter((q) => q.answer).length;
        return symbol(b.heading.text, SYMBOL_KIND.bank, b.span, b.heading.textSpan, `${answered} of ${b.questions.length} answered`);
      });
    } else if (section.kind === 'goals') {
      children = plan.goals.filter((g) => inside(section, g.span)).map((g) => symbol(g.statement, SYMBOL_KIND.goal, g.span, g.statementSpan, goalDetail(g)));
    } else if (section.kind === 'sessions') {
      children = plan.sessions.filter((s) => inside(section, s.span)).map((s) => symbol(s.heading.text, SYMBOL_KIND.session, s.span, s.heading.textSpan));
    }
    return symbol(section.heading.text, SYMBOL_KIND.section, section.span, section.heading.textSpan, undefined, children);
  });
}

/** For clients without hierarchical outlines: one flat list, each symbol naming its section. */
export function flattenSymbols(uri: string, symbols: readonly DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container ? { containerName: container } : {}) },
    ...flattenSymbols(uri, s.children ?? [], s.name),
  ]);
}

function range(lines: LineIndex, span: Span) {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

/** textDocument/documentSymbol: the outline as a tree, or flat for a client that cannot show one. */
export async function documentSymbolsFor(workspace: PlanWorkspace, uri: string, hierarchical: boolean): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
  const analysis = await workspace.analyze(uri);
  if (!analysis?.isPlan) return null;
  const symbols = documentSymbols(analysis.plan);
  return hierarchical ? symbols : flattenSymbols(uri, symbols);
}
