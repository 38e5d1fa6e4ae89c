// Valid values of the Kind and Status fields, with their meaning.

export interface ValueInfo {
  readonly value: string;
  readonly meaning: string;
}

export const KINDS: readonly ValueInfo[] = [
  { value: 'ladder', meaning: 'Moves up: a promotion, a new role, a bigger remit.' },
  { value: 'lattice', meaning: 'Grows sideways: deeper competence and range in the current role.' },
  { value: 'career', meaning: 'Where the mentee wants their working life to go.' },
  { value: 'developmental', meaning: 'Who the mentee becomes and how they think.' },
  { value: 'enabling', meaning: 'Skills and resources that unlock the other goals.' },
  { value: 'emotional', meaning: 'How the mentee feels about themselves and their work; legitimate, and often a sign of another goal underneath.' },
];

export interface StatusInfo extends ValueInfo {
  readonly value: Status;
  /** Other words mentors write for it, lower case. */
  readonly aliases: readonly string[];
  /** Open goals are worked on; exploring goals are still being worked out; history goals are a record. */
  readonly stage: GoalStage;
}

export type Status = 'active' | 'paused' | 'exploring' | 'done' | 'dropped' | 'evolved';
export type GoalStage = 'open' | 'exploring' | 'history';

export const STATUSES: readonly StatusInfo[] = [
  { value: 'active', meaning: 'Being worked on now (a goal with no status counts as active).', aliases: ['in progress', 'ongoing', 'open', 'started', 'on track'], stage: 'open' },
  { value: 'paused', meaning: 'On hold for now, still open.', aliases: ['on hold', 'parked'], stage: 'open' },
  { value: 'exploring', meaning: 'Still being worked out together: not yet expected to be specific, dated or to say what it replaces.', aliases: ['explore', 'exploratory', 'being explored'], stage: 'exploring' },
  { value: 'done', meaning: 'Reached. Kept as a record; only its links, dates and kinds are checked.', aliases: ['complete', 'completed', 'achieved', 'finished'], stage: 'history' },
  { value: 'dropped', meaning: 'Let go on purpose. Kept as a record; only its links, dates and kinds are checked.', aliases: ['abandoned', 'cancelled', 'canceled'], stage: 'history' },
  { value: 'evolved', meaning: 'Became another goal; say which in an "Evolved into" line. Kept as a record.', aliases: ['superseded'], stage: 'history' },
];

export function isKind(value: string): boolean {
  return KINDS.some((k) => k.value === value.toLowerCase());
}
