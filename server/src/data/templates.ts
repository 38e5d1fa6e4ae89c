// Text builders for plans, goals, sessions and question lists. One template yields two forms: a VS
// Code snippet body (with tab stops) and plain text (for the CLI and quick fixes), so snippets and
// inserted text never drift apart.

import { slug } from 'github-slugger';
import { FIELDS, fieldInfo, type FieldKey } from './fields';
import { KINDS, STATUSES } from './kinds';
import { BANKS, CHALLENGE_QUESTIONS, PROBES_HEADING, ROOT_CAUSE_PROBES, bankInfo, type BankId } from './questions';
import { CHALLENGE_HEADING } from './sections';

/** A tab stop. Stops sharing a key are one stop in a snippet (later ones mirror the first). */
export interface Stop {
  readonly kind: 'stop';
  readonly key: string;
  /** The default text; plain text uses it unless a value is given for the key. */
  readonly text: string;
  /** A snippet choice list; `text` should be one of them. */
  readonly choices?: readonly string[];
  /** Raw snippet syntax used as the default instead of `text` (e.g. date variables). */
  readonly snippetDefault?: string;
}

/** The GitHub heading anchor of a stop's value: a transform in a snippet, a slug in plain text. */
export interface Anchor {
  readonly kind: 'anchor';
  readonly key: string;
}

/** Where the cursor ends in a snippet; nothing in plain text. */
export interface Final {
  readonly kind: 'final';
}

export type Piece = string | Stop | Anchor | Final;
export type Template = readonly Piece[];

export function stop(key: string, text: string, options: { choices?: readonly string[]; snippetDefault?: string } = {}): Stop {
  return { kind: 'stop', key, text, ...options };
}

export function choice(key: string, choices: readonly string[], selected?: string): Stop {
  const text = selected ?? choices[0] ?? '';
  // A chosen value that is not in the list goes first, so the snippet still offers it.
  return stop(key, text, { choices: choices.includes(text) ? choices : [text, ...choices] });
}

export function anchor(key: string): Anchor {
  return { kind: 'anchor', key };
}

export const FINAL: Final = { kind: 'final' };

const escapeSnippetText = (s: string): string => s.replace(/[\\$}]/g, '\\$&');
const escapeChoice = (s: string): string => s.replace(/[\\,|]/g, '\\$&');
// Approximates GitHub's slugger inside VS Code: words lower-cased, each space or hyphen a "-", other punctuation dropped.
const SLUG_TRANSFORM = '/(\\w+)|([ -])|[^\\w -]+/${1:/downcase}${2:+-}/g';

/** The template as a VS Code snippet body. Stops are numbered in order of first appearance. */
export function toSnippet(template: Template): string {
  const numbers = new Map<string, number>();
  let out = '';
  for (const piece of template) {
    if (typeof piece === 'string') {
      out += escapeSnippetText(piece);
    } else if (piece.kind === 'final') {
      out += '$0';
    } else if (piece.kind === 'anchor') {
      const n = numbers.get(piece.key);
      if (n === undefined) throw new Error(`anchor of ${piece.key} before its stop`);
      out += `\${${n}${SLUG_TRANSFORM}}`;
    } else {
      const known = numbers.get(piece.key);
      if (known !== undefined) {
        out += `$${known}`;
        continue;
      }
      const n = numbers.size + 1;
      numbers.set(piece.key, n);
      if (piece.choices) out += `\${${n}|${piece.choices.map(escapeChoice).join(',')}|}`;
      else if (piece.snippetDefault !== undefined) out += `\${${n}:${piece.snippetDefault}}`;
      else if (piece.text === '') out += `$${n}`;
      else out += `\${${n}:${escapeSnippetText(piece.text)}}`;
    }
  }
  return out;
}

/** The template as plain text; `values` overrides stop defaults by key. Trailing spaces are dropped. */
export function toText(template: Template, values: Readonly<Record<string, string>> = {}): string {
  const defaults = new Map<string, string>();
  const valueOf = (key: string): string => values[key] ?? defaults.get(key) ?? '';
  let out = '';
  for (const piece of template) {
    if (typeof piece === 'string') out += piece;
    else if (piece.kind === 'stop') {
      if (!defaults.has(piece.key)) defaults.set(piece.key, piece.text);
      out += valueOf(piece.key);
    } else if (piece.kind === 'anchor') out += slug(valueOf(piece.key));
  }
  return out.replace(/[ \t]+$/gm, '');
}

