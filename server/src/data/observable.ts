// Words that make a goal observable (concrete deliverables and events, counts and rhythms), and the
// words that tell a count from a time, a name or a grade.

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
export const HISTORY_LEADS: ReadonlySet<string> = new Set(['after', 'since', 'former', 'ex']);

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


/** Capitalised but naming no result: "Stop dreading Monday mornings". */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words before a number that make it a time, not a count: "by 2030", "within 6 months", "by 40" (an age). */
export const TIME_LEADS: ReadonlySet<string> = new Set(['by', 'before', 'until', 'till', 'within', 'next', 'in', 'over', 'age', 'aged', 'end', 'from', 'during']);

/** Periods a number can count as a horizon: "over the next 6 months", "in 3 weeks". */
export const PERIOD_WORDS: ReadonlySet<string> = new Set([
  'day', 'days', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'term', 'terms', 'sprint', 'sprints',
]);

/** Words before a number that make it a name, not a count: "Level 2", "Part 3", "Grade 7", "year 10". */
export const LABEL_WORDS: ReadonlySet<string> = new Set(['level', 'grade', 'part', 'stage', 'year', 'band', 'phase', 'tier', 'key', 'step', 'module', 'unit', 'ks', 'no', 'number', 'version', 'v', 'series']);

/**
 * What no one can count from outside, so a number before it counts nothing observable: "three
 * breakthroughs", "five quick wins", "two big improvements".
 */
export const UNOBSERVABLE_COUNTS: ReadonlySet<string> = new Set([
  'breakthrough', 'breakthroughs', 'win', 'wins', 'improvement', 'improvements', 'step', 'steps', 'change', 'changes', 'lesson', 'lessons',
  'insight', 'insights', 'leap', 'leaps', 'gear', 'gears', 'level', 'levels', 'notch', 'notches', 'habit', 'habits', 'thing', 'things',
]);

/** Describing words that may stand between a count and what it counts: "two quick wins". */
export const COUNT_DESCRIBERS: ReadonlySet<string> = new Set(['quick', 'small', 'little', 'major', 'real', 'key', 'easy']);

/** Month names: capitalised, but a time rather than a name ("by June", "in March"). */
export const MONTH_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Words before a name that make it the setting or the time of the goal, not its result: "a name for
 * myself in the Army", "anxious about Ofsted", "by Christmas". A name after a verb ("Interview Dr
 * Shah", "Pitch Tesco") is who or what the result involves.
 */
export const SETTING_LEADS: ReadonlySet<string> = new Set([
  'in', 'at', 'on', 'outside', 'across', 'within', 'around', 'inside', 'throughout', 'among', 'beyond', 'about', 'of', 'from', 'since',
  'by', 'before', 'until', 'till', 'after', 'during', 'over', 'this', 'next', 'last', 'into', 'towards', 'toward', 'than', 'like',
]);

/** Someone else's judgement, which happens where anyone can see it: "my lead says", "graded good by", "signed off". */
/** What others think or know of the mentee: an opinion held, not given ("people know who I am"). */
export const OPINION_VERBS: ReadonlySet<string> = new Set([
  'think', 'thinks', 'know', 'knows', 'see', 'sees', 'regard', 'regards', 'view', 'views', 'consider', 'considers',
  'trust', 'trusts', 'respect', 'respects', 'notice', 'notices', 'remember', 'remembers', 'value', 'values',
]);

/** What the mentee knows, a quality of the mind: a percentage of it counts nothing ("my knowledge of tax by 20%"). */
export const MIND_NOUNS: ReadonlySet<string> = new Set(['knowledge', 'understanding', 'awareness', 'expertise', 'know-how', 'grasp', 'insight']);

/** Before a result, words that make it the horizon: "before the interviews", "by the audit". */
export const DEADLINE_LEADS: ReadonlySet<string> = new Set(['before', 'until', 'till', 'by']);

export const JUDGING_VERBS: ReadonlySet<string> = new Set([
  'says', 'say', 'said', 'tells', 'told', 'confirms', 'confirmed', 'rates', 'rated', 'grades', 'graded', 'marks', 'marked', 'scores', 'scored',
  'signs', 'signed', 'judges', 'judged', 'assesses', 'assessed', 'approves', 'approved', 'writes', 'wrote',
]);
