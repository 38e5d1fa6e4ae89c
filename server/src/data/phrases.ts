// Phrase lists behind the wording rules. Matched as literal words, case-insensitively; users add and
// remove phrases through configuration. The word sets after PHRASES tell the rules where in a
// statement a phrase counts; they are fixed, not configurable.

import type { PhraseListId } from '../core/config';

export const PHRASES: Readonly<Record<PhraseListId, readonly string[]>> = {
  // Fuzzy outcomes with no direction. Broad on purpose: vague-goal only fires when nothing in the goal
  // is observable, so a fuzzy word next to a number, a name or a deliverable stays quiet.
  vague: [
    'get better at', 'be better at', 'become better at', 'improve my', 'improve on', 'improve', 'work on', 'work harder',
    'be on top of', 'on top of things', 'get on top of', 'more confident', 'more effective', 'more productive',
    'more organised', 'more organized', 'more visible', 'more strategic', 'be more', 'become more',
    'get more', 'do more', 'have more', 'more impact', 'learn more about', 'develop my', 'grow as', 'grow my',
    'level up', 'step up', 'strengthen', 'sharpen', 'think bigger', 'my network', 'build my network',
    'communication skills', 'communicate better', 'better communicator', 'leadership skills', 'soft skills', 'skills',
    'be a better', 'become a better', 'better', 'understand better', 'better understanding', 'get a handle on',
    'in general', 'generally', 'somehow', 'things', 'stuff', 'various', 'overall', 'imporve',
    // Comparatives with no measure: "a clearer writer", "a stronger presenter".
    'stronger', 'clearer', 'sharper', 'bolder', 'faster', 'smarter', 'wiser', 'deeper', 'broader', 'bigger',
    // Soft outcomes nobody can see arrive: profile, presence, impact, mindset.
    'profile', 'presence', 'visibility', 'exposure', 'impact', 'mindset', 'style', 'habits', 'up to speed',
    'more like', 'think like', 'boost', 'enhance', 'deepen', 'broaden', 'expand my', 'brush up', 'hone', 'upskill',
    // A comparison with no measure: "do more stretch work", "a less reactive manager".
    'more', 'less',
    // How others see the mentee, which nobody can point to.
    'be seen as', 'seen as', 'known as', 'be known for', 'recognised', 'recognized', 'credibility', 'reputation',
    'taken seriously', 'gravitas', 'standing', 'stature', 'a name for myself', 'a seat at the table', 'clout', 'kudos', 'my development', 'my professional development', 'my growth', 'my career',
    // Learning about a topic names no skill the mentee will show: "learn about", "read up on".
    'learn about', 'read up on', 'read up about', 'know more about', 'get to grips with',
    // Everyday idioms for improving oneself, with no result in them.
    'sort out my', 'sort myself out', 'get my act together', 'pull my socks up', 'my game', 'get a grip on',
    'get my house in order', 'get my head in the game', 'shape up', 'smarten up', 'personal brand', 'my brand',
  ],
  // Wishes, not plans.
  wish: [
    'i wish', 'wish i', 'i hope to', 'hope to', 'hopes to', 'hoping to', 'i hope i', 'hope i can', 'hopefully',
    'someday', 'some day', 'one day', 'one of these days', 'at some point', 'ideally', 'in an ideal world',
    'if only', 'dream of', 'dream to', 'dream about', 'dreaming of', 'dreaming about', 'dreamt of', 'dreamed of',
    'dreamt about', 'dreamed about', 'dreams of', 'dreams about', 'my dream', 'dream job', 'dream role',
    "i'd love to", 'i would love to', 'would love to', 'it would be nice', 'would be nice to', "it'd be nice",
    'it would be great', "it'd be great", "wouldn't it be great", "wouldn't it be nice", 'maybe one day', 'eventually',
    'would be great', 'would be amazing', 'would be lovely', 'would be nice', "i'd really love", "i'd really like to one day",
    'i would really love', 'really love to',
    // Hedges that leave it to luck, and the rest of the wish idiom family.
    'in a perfect world', 'in a dream world', 'fingers crossed', "if i'm lucky", 'if i am lucky', 'with any luck',
    'if all goes well', 'if things work out', 'god willing', 'one fine day', 'some time in the future', 'at some stage',
    "i'd love", 'would love', 'would really love', 'would be a dream', 'would be ideal', 'would be brilliant',
    'would be fantastic', 'would be wonderful', 'would be awesome', 'would be cool', "it'd be amazing", "it'd be lovely",
    'i hope', 'we hope', 'hoping', 'hope so', 'wishing', 'i wish to', 'my wish', 'daydream', 'pipe dream',
  ],
  // Keeping the status quo.
  maintenance: [
    'keep', 'keep on', 'keep up', 'keep going', 'continue', 'continue to', 'maintain', 'stay', 'carry on', 'sustain', 'remain',
    'as usual', 'as before', 'preserve', 'retain', 'stick with', 'stick to', 'hold on to', 'hold onto', 'business as usual',
  ],
  // Someone else's goal.
  borrowed: [
    'my manager wants', 'my boss wants', 'my lead wants', 'my director wants', 'my manager said', 'my boss said',
    'wants me to', 'want me to', 'would like me to', "'d like me to", 'expects me to', 'expect me to', 'expects',
    'asked me to', 'told me to', 'says i need to', 'says i should', 'said i need to', 'said i should',
    'thinks i should', 'think i should', 'i was told', "i've been told", 'i have been told', 'been told to',
    "i've been asked to", 'i have been asked to', 'i was asked to', 'been asked to',
    'i have to', "i've got to", 'i need to because', 'they expect', 'expected of me', 'expected to',
    'i am expected to', "i'm expected to", 'my manager expects', 'my boss expects', 'the company wants', 'hr wants',
    'my team wants me to', 'my parents want', 'required to', 'i must', 'i am supposed to', "i'm supposed to",
    'per my performance review', 'per my review', 'from my performance review',
    'i was asked by', 'i have been asked by', "i've been asked by", 'wants everyone', 'wants all', 'want everyone',
    'expects everyone', 'expects all', 'wants us to', 'want us to', 'have to',
    'ordered to', 'instructed to', 'made to', 'forced to', 'pressured to', 'pushed to', 'pushing me to', 'obliged to',
    'said so', 'told so', 'mandatory', 'compulsory', 'required by', 'it is expected', "it's expected",
  ],
  // Feeling states with no outcome. Counted only where the statement opens with them (see LEAD_IN).
  feeling: [
    'feel', 'feeling', 'feel less', 'feel more', 'feel better', 'feel like', 'feel good', 'feel confident',
    'feel comfortable', 'feel happier', 'feel valued', 'feel in control', 'feel on top of', 'stop feeling', 'not feel',
    'less overwhelmed', 'overwhelmed', 'less stressed', 'stressed',
    'less anxious', 'anxious', 'less nervous', 'nervous', 'be happier', 'happier', 'be calmer', 'calmer',
    'less frustrated', 'frustrated', 'more confident', 'be confident', 'less burnt out', 'burnt out', 'burned out',
    'worry less', 'stop worrying', 'stop dreading', 'dreading', 'get over my fear', 'fear of', 'less guilty',
    'stop being so', 'hard on myself', 'scared', 'afraid', 'worried', 'at ease', 'lonely', 'isolated', 'guilty',
    'on edge', 'out of my depth', 'drained', 'exhausted', 'insecure', 'demotivated', 'motivated', 'fulfilled',
    // Emotion words and verbs: a statement that opens with one is about how the mentee feels.
    'relaxed', 'tense', 'upset', 'angry', 'irritable', 'touchy', 'defensive', 'resentful', 'bitter', 'jealous',
    'envious', 'ashamed', 'embarrassed', 'hopeful', 'hopeless', 'helpless', 'positive about', 'negative about',
    'tired', 'bored', 'restless', 'unhappy', 'miserable', 'content', 'satisfied', 'confident', 'comfortable',
    'secure', 'safe', 'valued', 'appreciated', 'respected', 'at peace', 'out of place', 'panicky',
    'panicking', 'stop panicking', 'dread', 'fear', 'fearing', 'stop fearing', 'worry', 'worrying', 'stressing',
    // A common feelings inventory, both when needs are met and when they are not.
    'happy', 'calm', 'proud', 'excited', 'energised', 'energized', 'enthusiastic', 'inspired', 'optimistic',
    'pessimistic', 'grateful', 'joyful', 'cheerful', 'peaceful', 'rested', 'refreshed', 'reassured', 'trusting',
    'intimidated', 'overloaded', 'swamped', 'stretched thin', 'rushed', 'pressured', 'stuck', 'lost', 'confused',
    'unsure', 'uncertain', 'inadequate', 'inferior', 'overlooked', 'invisible', 'undervalued', 'unappreciated',
    'disheartened', 'discouraged', 'disappointed', 'dejected', 'despondent', 'depressed',
    'self-conscious', 'shy', 'timid', 'awkward', 'uneasy', 'uncomfortable', 'apprehensive', 'jittery', 'on edge',
    'annoyed', 'irritated', 'impatient', 'exasperated', 'fed up', 'disillusioned', 'cynical', 'jaded', 'numb',
    'weary', 'worn out', 'depleted', 'burnt-out', 'burned-out', 'fraud', 'imposter', 'impostor', 'frightened',
    'terrified', 'fearful', 'panicked', 'distressed', 'troubled', 'vulnerable', 'alone', 'left out',
    'supported', 'included', 'accepted', 'welcome', 'trusted', 'at home', 'settled',
    'rusty', 'out of practice', 'behind', 'like a failure', 'not good enough', 'undeserving',
    'enjoy', 'enjoying', 'love my job', 'hate my job', 'passionate', 'engaged in my work',
  ],
};

