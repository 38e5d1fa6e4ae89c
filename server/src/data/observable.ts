// Words that make a goal observable: concrete deliverables and events, counts and rhythms, horizons.

export const NAMED_RESULT_WORDS: ReadonlySet<string> = new Set([
  'talk', 'talks', 'presentation', 'present', 'report', 'doc', 'document', 'proposal', 'rfc', 'certification',
  'certificate', 'exam', 'course', 'workshop', 'blog', 'post', 'article', 'paper', 'pr', 'prs', 'release', 'demo',
  'interview', 'interviews', 'conference', 'meetup', 'portfolio', 'prototype', 'launch', 'promotion', 'promoted', 'offer',
  'application', 'apply', 'publish', 'ship', 'deliver', 'submit', 'chapter', 'book', 'degree', 'mvp', 'roadmap',
  'retrospective', 'retro', 'hackathon', 'newsletter', 'podcast', 'webinar', 'training', 'lecture',
  'keynote', 'spec', 'budget', 'hire', 'hiring', 'mentor', 'mentee', 'internship', 'licence', 'license',
  'qualification', 'thesis', 'dissertation', 'poster', 'grant', 'pilot', 'checklist', 'handbook', 'guide', 'runbook',
]);

/** Counts written as words. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'once', 'twice',
  'half', 'dozen', 'every', 'each',
]);

/**
 * Rhythms: they set a cadence ("run a weekly demo", "meet monthly") unless they only name an existing
 * event after "the", "my" or "our" ("stop fearing the quarterly review").
 */
export const RHYTHM_WORDS: ReadonlySet<string> = new Set(['weekly', 'monthly', 'daily', 'fortnightly', 'quarterly', 'annual', 'yearly']);
export const DEFINITE_WORDS: ReadonlySet<string> = new Set(['the', 'my', 'our', 'their', 'his', 'her', 'your', 'this', 'that']);

/** Periods that make a horizon after "this", "next", "by", "within", "per" or "a": "by summer", "this quarter". */
export const HORIZON_WORDS: ReadonlySet<string> = new Set([
  'week', 'weeks', 'fortnight', 'month', 'months', 'quarter', 'year', 'years', 'term', 'semester', 'summer',
  'spring', 'autumn', 'winter', 'fall', 'cycle', 'sprint',
]);
export const HORIZON_LEADS: ReadonlySet<string> = new Set(['this', 'next', 'by', 'within', 'per', 'a']);

/** Capitalised but naming no result: "Stop dreading Monday mornings". */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
