// Level-2 section headings of a plan and their aliases, matched case-insensitively.

export type SectionKind = 'purpose' | 'exploration' | 'goals' | 'sessions';

export const SECTION_ALIASES: Readonly<Record<SectionKind, readonly string[]>> = {
  purpose: ['purpose', 'purposes', 'aspirations', 'bigger picture', 'development aims'],
  exploration: ['exploration', 'discovery', 'getting to know you'],
  goals: ['goals', 'mentoring goals', 'objectives'],
  sessions: ['sessions', 'session log', 'log', 'meetings'],
};

/** The heading that holds a goal's challenge questions. */
export const CHALLENGE_HEADING = 'Challenge questions';

const BY_ALIAS = new Map<string, SectionKind>(
  (Object.entries(SECTION_ALIASES) as [SectionKind, readonly string[]][]).flatMap(([kind, aliases]) => aliases.map((a) => [a, kind] as const)),
);

/** Lower-cases and drops decoration mentors put around headings: numbering, emoji, trailing colons. */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/^\s*\d+\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sectionKind(headingText: string): SectionKind | undefined {
  return BY_ALIAS.get(normaliseHeading(headingText));
}

export function isChallengeHeading(text: string): boolean {
  return /^challenge( questions)?$/.test(normaliseHeading(text));
}
