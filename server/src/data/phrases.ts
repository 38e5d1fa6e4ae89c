// Phrase lists behind the wording rules. Matched as literal words, case-insensitively; users add and
// remove phrases through configuration.

import type { PhraseListId } from '../core/config';

export const PHRASES: Readonly<Record<PhraseListId, readonly string[]>> = {
  // Fuzzy outcomes with no direction.
  vague: [
    'get better at', 'be better at', 'become better at', 'improve my', 'improve on', 'work on', 'work harder',
    'be on top of', 'on top of things', 'get on top of', 'more confident', 'more effective', 'more productive',
    'more organised', 'more organized', 'more visible', 'more strategic', 'be more', 'become more',
    'get more', 'do more', 'learn more about', 'develop my', 'grow as', 'grow my', 'level up', 'step up',
    'communication skills', 'communicate better', 'better communicator', 'leadership skills', 'soft skills',
    'be a better', 'become a better', 'understand better', 'better understanding', 'get a handle on',
    'in general', 'generally', 'somehow', 'things', 'stuff', 'various', 'overall',
  ],
  // Wishes, not plans.
  wish: ['i wish', 'wish i', 'i hope to', 'hope to', 'hopefully', 'someday', 'some day', 'one day', 'ideally', 'if only', 'dream of', 'dream to', "i'd love to", 'i would love to', 'it would be nice', 'would be nice to', 'maybe one day', 'eventually'],
  // Keeping the status quo.
  maintenance: ['keep', 'keep on', 'keep up', 'continue', 'continue to', 'maintain', 'stay', 'carry on', 'sustain', 'remain', 'as usual', 'as before'],
  // Someone else's goal.
  borrowed: [
    'my manager wants', 'my boss wants', 'my lead wants', 'my director wants', 'my manager said', 'my boss said',
    'i was told', "i've been told", 'i have been told', "i've been asked to", 'i have been asked to', 'i was asked to',
    'i have to', 'i need to because', 'they expect', 'they want me to', 'expected of me', 'i am expected to', "i'm expected to",
    'my manager expects', 'my boss expects', 'the company wants', 'hr wants', 'my team wants me to', 'my parents want',
    'required to', 'i must', 'i am supposed to', "i'm supposed to",
  ],
  // Feeling states with no outcome.
  feeling: [
    'feel less', 'feel more', 'feel better', 'stop feeling', 'not feel', 'feel like', 'feel good', 'feel calmer',
    'feel confident', 'feel comfortable', 'feel happier', 'feel valued', 'feel in control', 'feel on top of',
    'less overwhelmed', 'less stressed', 'less anxious', 'be happier', 'be less stressed', 'be calmer', 'less frustrated',
  ],
};
