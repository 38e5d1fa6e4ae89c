// Deterministic generator of realistic mentoring plans for the benchmark: a typical plan, a corpus of
// varied plans, a long plan kept for years, and a large workspace. Same seed, same bytes.
//
//   tsx bench/generate.ts            writes bench/out/{typical.plan.md,long.plan.md,corpus/,session-logs/}

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const OUT = path.resolve(__dirname, 'out');
/** The date the benchmark checks against, so date rules fire the same way every run. */
export const BENCH_TODAY = '2026-11-23';
const SEED = 0x5eed2026;

/** mulberry32: a tiny seeded PRNG, enough for varied but reproducible text. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const MENTEES = ['Priya Raman', 'Mac Okafor', 'Sofia Lindqvist', 'Tomás Herrera', 'Aiko Tanaka', 'Jonas Becker', 'Amara Nwosu', 'Lena Fischer', 'Ravi Menon', 'Chloé Martin'];
const MENTORS = ['Gaye Holloway', 'Dev Patel', 'Ingrid Solberg', 'Marcus Reid', 'Nadia Haddad'];
const COLLEAGUES = ['Priya', 'Sam', 'Jordan', 'Elif', 'Kwame', 'Marta', 'Hugo', 'Yusuf'];
const PURPOSES = [
  ['Become a manager my team trusts', 'People bring problems to me early because they know I will back them.'],
  ['Lead the platform migration end to end', 'I want to be the person who can carry a cross-team project from proposal to switch-off.'],
  ['Build a reputation outside my team', 'Other groups know what I work on and ask for my view on reliability.'],
  ['Move into a staff engineer role', 'Set technical direction for more than one team within two years.'],
  ['Protect time for deep work', 'Two mornings a week without meetings, so design work stops slipping into evenings.'],
];
const GOOD_GOALS = [
  'Delegate the weekly status report to {c} by 15 January',
  'Run the incident review for the payments outage with {c}',
  'Publish the migration runbook on the engineering wiki',
  'Present the reliability roadmap at the March all-hands',
  'Hire two backend engineers for the platform team',
  'Ship the billing service cut-over before the Q2 freeze',
  'Mentor {c} through their first on-call rotation',
  'Write the RFC for moving search to the new cluster',
];
const VAGUE = ['Get better at communication in general', 'Improve my leadership skills', 'Be more strategic about stuff', 'Work on my presentation skills somehow', 'Become a better listener overall'];
const FEELING = ['Feel less overwhelmed at work', 'Be less stressed before planning meetings', 'Feel more confident in design reviews', 'Stop feeling behind on everything'];
const WISH = ["Someday I'd love to speak at a conference", 'Hopefully move closer to product work', 'One day lead a team of my own', 'Ideally spend less time in meetings'];
const MAINTENANCE = ['Keep writing the weekly status report', 'Continue to review pull requests for the team', 'Maintain the on-call handbook as it is', 'Stay on top of the support queue'];
const BORROWED = ['My manager wants me to own the on-call rota', 'I was told to take over the release process', 'I have to run the sprint demos from now on'];
const COMPOUND = ['Write the design doc for the billing service and present it at the architecture review', 'Finish the data modelling course and mentor a new joiner', 'Lead the hiring loop for the platform team and publish the interview guide'];
const BAD_KINDS = ['lattice, carreer', 'ladder, emotinal', 'skills', 'developmental, technical'];
const BAD_DATES = ['next spring', 'after the reorg', 'soon', 'end of the quarter-ish'];
const SESSION_NOTES = [
  'Talked through the reorg and what it means for the platform team. {c} is nervous about the new reporting line.',
  'Reviewed the status report hand-off: two reports sent without edits, one needed a rewrite of the risks section.',
  'Practised the opening of the all-hands talk twice; the second run was under five minutes.',
  'Spent most of the session on priorities. Wrote down the three things that must not slip this month.',
  'Looked back at the last quarter. The incident review went well; the runbook is still a draft.',
  'Discussed how to say no to ad-hoc requests from sales without sounding unhelpful.',
  'Agreed to bring the interview guide draft next time and to ask {c} for feedback first.',
];
const ACTIONS = ['Send the draft agenda to {c} before Friday', 'Book a thirty-minute slot with the director', 'Read the chapter on delegation we talked about', 'Ask {c} to shadow the next incident call'];

function slug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');
}

function fill(r: Random, template: string): string {
  return template.replace(/\{c\}/g, () => r.pick(COLLEAGUES));
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function randomDate(r: Random, fromYear: number, toYear: number): string {
  return isoDate(r.int(fromYear, toYear), r.int(1, 12), r.int(1, 28));
}

type GoalShape = 'good' | 'vague' | 'feeling' | 'wish' | 'maintenance' | 'borrowed' | 'compound' | 'duplicate';

interface GoalSpec {
  readonly statement: string;
  readonly shape: GoalShape;
}

/** One goal in heading or list form, with the fields a mentor would write (and the gaps the rules find). */
function goal(r: Random, spec: GoalSpec, purposes: readonly string[], form: 'heading' | 'list', options: { pastDue?: boolean; badDate?: boolean; badKind?: boolean; brokenLink?: boolean; openQuestion?: boolean; yearBase?: number }): string[] {
  const purpose = r.pick(purposes);
  const year = options.yearBase ?? 2027;
  const fields: string[] = [];
  if (spec.shape === 'vague') fields.push('Why this matters: it keeps coming up in my reviews');
  else if (spec.shape !== 'feeling') fields.push(`Why this matters: [${purpose}](#${options.brokenLink ? 'no-such-aim' : slug(purpose)})`);
  if (spec.shape === 'good' || spec.shape === 'duplicate' || spec.shape === 'compound') fields.push(`Success looks like: ${fill(r, r.pick(['{c} says the hand-off worked without my help', 'three reports in a row go out without my edits', 'the doc is approved at the review', 'the team runs the process twice on its own']))}`);
  if (spec.shape !== 'wish') {
    const by = options.badDate ? r.pick(BAD_DATES) : options.pastDue ? randomDate(r, 2025, 2025) : r.pick([randomDate(r, year, year + 1), `Q${r.int(1, 4)} ${year}`, `${r.pick(['January', 'March', 'June', 'September'])} ${year}`]);
    fields.push(`By: ${by}`);
  }
  fields.push(`Kind: ${options.badKind ? r.pick(BAD_KINDS) : r.pick(['lattice, developmental', 'ladder, career', 'enabling', 'lattice', 'career'])}`);
  if (spec.shape === 'good' && r.chance(0.6)) fields.push(`Stretch: ${r.pick(['I have never handed off anything my director reads', 'first time presenting to more than forty people', 'I have not hired before'])}`);
  if (spec.shape === 'good' || spec.shape === 'maintenance' || (spec.shape === 'duplicate' && r.chance(0.5))) fields.push(`Replaces: ${r.pick(['Friday afternoons compiling the report myself', 'answering every support ping personally', 'rewriting other people\'s drafts'])}`);
  if (spec.shape === 'borrowed') fields.push('Owner: my manager, partly');
  else if (r.chance(0.5)) fields.push('Owner: mine');
  fields.push(`Status: ${r.pick(['active', 'active', 'active', 'paused'])}`);

  const challenge = [
    `- Why now? ${r.pick(['The team doubled in October and I am the bottleneck.', 'My review is in March.', 'The migration starts in spring.'])}`,
    options.openQuestion ? '- What will it replace? ' : `- What will it replace? ${r.pick(['Evening catch-up on email.', 'The weekly sync I run alone.'])}`,
    `- Whose goal is it? ${r.pick(['Mine; my manager agrees.', 'Mostly mine.'])}`,
  ];
  const challenged = options.openQuestion || r.chance(0.3);
  if (form === 'heading') {
    return [`### ${spec.statement}`, '', ...fields.map((f) => `- ${f}`), '', ...(challenged ? ['#### Challenge questions', '', ...challenge, ''] : [])];
  }
  return [`- ${spec.statement}`, ...fields.map((f) => `  - ${f}`), ...(challenged ? ['  - Challenge questions', ...challenge.map((c) => `    ${c}`)] : [])];
}

