// Word classes for reading whether a goal was set by someone else (see core/imposed-wording.ts).

/** Verbs of wanting, ordering or judging that someone else can aim at the mentee. */
export const DIRECTIVE_VERBS: ReadonlySet<string> = new Set([
  'wants', 'want', 'wanted', 'expects', 'expect', 'expected', 'asked', 'asks', 'told', 'tells', 'says', 'said', 'thinks',
  'think', 'thought', 'suggested', 'suggests', 'requires', 'required', 'needs', 'insists', 'insisted', 'mandated',
  'mandates', 'decided', 'pushing', 'pushes', 'pushed', 'urged', 'urges', 'set', 'instructed', 'ordered', 'demands',
  'demanded', 'recommended', 'recommends', 'advised', 'advises', 'nominated', 'volunteered', 'assigned',
  'reckons', 'reckoned', 'reckon', 'feels',
  // Said over and over: "my boss keeps saying I need to", "she's always telling me".
  'saying', 'telling', 'asking', 'suggesting', 'insisting', 'expecting', 'urging', 'nagging',
]);

/** What a directive is aimed at when it is aimed at the mentee: "wants me", "says I", "mandated that I". */
export const TARGETS_OF_DIRECTIVE: ReadonlySet<string> = new Set(['me', 'us', 'everyone', 'everybody', 'all', 'i', "i'm", "i'd", "i'll", 'we', "we'll"]);

/** Orders received: "I was volunteered", "I've been tasked with", "got told". */
export const IMPOSED_PARTICIPLES: ReadonlySet<string> = new Set([
  'told', 'asked', 'expected', 'required', 'made', 'ordered', 'instructed', 'pushed', 'pressured', 'forced',
  'volunteered', 'voluntold', 'nominated', 'assigned', 'tasked', 'advised', 'directed', 'mandated', 'obliged', 'sent',
  'encouraged', 'urged', 'chosen', 'picked', 'drafted', 'put', 'meant', 'supposed',
]);

export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'been', 'being', 'be', 'get', 'got', 'getting', "i'm", "i've", "i'd"]);

/** Words that introduce a reason: "because my manager said so", "since the firm insists". */
export const REASON_WORDS: ReadonlySet<string> = new Set(['because', 'since', 'cos']);

/** Subjects other than the mentee that a passive order can fall on: "the tasks they have been asked to do". */
export const OTHER_SUBJECTS: ReadonlySet<string> = new Set(['they', 'he', 'she', 'who', 'others', "they've", "they're", "he's", "she's"]);

/** Verbs with which the mentee claims a goal for themselves: "and I want to use it to practise". */
export const OWN_AIM_VERBS: ReadonlySet<string> = new Set(['want', 'like', 'plan', 'intend', 'aim', 'mean', 'choose', 'chose', 'decided', 'keen']);

/** Hearsay that hedges whose idea it is: "Apparently I'm meant to", "Supposedly I should". */
export const HEARSAY: ReadonlySet<string> = new Set(['apparently', 'supposedly', 'reportedly', 'allegedly', 'seemingly']);

/** Wanting verbs with someone else as the subject: "My PI wants a paper out of this". */
export const WANTING_VERBS: ReadonlySet<string> = new Set([
  'wants', 'expects', 'requires', 'demands', 'insists', 'needs', 'wanted', 'expected',
  // A plural someone: "The partners expect a clinic by spring".
  'want', 'expect', 'require', 'demand', 'insist',
]);

/** Saying verbs, and the obligation they hand on: "Everyone says ex-forces should …". */
export const SAYING_VERBS: ReadonlySet<string> = new Set(['says', 'said', 'thinks', 'think', 'reckons', 'tells', 'told', 'insists', 'keeps', 'saying']);
/** Someone else enrolling the mentee: "My boss has put me down for the rescue team", "signed me up". */
export const ENROLLING_VERBS: ReadonlySet<string> = new Set(['put', 'signed', 'booked', 'enrolled', 'entered', 'registered', 'nominated', 'volunteered', 'pencilled', 'penciled']);

export const OBLIGATION: ReadonlySet<string> = new Set(['should', 'must', 'need', 'needs', 'ought', 'has', 'have']);

/** What someone else hands over, named in a label before a colon: "Director's ask: …", "Review target: …". */
export const HANDED_OVER: ReadonlySet<string> = new Set([
  'ask', 'asks', 'request', 'requests', 'target', 'targets', 'goal', 'goals', 'objective', 'objectives', 'orders', 'order', 'requirement', 'requirements',
  'expectation', 'expectations', 'instruction', 'instructions', 'action', 'actions', 'recommendation', 'recommendations', 'feedback', 'brief', 'priority', 'says', 'said', 'wants',
]);

/** Where a goal set by an assessment comes from: "Appraisal action: …", "The PDR says: …". */
export const ASSESSMENTS: ReadonlySet<string> = new Set([
  'review', 'appraisal', 'pdr', 'probation', 'inspection', 'audit', 'assessment', 'supervision', 'evaluation', 'ofsted', 'cqc', '360', 'performance',
]);

/** Done at someone's request: "as requested by the conductor", "as instructed by the partner". */
export const REQUESTED: ReadonlySet<string> = new Set(['requested', 'asked', 'instructed', 'directed', 'required', 'ordered', 'demanded']);
