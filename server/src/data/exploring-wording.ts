// The shape of a goal still being worked out: an inquiry verb whose object is an open question
// ("work out whether…", "choose between…", "explore what…"). Its answer is the goal to come.

/** Verbs of working something out or deciding, as word sequences. "Find out" is left out: it is a task of asking, done once asked. */
export const INQUIRY_VERBS: readonly (readonly string[])[] = [
  ['work', 'out'],
  ['figure', 'out'],
  ['sort', 'out'],
  ['think', 'through'],
  ['look', 'into'],
  ['weigh', 'up'],
  ['decide'],
  ['choose'],
  ['explore'],
  ['weigh'],
  ['consider'],
  ['investigate'],
  ['discover'],
  ['clarify'],
  ['establish'],
  ['determine'],
];

/** Words that make the verb's object an open question rather than a thing to do. */
export const OPEN_QUESTION_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'what', 'which', 'how', 'who', 'where', 'when', 'why', 'between', 'options', 'possibilities', 'directions']);

/** Words that may come before the verb without changing what the goal is about ("I want to first work out…"). */
export const LEAD_WORDS: ReadonlySet<string> = new Set(['i', 'we', 'to', 'want', 'would', 'like', "i'd", "we'd", 'need', 'needs', 'help', 'me', 'us', 'together', 'first', 'properly', 'really', 'finally']);
