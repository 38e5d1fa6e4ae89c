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

/**
 * Nouns that make the word before them a quality rather than a result: "presentation skills" and
 * "interview technique" name no talk or interview that will happen.
 */
export const QUALITY_NOUNS: ReadonlySet<string> = new Set([
  'skill', 'skills', 'style', 'styles', 'technique', 'techniques', 'ability', 'abilities', 'manner', 'game', 'confidence',
  'presence', 'mindset', 'habits', 'etiquette', 'nerves',
]);

/** Words after which a count looks back rather than setting a target: "after five years out", "since two years ago". */
export const HISTORY_LEADS: ReadonlySet<string> = new Set(['after', 'since']);

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
/** What a rhythm word names when it is an entitlement, not a cadence: "annual leave", "a yearly bonus". */
export const ENTITLEMENT_NOUNS: ReadonlySet<string> = new Set(['leave', 'bonus', 'salary', 'pay', 'allowance', 'holiday', 'holidays']);
export const DEFINITE_WORDS: ReadonlySet<string> = new Set(['the', 'my', 'our', 'their', 'his', 'her', 'your', 'this', 'that']);

/** Periods that make a horizon after "this", "next", "by", "within", "per" or "a": "by summer", "this quarter". */
export const HORIZON_WORDS: ReadonlySet<string> = new Set([
  'week', 'weeks', 'fortnight', 'month', 'months', 'quarter', 'year', 'years', 'term', 'semester', 'summer',
  'spring', 'autumn', 'winter', 'fall', 'cycle', 'sprint',
]);
export const HORIZON_LEADS: ReadonlySet<string> = new Set(['this', 'next', 'by', 'within', 'per', 'a']);

/** Capitalised but naming no result: "Stop dreading Monday mornings". */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