export interface PlanOptions {
  readonly goals?: number;
  /** Years of weekly session notes, several paragraphs each. */
  readonly sessionYears?: number;
  /** Break the YAML, so invalid-front-matter fires (and the front-matter dates cannot be read). */
  readonly brokenFrontMatter?: boolean;
  readonly exploreAnswered?: boolean;
}

/** One realistic plan. The default shape triggers 18 of the 19 rules; invalid-front-matter needs brokenFrontMatter. */
export function generatePlan(r: Random, options: PlanOptions = {}): string {
  const mentee = r.pick(MENTEES);
  const mentor = r.pick(MENTORS);
  const goalCount = options.goals ?? 8;
  const startYear = options.sessionYears && options.sessionYears > 1 ? 2026 - options.sessionYears : 2026;
  const purposes = [...PURPOSES].sort(() => r.next() - 0.5).slice(0, 3).map((p) => p[0]);
  const lines: string[] = ['---', 'type: mentoring-plan', `mentee: ${mentee}`, `mentor: ${mentor}`, `started: ${isoDate(startYear, r.int(1, 9), r.int(1, 28))}`];
  lines.push(options.brokenFrontMatter ? 'next-review: [2026-09-15' : `next-review: ${isoDate(2026, r.int(6, 10), r.int(1, 28))}`);
  lines.push('---', '', `# Mentoring plan: ${mentee}`, '', `${mentee.split(' ')[0]} and ${mentor.split(' ')[0]} meet every other week. This plan is ours to change; we re-read it before each session.`, '', '## Purpose', '');
  for (const p of purposes) lines.push(`### ${p}`, '', PURPOSES.find((x) => x[0] === p)![1], '');
  lines.push('## Exploration', '', '### Identity', '');
  lines.push(`- Who are you apart from your job title? ${options.exploreAnswered ? 'Someone who likes untangling messy systems.' : ''}`.trimEnd());
  lines.push('- What stands in the way of who you want to become?', '', '### Values', '', '- What difference do you want your work to make?', '');
  lines.push('## Goals', '');

  const shapes: GoalShape[] = ['good', 'vague', 'feeling', 'wish', 'maintenance', 'borrowed', 'compound', 'duplicate'];
  const specs: GoalSpec[] = [];
  for (let i = 0; i < goalCount; i++) {
    const shape = i < shapes.length ? shapes[i] : r.chance(0.6) ? 'good' : r.pick(shapes);
    const statement = fill(r, r.pick({ good: GOOD_GOALS, vague: VAGUE, feeling: FEELING, wish: WISH, maintenance: MAINTENANCE, borrowed: BORROWED, compound: COMPOUND, duplicate: GOOD_GOALS }[shape]));
    specs.push({ shape, statement: shape === 'duplicate' && specs.length > 0 ? specs[0].statement : statement });
  }
  const yearBase = 2027;
  const listStart = Math.max(1, goalCount - 2);
  specs.forEach((spec, i) => {
    if (i === listStart) lines.push('Smaller goals we track as a list:', '');
    const form = i >= listStart ? 'list' : 'heading';
    lines.push(
      ...goal(r, spec, purposes, form, {
        pastDue: spec.shape === 'duplicate' || r.chance(0.05),
        badDate: spec.shape === 'compound' || r.chance(0.02),
        badKind: spec.shape === 'compound' || r.chance(0.03),
        brokenLink: spec.shape === 'borrowed' || r.chance(0.02),
        openQuestion: spec.shape === 'good' || r.chance(0.2),
        yearBase: yearBase + Math.floor(i / 200),
      }),
    );
    if (form === 'list' && i === goalCount - 1) lines.push('');
  });

  lines.push('## Sessions', '');
  const sessions = options.sessionYears ? options.sessionYears * 52 : r.int(2, 4);
  for (let s = 0; s < sessions; s++) {
    const day = new Date(Date.UTC(startYear, 1, 3) + s * (options.sessionYears ? 7 : 14) * 86400000);
    lines.push(`### ${day.toISOString().slice(0, 10)}`, '');
    const paragraphs = options.sessionYears ? r.int(3, 6) : r.int(1, 2);
    for (let p = 0; p < paragraphs; p++) lines.push(fill(r, r.pick(SESSION_NOTES)), '');
    lines.push('Actions:', '', `- [${r.chance(0.7) ? 'x' : ' '}] ${fill(r, r.pick(ACTIONS))}`, `- [ ] ${fill(r, r.pick(ACTIONS))}`, '');
  }
  return lines.join('\n');
}