/**
 * Words that may open a statement before its main verb or state: subjects, modals and "want to".
 * A feeling or maintenance phrase counts only when nothing but these comes before it, so "Run a stay
 * interview" or "Make new starters feel welcome" are not read as the mentee's own state.
 */
export const LEAD_IN: ReadonlySet<string> = new Set([
  'i', "i'd", "i'm", "i'll", 'we', "we'd", 'he', 'she', 'they', 'mentee', 'want', 'wants', 'would', 'like',
  'to', 'should', 'will', 'need', 'needs', 'must', 'just', 'really', 'simply', 'also', 'try', 'be', 'not', 'so',
  'much', 'finally', 'able', 'generally', 'less', 'more', 'too', 'as',
]);

/**
 * Words that put a wish or a borrowed phrase inside a clause the mentee is asking about or rejecting:
 * "Find out what the panel expects", "Stop doing things just because I was told to".
 */
export const QUESTIONING: ReadonlySet<string> = new Set([
  'what', 'whether', 'how', 'why', 'which', 'stop', 'because', 'without', 'instead', "don't", 'not', 'no',
]);

/** Records a mentee starts keeping: "keep a decision journal" begins a practice, it does not maintain one. */
export const RECORD_WORDS: ReadonlySet<string> = new Set([
  'journal', 'log', 'logbook', 'diary', 'record', 'notebook', 'list', 'tracker', 'tally', 'register', 'scrapbook', 'spreadsheet',
  'file', 'folder', 'document', 'doc', 'note', 'notes',
]);

