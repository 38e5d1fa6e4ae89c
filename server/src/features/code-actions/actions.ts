// textDocument/codeAction: the quick fixes for the server's diagnostics, and
// source.fixAll.mentoringPlans over the fixes that are safe together, as LSP code actions.

import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { Plan } from '../../core/model';
import { SOURCE, toRange } from '../diagnostics';
import type { PlanWorkspace } from '../workspace';
import type { FixContext, FixTarget, SpanEdit } from './fix';
import { fixAll } from './fix-all';
import { quickFixes } from './index';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mentoringPlans`;

function target(plan: Plan, d: Diagnostic): FixTarget {
  const data = d.data && typeof d.data === 'object' ? (d.data as Record<string, unknown>) : {};
  return { ruleId: String(d.code), span: { start: plan.lines.offsetAt(d.range.start), end: plan.lines.offsetAt(d.range.end) }, data };
}

const textEdits = (plan: Plan, edits: readonly SpanEdit[]): TextEdit[] => edits.map((e) => ({ range: toRange(plan.lines, e.span), newText: e.newText }));

const wants = (only: readonly string[] | undefined, kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

export async function codeActions(workspace: PlanWorkspace, { textDocument: { uri }, context: request }: CodeActionParams): Promise<CodeAction[]> {
  const analysis = await workspace.analyze(uri);
  if (!analysis?.isPlan) return [];
  const { plan } = analysis;
  const fixes: FixContext = { plan, today: workspace.today() };
  const actions: CodeAction[] = [];
  if (wants(request.only, CodeActionKind.QuickFix)) {
    for (const diagnostic of request.diagnostics.filter((d) => d.source === SOURCE)) {
      for (const fix of quickFixes(target(plan, diagnostic), fixes)) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.isPreferred || undefined,
          edit: { changes: { [uri]: textEdits(plan, fix.edits) } },
        });
      }
    }
  }
  // Fix all is asked for explicitly (on save, or from the source action menu), never offered unasked.
  if (request.only && wants(request.only, FIX_ALL_KIND)) {
    const edits = fixAll(analysis.diagnostics.map((d) => target(plan, d)), fixes);
    if (edits.length > 0) actions.push({ title: 'Fix all safe mentoring-plan problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: textEdits(plan, edits) } } });
  }
  return actions;
}