// ---- builders

const TODAY_SNIPPET = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';
const DATE_HINT = 'YYYY-MM-DD';

/** A date stop: the given date, or today's date in a snippet and a fill-in hint in plain text. */
function dateStop(key: string, given: string | undefined, today: boolean): Stop {
  if (given !== undefined) return stop(key, given);
  return today ? stop(key, DATE_HINT, { snippetDefault: TODAY_SNIPPET }) : stop(key, DATE_HINT);
}

const hashes = (depth: number): string => '#'.repeat(depth);

export interface QuestionListOptions {
  /** Heading depth; 3 for banks, 4 for lists under a goal. */
  readonly depth?: number;
  /** A tab stop after each question for its answer. Off in the full plan, where it would mean dozens of stops. */
  readonly answerStops?: boolean;
  /** Prefix for stop keys, keeping keys unique when lists are combined. */
  readonly keyPrefix?: string;
}

function questionList(title: string, questions: readonly string[], o: QuestionListOptions, defaultDepth: number, keyBase: string): Template {
  const pieces: Piece[] = [`${hashes(o.depth ?? defaultDepth)} ${title}\n\n`];
  questions.forEach((q, i) => {
    pieces.push(`- ${q}`);
    if (o.answerStops) pieces.push(' ', stop(`${o.keyPrefix ?? ''}${keyBase}-${i + 1}`, ''));
    pieces.push('\n');
  });
  return pieces;
}

export function bankTemplate(id: BankId, options: QuestionListOptions = {}): Template {
  const bank = bankInfo(id);
  return questionList(bank.title, bank.questions, options, 3, `answer-${id}`);
}

export function challengeTemplate(options: QuestionListOptions = {}): Template {
  return questionList(CHALLENGE_HEADING, CHALLENGE_QUESTIONS.map((c) => c.text), options, 4, 'challenge');
}

export function probesTemplate(options: QuestionListOptions = {}): Template {
  return questionList(PROBES_HEADING, ROOT_CAUSE_PROBES.map((p) => p.text), options, 4, 'probe');
}

export interface PurposeOptions {
  readonly aim?: string;
  readonly summary?: string;
  readonly depth?: number;
}

export const DEFAULT_AIM = 'A larger aim the goals serve';
const AIM_SUMMARY = 'What this aim means to the mentee, and why it matters to them.';
const MENTEE_NAME = 'Mentee name';
const MENTOR_NAME = 'Mentor name';
const GOAL_STATEMENT = 'What will be different, for whom, by when';

export function purposeTemplate(o: PurposeOptions = {}): Template {
  return [
    `${hashes(o.depth ?? 3)} `,
    stop('aim', o.aim ?? DEFAULT_AIM),
    '\n\n',
    stop('aim-summary', o.summary ?? AIM_SUMMARY),
    '\n',
  ];
}

export interface GoalOptions {
  readonly statement?: string;
  /** The heading text of the larger aim the why line links to. */
  readonly aim?: string;
  readonly success?: string;
  readonly by?: string;
  readonly kind?: string;
  readonly stretch?: string;
  readonly replaces?: string;
  readonly owner?: string;
  readonly status?: string;
  readonly depth?: number;
  /** Tab stops after the challenge questions. */
  readonly answerStops?: boolean;
}

export const OWNER_CHOICES: readonly string[] = ['mine', "partly someone else's", "mostly someone else's"];

/** Snippet defaults for the free-text fields, phrased as prompts for the mentor. */
const FIELD_PROMPTS: Readonly<Record<Exclude<FieldKey, 'why' | 'by' | 'kind' | 'owner' | 'status' | 'evolved'>, string>> = {
  success: 'What you will see or hear when the goal is reached',
  stretch: 'What the mentee has not done before',
  replaces: 'What the mentee will stop doing to make room',
};

