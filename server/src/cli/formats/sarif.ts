// SARIF 2.1.0 for code scanning: every rule with its help link, one result per finding, and the
// inputs that could not be checked as tool execution notifications.

import { RULE_IDS, RULES, ruleDocUrl, type Severity } from '../../data/catalogue';
import { TOOL_NAME, VERSION, type Report } from '../report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

const INFORMATION_URI = 'https://github.com/mentoring-plans/mentoring-plans';

export function formatSarif(report: Report): string {
  const index = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            informationUri: INFORMATION_URI,
            rules: RULE_IDS.map((id) => ({
              id,
              shortDescription: { text: RULES[id].summary },
              helpUri: ruleDocUrl(id),
              help: { text: `${RULES[id].summary} Principle: ${RULES[id].principle}. See ${ruleDocUrl(id)}` },
              defaultConfiguration: { level: LEVEL[RULES[id].defaultSeverity] },
              properties: { tags: ['mentoring'], principle: RULES[id].principle },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((e) => ({
              level: 'error',
              message: { text: e.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: e.path },
                    ...(e.line !== undefined ? { region: { startLine: e.line, startColumn: e.column ?? 1 } } : {}),
                  },
                },
              ],
            })),
          },
        ],
        results: report.files.flatMap((file) =>
          file.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file.path, uriBaseId: '%SRCROOT%' },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
