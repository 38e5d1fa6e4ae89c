// The questions the product offers: exploration banks, challenge questions and root-cause probes.
// Completion, quick fixes and snippets all read them from here so the wording stays in one place.
// Each question is one sentence ending in its only "?": the parser reads whatever follows the first
// "?" as the answer.

import type { FieldKey } from './fields';
import { normaliseHeading } from './sections';

export type BankId = 'identity' | 'values' | 'support' | 'achievement';

export interface QuestionBank {
  readonly id: BankId;
  /** The heading written under the exploration section. */
  readonly title: string;
  /** What the bank explores, shown in completion and hovers. */
  readonly purpose: string;
  readonly questions: readonly string[];
}

export const BANKS: readonly QuestionBank[] = [
  {
    id: 'identity',
    title: 'Identity',
    purpose: 'Who the mentee is beyond their job title, and who they want to become.',
    questions: [
      'Leaving your job title aside, how would you describe yourself?',
      'Who would you like to have become a few years from now?',
      'How does the work you do today fit that picture?',
      'What gets in the way of becoming that person?',
      'Who or what helps you grow in that direction?',
      'When do you feel most like yourself at work?',
    ],
  },
  {
    id: 'values',
    title: 'Values',
    purpose: 'What the mentee cares about, why, and the difference they want to make.',
    questions: [
      'What do you care about most, in your work and outside it?',
      'Why does that matter so much to you?',
      'What difference would you like your work to make, and for whom?',
      'When did your work last feel at odds with what you believe in?',
      'Which of your values would you refuse to trade for a step up?',
    ],
  },
  {
    id: 'support',
    title: 'Support',
    purpose: 'The support the mentee has at work and at home, and what it makes possible.',
    questions: [
      'How well supported do you feel at work at the moment?',
      'And at home, who is in your corner?',
      'Who do you turn to when you want to learn something or think it through?',
      'How does the support around you shape what feels possible?',
      'Which resources, such as time, money, people or tools, would make you more effective?',
      'Whose support is missing that you would like to have?',
    ],
  },
  {
    id: 'achievement',
    title: 'Achievement',
    purpose: 'What the mentee wants to give and to gain, and what would make them proud.',
    questions: [
      'What would you like to give to other people through your work?',
      'What would you like to gain for yourself?',
      'What is the point of each of those for you?',
      'Looking back in ten or twenty years, which achievements would make you proud?',
      'What is not right about the way things are now?',
    ],
  },
];

export const BANK_IDS: readonly BankId[] = BANKS.map((b) => b.id);

export function bankInfo(id: BankId): QuestionBank {
  const found = BANKS.find((b) => b.id === id);
  if (!found) throw new Error(`unknown question bank ${id}`);
  return found;
}

// Heading words that name a bank; the rest of a heading ("questions", "bank", "the") is decoration.
const BANK_HEADINGS: Readonly<Record<BankId, readonly string[]>> = {
  identity: ['identity', 'who i am', 'who you are'],
  values: ['values', 'value', 'what matters', 'what matters to me'],
  support: ['support', 'support network', 'supports'],
  achievement: ['achievement', 'achievements', 'ambition', 'ambitions'],
};

const DECORATION = /^(?:the |my |your |our )?(.*?)(?: (?:question bank|questions|question|bank|area))?$/;

/** The bank a level-3 heading under the exploration section names, e.g. "Identity questions", "🌱 Values:". */
export function bankForHeading(text: string): BankId | undefined {
  const core = DECORATION.exec(normaliseHeading(text))?.[1] ?? '';
  for (const id of BANK_IDS) if (BANK_HEADINGS[id].includes(core)) return id;
  return undefined;
}

export type ChallengeId = 'why-this-goal' | 'why-now' | 'whose-goal' | 'larger-goal' | 'what-it-replaces';

