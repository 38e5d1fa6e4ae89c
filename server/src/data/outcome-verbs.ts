// Action verbs that start an outcome: "… and present at the all-hands" joins a second goal.

export const OUTCOME_VERBS: ReadonlySet<string> = new Set([
  'become', 'get', 'learn', 'lead', 'run', 'write', 'present', 'publish', 'ship', 'deliver', 'build', 'launch',
  'start', 'finish', 'complete', 'pass', 'apply', 'earn', 'obtain', 'gain', 'move', 'switch', 'transition',
  'hire', 'mentor', 'coach', 'speak', 'give', 'organise', 'organize', 'plan', 'create', 'design', 'redesign', 'improve',
  'reduce', 'increase', 'grow', 'develop', 'master', 'take', 'join', 'find', 'secure', 'negotiate', 'delegate',
  'own', 'set', 'establish', 'introduce', 'read', 'study', 'attend', 'contribute', 'submit', 'release', 'prepare',
  'practise', 'practice', 'stop', 'spend', 'save', 'travel', 'relocate', 'quit', 'do', 'make', 'have', 'be',
  'teach', 'train', 'ask', 'buy', 'sell', 'close', 'hit', 'document', 'draft', 'monetise', 'monetize', 'keep',
  'estimate', 'review', 'research', 'analyse', 'analyze', 'test', 'fix', 'refactor', 'migrate', 'automate',
  'pitch', 'host', 'facilitate', 'volunteer', 'shadow', 'interview', 'recruit', 'onboard', 'share', 'post',
  'blog', 'record', 'visit', 'meet', 'talk', 'write-up', 'raise', 'cut', 'double', 'halve', 'win', 'lose', 'drop',
  'retire', 'replace', 'decommission', 'deprecate', 'remove', 'open', 'found', 'fund', 'measure', 'track', 'audit',
  'change', 'swap', 'cover', 'observe', 'pair', 'hand', 'tell', 'book', 'schedule', 'call', 'send', 'email', 'collect',
  'survey', 'map', 'agree', 'decide', 'choose', 'pick', 'rewrite', 'update', 'upsell', 'supervise', 'manage', 'chair',
  'edit', 'land', 'sign', 'register', 'enrol', 'enroll', 'qualify', 'graduate', 'certify', 'expand', 'scale',
  'simplify', 'standardise', 'standardize', 'rotate', 'represent', 'demo', 'prototype',
  // Changes of course: "… and retrain as a data analyst", "… and go down to four days".
  'retrain', 'requalify', 'reskill', 'return', 'go', 'convert',
]);

/** Verbs of attaining whose results arrive one by one: "Get the licence, a job and a pay rise" is three. */
export const ATTAINING_VERBS: ReadonlySet<string> = new Set(['get', 'gain', 'earn', 'win', 'secure', 'land', 'obtain', 'achieve']);

/**
 * Words that can follow a verb as the start of its own object or complement: articles, possessives,
 * pronouns, quantities and prepositions. "and design leads" is a noun phrase; "and design the form" is
 * an outcome. "of" is left out: "the give and take of negotiation".
 */
export const OBJECT_STARTERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'my', 'our', 'their', 'his', 'her', 'your', 'its', 'it', 'them', 'him', 'me', 'us', 'myself',
  'this', 'that', 'these', 'those', 'what', 'how', 'more', 'less', 'fewer', 'some', 'all', 'every', 'each', 'no',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twice', 'at', 'up', 'out', 'off',
  'over', 'on', 'in', 'into', 'onto', 'to', 'for', 'with', 'about', 'from', 'through', 'back', 'down', 'away', 'by',
  'promoted', 'published', 'certified', 'better', 'as',
]);

/**
 * Verbs of change to a measure or a capability, hardly ever nouns: after "and" they start a result of
 * their own even on a bare noun ("… and reduce complaints", "… and learn colour realism").
 */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'reduce', 'improve', 'raise', 'lower', 'halve', 'cut', 'increase', 'grow', 'boost', 'shrink', 'learn', 'double', 'triple', 'shorten', 'lift', 'digitise', 'digitize',
]);

/** People one works beside, beyond job titles: "alongside a colleague" is company, not a second outcome. */
export const PEOPLE: ReadonlySet<string> = new Set(['colleague', 'friend', 'peer', 'volunteer', 'buddy', 'mentor', 'mentee', 'student', 'apprentice', 'trainee', 'person', 'team', 'crew', 'parent', 'carer', 'nurse', 'doctor', 'player']);
