// Findings of the core as LSP diagnostics: UTF-16 ranges, the rule id as code, a link to the rule's page.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleDocUrl, type Severity } from '../data/catalogue';
import type { Finding } from '../core/check';
import type { LineIndex, Span } from '../core/text';

export const SOURCE = 'mentoring-plans';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(lines: LineIndex, span: Span) {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toDiagnostic(lines: LineIndex, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(lines, finding.span),
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocUrl(finding.ruleId) },
    message: finding.message,
  };
  if (finding.data) diagnostic.data = finding.data;
  return diagnostic;
}
