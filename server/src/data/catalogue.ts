// The rule catalogue. Ids and default severities are fixed: tests, config files and users depend on them.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

export const RULE_IDS = [
  'vague-goal',
  'symptom-goal',
  'missing-why',
  'why-not-linked',
  'broken-why-link',
  'wish-goal',
  'no-horizon',
  'past-due',
  'review-overdue',
  'no-stretch',
  'borrowed-goal',
  'compound-goal',
  'missing-replaces',
  'premature-goals',
  'unknown-kind',
  'duplicate-goal',
  'open-question',
  'unreadable-date',
  'invalid-front-matter',
  'exploring-goal',
  'unknown-status',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface RuleInfo {
  readonly id: RuleId;
  readonly defaultSeverity: Severity;
  /** The principle the rule stands on, as a short phrase. */
  readonly principle: string;
  /** One line for tables and hovers. */
  readonly summary: string;
}

export const RULES: Readonly<Record<RuleId, RuleInfo>> = {
  'vague-goal': { id: 'vague-goal', defaultSeverity: 'warning', principle: 'Specific', summary: 'The goal is fuzzy and names no observable result.' },
  'symptom-goal': { id: 'symptom-goal', defaultSeverity: 'information', principle: 'The symptom trap', summary: 'The goal is only a feeling; probe what lies underneath.' },
  'missing-why': { id: 'missing-why', defaultSeverity: 'warning', principle: 'Linked to something larger', summary: 'The goal has no "Why this matters" line.' },
  'why-not-linked': { id: 'why-not-linked', defaultSeverity: 'warning', principle: 'Linked to something larger', summary: 'The "Why this matters" line does not link to a larger aim.' },
  'broken-why-link': { id: 'broken-why-link', defaultSeverity: 'error', principle: 'Linked to something larger', summary: 'The why-link points to a heading or file that does not exist.' },
  'wish-goal': { id: 'wish-goal', defaultSeverity: 'warning', principle: 'Reality-based', summary: 'The goal is worded as a wish rather than a plan.' },
  'no-horizon': { id: 'no-horizon', defaultSeverity: 'warning', principle: 'Future-oriented', summary: 'The open goal has no target date.' },
  'past-due': { id: 'past-due', defaultSeverity: 'warning', principle: 'Future-oriented', summary: 'The target date has passed and the goal is still open.' },
  'review-overdue': { id: 'review-overdue', defaultSeverity: 'information', principle: 'Re-examine goals', summary: "The plan's next review date has passed." },
  'no-stretch': { id: 'no-stretch', defaultSeverity: 'information', principle: 'A stretch', summary: 'The goal keeps the status quo and has no stretch line.' },
  'borrowed-goal': { id: 'borrowed-goal', defaultSeverity: 'information', principle: 'Whose goal is it?', summary: "The goal sounds like someone else's." },
  'compound-goal': { id: 'compound-goal', defaultSeverity: 'information', principle: 'One goal at a time', summary: 'One statement joins several separate outcomes.' },
  'missing-replaces': { id: 'missing-replaces', defaultSeverity: 'hint', principle: 'What it replaces', summary: 'The goal does not say what it will replace.' },
  'premature-goals': { id: 'premature-goals', defaultSeverity: 'information', principle: 'Explore first', summary: 'Goals were set before any exploration was recorded.' },
  'unknown-kind': { id: 'unknown-kind', defaultSeverity: 'warning', principle: 'Kinds of goal', summary: 'A kind value is not one of the known kinds.' },
  'duplicate-goal': { id: 'duplicate-goal', defaultSeverity: 'warning', principle: 'One goal, once', summary: 'Two goals in the plan have the same statement.' },
  'open-question': { id: 'open-question', defaultSeverity: 'hint', principle: 'Challenge the goal', summary: 'Challenge questions under a goal have no answer yet.' },
  'unreadable-date': { id: 'unreadable-date', defaultSeverity: 'warning', principle: 'Future-oriented', summary: 'A date field cannot be read as a date.' },
  'invalid-front-matter': { id: 'invalid-front-matter', defaultSeverity: 'error', principle: 'Plan format', summary: 'The YAML front matter does not parse.' },
  'exploring-goal': { id: 'exploring-goal', defaultSeverity: 'information', principle: 'Explore first', summary: 'The goal is worded as exploration but has no "Status: exploring".' },
  'unknown-status': { id: 'unknown-status', defaultSeverity: 'warning', principle: 'Plan format', summary: 'A status value is not one of the known statuses.' },
};

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

/** Where each rule's page lives; diagnostics link here through codeDescription. */
export const DOCS_BASE_URL = 'https://github.com/mentoring-plans/mentoring-plans/blob/main/docs/rules/';

export function ruleDocUrl(id: RuleId): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
