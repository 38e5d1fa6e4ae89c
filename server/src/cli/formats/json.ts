// Machine-readable output; the shape is documented in docs/cli.md and only grows by new keys.

import { ruleDocUrl } from '../../data/catalogue';
import { countBySeverity, TOOL_NAME, VERSION, type Report } from '../report';

export const JSON_FORMAT_VERSION = 1;

export function formatJson(report: Report): string {
  const c = countBySeverity(report);
  const document = {
    version: JSON_FORMAT_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    today: report.today,
    summary: { plans: report.files.length, errors: c.error, warnings: c.warning, information: c.information, hints: c.hint, inputErrors: report.errors.length },
    files: report.files.map((f) => ({
      path: f.path,
      findings: f.findings.map((x) => ({
        ruleId: x.ruleId,
        severity: x.severity,
        message: x.message,
        line: x.line,
        column: x.column,
        endLine: x.endLine,
        endColumn: x.endColumn,
        helpUri: ruleDocUrl(x.ruleId),
      })),
    })),
    errors: report.errors.map((e) => ({ path: e.path, line: e.line ?? null, column: e.column ?? null, message: e.message })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
