// The language status item on markdown files: whether this file is checked as a mentoring plan (and
// if not, why), with its counts. The server judges; the counts are the diagnostics the editor holds.

import { DiagnosticSeverity, languages, LanguageStatusSeverity, window, type Disposable, type LanguageStatusItem, type TextDocument } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PLAN_STATUS_REQUEST, type PlanStatus } from '../../server/src/protocol';

const SOURCE = 'mentoring-plans';

const WHY_NOT: Record<NonNullable<PlanStatus['notChecked']>, string> = {
  unmarked: 'No mentoringPlans.files glob matches it, and its front matter does not say type: mentoring-plan.',
  ignored: 'The mentoringPlans.ignore globs (or "ignore" in .mentoring-plans.json) match it.',
  'too-large': 'It is larger than mentoringPlans.maxFileSize, so it is not checked.',
  binary: 'It is not text, so it is not checked.',
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "2 warnings, 1 information", or "no findings", from the diagnostics the editor shows for the document. */
function counts(document: TextDocument): string {
  const ours = languages.getDiagnostics(document.uri).filter((d) => d.source === SOURCE);
  const n = (s: DiagnosticSeverity): number => ours.filter((d) => d.severity === s).length;
  const parts = [plural(n(DiagnosticSeverity.Error), 'error', 'errors'), plural(n(DiagnosticSeverity.Warning), 'warning', 'warnings'), `${n(DiagnosticSeverity.Information)} information`, plural(n(DiagnosticSeverity.Hint), 'hint', 'hints')];
  const found = parts.filter((p) => !p.startsWith('0 '));
  return found.length > 0 ? found.join(', ') : 'no findings';
}

export function planStatusItem(client: () => BaseLanguageClient | undefined): { item: LanguageStatusItem; disposables: Disposable[] } {
  const item = languages.createLanguageStatusItem('mentoring-plans-status', { language: 'markdown' });
  item.name = 'Mentoring Plans';
  let asked = 0;
  const update = async (): Promise<void> => {
    const document = window.activeTextEditor?.document;
    const current = client();
    if (!document || document.languageId !== 'markdown' || !current) return;
    const ask = ++asked;
    const status = await current.sendRequest<PlanStatus | null>(PLAN_STATUS_REQUEST, { uri: document.uri.toString() }).catch(() => null);
    // A later editor or edit has asked again; its answer wins.
    if (ask !== asked || !status) return;
    if (status.isPlan && !status.notChecked) {
      item.text = 'Mentoring plan';
      item.detail = counts(document);
      item.severity = LanguageStatusSeverity.Information;
    } else {
      item.text = status.isPlan ? 'Mentoring plan, not checked' : 'Not a mentoring plan';
      item.detail = WHY_NOT[status.notChecked ?? 'unmarked'];
      item.severity = status.isPlan ? LanguageStatusSeverity.Warning : LanguageStatusSeverity.Information;
    }
  };
  const disposables = [
    item,
    window.onDidChangeActiveTextEditor(() => void update()),
    // Diagnostics arrive after each check: the counts, and whether the file is a plan, may have changed.
    languages.onDidChangeDiagnostics((e) => {
      const active = window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) void update();
    }),
  ];
  void update();
  return { item, disposables };
}
