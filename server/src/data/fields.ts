// The goal fields of the plan format: their labels (matched case-insensitively) and what each is for.

export type FieldKey = 'why' | 'success' | 'by' | 'kind' | 'stretch' | 'replaces' | 'owner' | 'status' | 'evolved';

export interface FieldInfo {
  readonly key: FieldKey;
  /** The label written by snippets and quick fixes. */
  readonly label: string;
  /** Every label accepted, lower case. */
  readonly aliases: readonly string[];
  /** What the field is for, shown in hovers and completion. */
  readonly purpose: string;
}

export const FIELDS: readonly FieldInfo[] = [
  { key: 'why', label: 'Why this matters', aliases: ['why this matters', 'why it matters', 'why'], purpose: 'Links the goal to a larger aim: a purpose heading in this plan, or another file. A goal that serves nothing beyond itself is easy to drop.' },
  { key: 'success', label: 'Success looks like', aliases: ['success looks like', 'evidence', 'measure', 'done when'], purpose: 'The observable result that tells you and your mentee the goal is reached: a number, a deliverable, a person, an event.' },
  { key: 'by', label: 'By', aliases: ['by', 'target', 'target date', 'due', 'deadline'], purpose: 'The target date that gives the goal a horizon, such as 2027-01-15, 2027-01, Q1 2027 or January 2027.' },
  { key: 'kind', label: 'Kind', aliases: ['kind', 'type'], purpose: 'The direction and kind of goal: ladder or lattice; career, developmental, enabling or emotional. A goal can have several.' },
  { key: 'stretch', label: 'Stretch', aliases: ['stretch'], purpose: 'What makes the goal a stretch: what the mentee has not done before.' },
  { key: 'replaces', label: 'Replaces', aliases: ['replaces', 'stop doing'], purpose: 'What reaching the goal will replace: what the mentee will stop doing to make room for it.' },
  { key: 'owner', label: 'Owner', aliases: ['owner', 'whose goal'], purpose: "Whose goal it really is: the mentee's own, partly someone else's, or mostly someone else's." },
  { key: 'status', label: 'Status', aliases: ['status'], purpose: 'Where the goal stands: active or paused (open), exploring (still being worked out), or done, dropped or evolved (kept as a record).' },
  { key: 'evolved', label: 'Evolved into', aliases: ['evolved into', 'superseded by'], purpose: "The goal that took this one's place as the mentee's understanding grew: a link to its heading. The evolved goal stays in the plan as a record." },
];

const BY_ALIAS = new Map<string, FieldInfo>(FIELDS.flatMap((f) => f.aliases.map((a) => [a, f] as const)));

export function fieldForLabel(label: string): FieldInfo | undefined {
  return BY_ALIAS.get(label.trim().replace(/\s+/g, ' ').toLowerCase());
}

export function fieldInfo(key: FieldKey): FieldInfo {
  const info = FIELDS.find((f) => f.key === key);
  if (!info) throw new Error(`unknown field ${key}`);
  return info;
}
