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

export const STATUSES: readonly ValueInfo[] = [
  { value: 'active', meaning: 'Being worked on now.' },
  { value: 'done', meaning: 'Reached. Date rules no longer apply.' },
  { value: 'dropped', meaning: 'Let go on purpose. Date rules no longer apply.' },
  { value: 'paused', meaning: 'On hold for now, still open.' },
];

export type Status = 'active' | 'done' | 'dropped' | 'paused';

export function isKind(value: string): boolean {
  return KINDS.some((k) => k.value === value.toLowerCase());
}