export interface ChallengeQuestion {
  readonly id: ChallengeId;
  /** A short name for lists and completion labels. */
  readonly title: string;
  /** The question as written into a plan; ends with "?". */
  readonly text: string;
  /** Why a mentor asks it. */
  readonly purpose: string;
  /** Words that mark a mentor's own wording of the question ("What will it replace?"). */
  readonly cues?: readonly string[];
  /** The goal field whose filled-in line answers the question. */
  readonly answeredBy?: FieldKey;
}

export const CHALLENGE_QUESTIONS: readonly ChallengeQuestion[] = [
  {
    id: 'why-this-goal',
    title: 'Why this goal',
    text: 'What need of yours would reaching this goal meet?',
    purpose: 'A goal that meets no real need is hard to stay committed to.',
  },
  {
    id: 'why-now',
    title: 'Why now',
    text: 'Why is now the right time for this goal?',
    purpose: 'Timing shows urgency and what has changed; a goal with no reason to start now tends to drift.',
  },
  {
    id: 'whose-goal',
    title: 'Whose goal',
    text: "Is this goal all yours, partly someone else's, or mostly someone else's?",
    purpose: 'A goal borrowed from a manager or a family member rarely holds once the pressure eases.',
    cues: ['whose'],
    answeredBy: 'owner',
  },
  {
    id: 'larger-goal',
    title: 'Part of something larger',
    text: 'Is this part of a bigger goal, or several goals bundled into one?',
    purpose: 'Seeing the larger aim keeps the goal honest; splitting a bundle makes each part workable.',
  },
  {
    id: 'what-it-replaces',
    title: 'What it replaces',
    text: 'What will you stop doing to make room for this?',
    purpose: 'New goals need time and energy that something else is using today.',
    cues: ['replace', 'replaces', 'stop doing', 'make room'],
    answeredBy: 'replaces',
  },
];

const questionWords = (q: string): string => ` ${q.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;

const BY_WORDS = new Map(CHALLENGE_QUESTIONS.map((c) => [questionWords(c.text), c]));

/** The challenge question a question written in a plan asks: the product's wording or the mentor's own. */
export function challengeFor(question: string): ChallengeQuestion | undefined {
  const asked = questionWords(question);
  return BY_WORDS.get(asked) ?? CHALLENGE_QUESTIONS.find((c) => c.cues?.some((cue) => asked.includes(` ${cue} `)));
}

export function challengeInfo(id: ChallengeId): ChallengeQuestion {
  const found = CHALLENGE_QUESTIONS.find((c) => c.id === id);
  if (!found) throw new Error(`unknown challenge question ${id}`);
  return found;
}

export type ProbeId = 'confidence' | 'skill' | 'time' | 'priorities' | 'delegation' | 'results';

export interface RootCauseProbe {
  readonly id: ProbeId;
  /** The candidate cause, as a short phrase for messages ("confidence", "priorities"). */
  readonly topic: string;
  /** The probe as written into a plan; ends with "?". */
  readonly text: string;
}

/** Probes for a goal that is only a feeling: the feeling is often a sign of one of these underneath. */
export const ROOT_CAUSE_PROBES: readonly RootCauseProbe[] = [
  { id: 'confidence', topic: 'confidence', text: 'Is this about confidence, a doubt that you can do it?' },
  { id: 'skill', topic: 'a missing skill', text: 'Is there a skill you have not had the chance to learn yet?' },
  { id: 'time', topic: 'time management and organisation', text: 'Is it about how you plan your time and organise your work?' },
  { id: 'priorities', topic: 'priorities', text: 'Are your priorities unclear, or pulling against each other?' },
  { id: 'delegation', topic: 'delegation, control and trust', text: 'Is it about letting go of control, trusting others or handing work on?' },
  { id: 'results', topic: 'what is not producing results', text: 'What are you putting effort into now that is not paying off?' },
];

/** The heading the probes snippet writes under a goal. */
export const PROBES_HEADING = 'Root-cause probes';

export function isProbesHeading(text: string): boolean {
  return /^(root cause )?probes$/.test(normaliseHeading(text));
}