export function typicalPlan(): string {
  return generatePlan(new Random(SEED));
}

/** A plan kept for years: about 1 MB with 1,000 goals and twenty years of weekly session notes. */
export function longPlan(): string {
  return generatePlan(new Random(SEED + 1), { goals: 1000, sessionYears: 20 });
}

/** `count` varied plans; every 50th has broken front matter, a third have answered exploration. */
export function corpus(count: number, seed = SEED + 2): string[] {
  const r = new Random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(generatePlan(r, { goals: r.int(5, 10), brokenFrontMatter: i % 50 === 7, exploreAnswered: r.chance(0.33) }));
  return out;
}

/**
 * `count` plans with the session log real plans grow into: half a year of weekly notes, several
 * paragraphs each, below the same front matter, purposes, exploration and goals.
 */
export function sessionLogCorpus(count: number, seed = SEED + 3): string[] {
  const r = new Random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(generatePlan(r, { goals: r.int(5, 10), sessionYears: 0.5, exploreAnswered: r.chance(0.33) }));
  return out;
}

/** Plans in the session-log corpus: each is about four times a typical plan. */
export const SESSION_LOG_PLANS = 250;

/** Writes a corpus as numbered `.plan.md` files into a fresh directory. */
export function writeCorpus(dir: string, plans: readonly string[]): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return plans.map((text, i) => {
    const file = path.join(dir, `mentee-${String(i + 1).padStart(5, '0')}.plan.md`);
    writeFileSync(file, text);
    return file;
  });
}

export function writeAll(): { typical: string; long: string; corpus: string; sessionLogs: string } {
  mkdirSync(OUT, { recursive: true });
  const typical = path.join(OUT, 'typical.plan.md');
  const long = path.join(OUT, 'long.plan.md');
  writeFileSync(typical, typicalPlan());
  writeFileSync(long, longPlan());
  const corpusDir = path.join(OUT, 'corpus');
  writeCorpus(corpusDir, corpus(1000));
  const sessionLogs = path.join(OUT, 'session-logs');
  writeCorpus(sessionLogs, sessionLogCorpus(SESSION_LOG_PLANS));
  return { typical, long, corpus: corpusDir, sessionLogs };
}

if (require.main === module) {
  const written = writeAll();
  console.log(`wrote ${written.typical}, ${written.long}, ${written.corpus}/`);
}
