// Quick fixes for the server's diagnostics and source.fixAll.mentoringPlans, over the pure fix builders.

import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { todayIso } from '../../core/dates';
import type { Plan } from '../../core/model';
import { quickFixes, type FixContext, type FixTarget, type SpanEdit } from '../../features/code-actions';
import { fixAll } from '../../features/code-actions/fix-all';
import { SOURCE, toRange } from '../diagnostics';
import type { Feature } from '../server-context';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mentoringPlans`;

function target(plan: Plan, d: Diagnostic): FixTarget {
  const data = d.data && typeof d.data === 'object' ? (d.data as Record<string, unknown>) : {};
  return { ruleId: String(d.code), span: { start: plan.lines.offsetAt(d.range.start), end: plan.lines.offsetAt(d.range.end) }, data };
}

const textEdits = (plan: Plan, edits: readonly SpanEdit[]): TextEdit[] => edits.map((e) => ({ range: toRange(plan.lines, e.span), newText: e.newText }));

const wants = (only: readonly string[] | undefined, kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

export const codeActions: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } }),
  register(context) {
    context.connection.onCodeAction(async ({ textDocument: { uri }, context: request }) => {
      const analysis = await context.analyze(uri);
      if (!analysis?.isPlan) return [];
      const { plan } = analysis;
      const fixAllWanted = !!request.only && wants(request.only, FIX_ALL_KIND);
      const fixes: FixContext = { plan, today: todayIso() };
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
      if (fixAllWanted) {
        const edits = fixAll(analysis.diagnostics.map((d) => target(plan, d)), fixes);
        if (edits.length > 0) actions.push({ title: 'Fix all safe mentoring-plan problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: textEdits(plan, edits) } } });
      }
      return actions;
    });
  },
};