const normalisePlaceholder = (text: string): string => text.trim().replace(/[.\s]+$/, '').toLowerCase();

/** The default texts of the templates' stops: left as they are, a field or goal is not filled in yet. */
const PLACEHOLDERS: ReadonlySet<string> = new Set([DATE_HINT, DEFAULT_AIM, AIM_SUMMARY, MENTEE_NAME, MENTOR_NAME, GOAL_STATEMENT, ...Object.values(FIELD_PROMPTS)].map(normalisePlaceholder));

/** Whether text is still a template's placeholder, as the snippets and `mentoring-plans new` write it. */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDERS.has(normalisePlaceholder(text));
}

/** A goal in heading form with every field, in the order of FIELDS, and the challenge questions. */
export function goalTemplate(o: GoalOptions = {}): Template {
  const line = (key: FieldKey, ...value: Piece[]): Piece[] => [`- ${fieldInfo(key).label}: `, ...value, '\n'];
  const valueFor: Record<Exclude<FieldKey, 'evolved'>, () => Piece[]> = {
    why: () => ['[', stop('aim', o.aim ?? DEFAULT_AIM), '](#', anchor('aim'), ')'],
    success: () => [stop('success', o.success ?? FIELD_PROMPTS.success)],
    by: () => [dateStop('by', o.by, false)],
    kind: () => [choice('kind', KINDS.map((k) => k.value), o.kind)],
    stretch: () => [stop('stretch', o.stretch ?? FIELD_PROMPTS.stretch)],
    replaces: () => [stop('replaces', o.replaces ?? FIELD_PROMPTS.replaces)],
    owner: () => [choice('owner', OWNER_CHOICES, o.owner)],
    status: () => [choice('status', STATUSES.map((s) => s.value), o.status)],
  };
  return [
    `${hashes(o.depth ?? 3)} `,
    stop('statement', o.statement ?? GOAL_STATEMENT),
    '\n\n',
    // A new goal has not evolved into anything yet.
    ...FIELDS.flatMap((f) => (f.key === 'evolved' ? [] : line(f.key, ...valueFor[f.key]()))),
    '\n',
    ...challengeTemplate({ depth: (o.depth ?? 3) + 1, answerStops: o.answerStops }),
  ];
}

export interface SessionOptions {
  readonly date?: string;
  readonly depth?: number;
}

export function sessionTemplate(o: SessionOptions = {}): Template {
  return [
    `${hashes(o.depth ?? 3)} `,
    dateStop('session-date', o.date, true),
    '\n\n- Talked about: ',
    stop('talked-about', ''),
    '\n- Agreed actions: ',
    stop('actions', ''),
    '\n- Next time: ',
    stop('next-time', ''),
    '\n',
  ];
}

export interface PlanOptions {
  readonly mentee?: string;
  readonly mentor?: string;
  readonly started?: string;
  readonly nextReview?: string;
  readonly aim?: string;
  readonly goal?: GoalOptions;
  /** The first session; its date defaults to the start date. */
  readonly session?: SessionOptions;
}

/** A whole plan: front matter, purpose, the four exploration banks, one goal linked to the purpose, sessions. */
export function planTemplate(o: PlanOptions = {}): Template {
  const section = (title: string): string => `\n## ${title}\n\n`;
  return [
    '---\ntype: mentoring-plan\nmentee: ',
    stop('mentee', o.mentee ?? MENTEE_NAME),
    '\nmentor: ',
    stop('mentor', o.mentor ?? MENTOR_NAME),
    '\nstarted: ',
    dateStop('started', o.started, true),
    '\nnext-review: ',
    dateStop('next-review', o.nextReview, false),
    '\n---\n\n# Mentoring plan: ',
    stop('mentee', ''),
    '\n',
    section('Purpose'),
    ...purposeTemplate({ aim: o.aim }),
    section('Exploration'),
    ...BANKS.flatMap((b, i) => [...(i > 0 ? ['\n'] : []), ...bankTemplate(b.id)]),
    section('Goals'),
    ...goalTemplate({ aim: o.aim, ...o.goal }),
    section('Sessions'),
    ...sessionTemplate({ date: o.started, ...o.session }),
    FINAL,
  ];
}