/**
 * Words that join a second part to a maintenance clause: "Keep the round-up going while moving desks",
 * "Continue the class, adding pointe work". Growth named after one of them stretches the goal.
 */
export const GROWTH_JOINS: ReadonlySet<string> = new Set([
  'while', 'whilst', 'but', 'now', 'after', 'through', 'adding', 'as', 'and', 'to', 'across', 'for', 'in', 'rather', 'when', 'once', 'until', 'on', 'with', 'by',
]);

/**
 * A first time, a new role, a new scale or a harder bar: beside a maintenance word they make the goal
 * growth ("Stay on the ward while acting up to sister", "Keep the rating through the move to the bigger site").
 */
export const GROWTH_WORDS: ReadonlySet<string> = new Set([
  'first', 'new', 'newly', 'bigger', 'larger', 'whole', 'entire', 'alone', 'solo', 'acting', 'promotion', 'lead', 'moving', 'move', 'taking',
  'taken', 'adding', 'absorbing', 'starting', 'double', 'doubling', 'triple', 'harder', 'higher', 'stretch',
  // A second of something is a new scale: "across a second site", "another branch", "an extra round".
  'second', 'third', 'another', 'extra', 'additional',
]);

/**
 * Verbs of a new outcome: after a join to a maintenance clause they add an act that is not kept but
 * reached ("… and add a second language", "… but sit the advanced exam", "… while training as a
 * trainer"). Read in their plain, -s and -ing forms.
 */
export const NEW_OUTCOME_ACTS: ReadonlySet<string> = new Set([
  'add', 'sit', 'start', 'begin', 'train', 'retrain', 'requalify', 'complete', 'own', 'coach', 'qualify', 'pass', 'earn',
  'gain', 'launch', 'open', 'lead', 'become', 'finish', 'apply', 'win', 'study', 'found', 'set', 'take', 'get',
  'submit', 'chair', 'present', 'introduce', 'hire',
]);

/** Verbs that name a bar reached after "until": "until I reach grade 8", "until I can run it alone". */
export const BAR_VERBS: ReadonlySet<string> = new Set(['can', 'reach', 'pass', 'qualify', 'hit', 'get', 'achieve', 'earn', 'gain', 'master']);

/** Saying nothing will change without a maintenance verb: "the same menu", "as it is", "like now". */
export const SAMENESS: readonly (readonly string[])[] = [
  ['same'], ['as', 'it', 'is'], ['as', 'they', 'are'], ['as', 'i', 'am'], ['as', 'normal'], ['like', 'now'], ['as', 'now'], ['i', 'do', 'it', 'now'],
  ['where', 'it', 'is'], ['as', 'last', 'year'], ['as', 'always'], ['as', 'every', 'year'], ['like', 'last', 'year'],
];
