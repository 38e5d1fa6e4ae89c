// Writes the markdown snippets and the TextMate injection grammar from the data modules, so question
// wording and field labels live only in server/src/data. `--check` fails when the committed files differ.
//   npx tsx scripts/generate-snippets.ts [--check]

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIELDS, fieldInfo } from '../server/src/data/fields';
import { STATUSES } from '../server/src/data/kinds';
import { BANKS } from '../server/src/data/questions';
import {
  bankTemplate,
  challengeTemplate,
  goalTemplate,
  planTemplate,
  probesTemplate,
  purposeTemplate,
  sessionTemplate,
  toSnippet,
  type Template,
} from '../server/src/data/templates';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SNIPPETS_PATH = join(ROOT, 'snippets', 'mentoring-plans.code-snippets');
export const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'mentoring-plans.injection.tmLanguage.json');
export const GRAMMAR_SCOPE = 'markdown.mentoring-plans.injection';

// ---- snippets

interface Snippet {
  readonly prefix: string;
  readonly scope: string;
  readonly description: string;
  readonly body: readonly string[];
}

function snippet(prefix: string, description: string, template: Template): Snippet {
  return { prefix, scope: 'markdown', description, body: toSnippet(template).split('\n') };
}

export function buildSnippets(): Record<string, Snippet> {
  const out: Record<string, Snippet> = {
    'Mentoring plan': snippet(
      'mp-plan',
      'A whole mentoring plan: front matter, purpose, the four exploration banks, a goal with every field, sessions.',
      planTemplate(),
    ),
    'Mentoring goal': snippet(
      'mp-goal',
      'A goal with every field (why, success, by, kind, stretch, replaces, owner, status) and its challenge questions.',
      goalTemplate({ answerStops: true }),
    ),
  };
  for (const bank of BANKS) {
    out[`Exploration bank: ${bank.title}`] = snippet(`mp-bank-${bank.id}`, `${bank.title} questions. ${bank.purpose}`, bankTemplate(bank.id, { answerStops: true }));
  }
  out['Challenge questions'] = snippet('mp-challenge', 'The questions to ask of a goal that arrived ready-made.', challengeTemplate({ answerStops: true }));
  out['Root-cause probes'] = snippet(
    'mp-probes',
    'Probes for a goal that is only a feeling: what might lie underneath it.',
    probesTemplate({ answerStops: true }),
  );
  out['Session entry'] = snippet('mp-session', 'A dated session note.', sessionTemplate());
  out['Purpose'] = snippet('mp-purpose', 'A larger aim for goals to link to from their "Why this matters" line.', purposeTemplate());
  return out;
}

// ---- grammar

const SCOPE = 'mentoring-plans';
const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A case-insensitive alternation of labels, longest first so "target date" wins over "target". */
function labelsRegex(labels: readonly string[]): string {
  const sorted = [...labels].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?i:${sorted.map((l) => escapeRegex(l).replace(/ /g, '[ \\t]+')).join('|')})`;
}

// A label counts only where a paragraph's text starts (\G, set by markdown's paragraph rule), so the
// rest of the line keeps its inline highlighting, and only after indentation and a list marker, so a
// label inside a sentence does not count. An optional task box is consumed.
const MARKER = '(?:[-*+]|\\d{1,9}[.)])[ \\t]{1,4}';
const LINE_START = `(?<=^|^[ \\t]{1,12}|^[ \\t]{0,12}${MARKER})\\G(?:\\[[ xX]\\][ \\t]+)?`;

type Captures = Record<string, { name?: string; patterns?: { include: string }[] }>;
interface MatchRule {
  readonly match: string;
  readonly captures: Captures;
}

const LABEL = `support.type.property-name.field.${SCOPE}`;
const COLON = `punctuation.separator.key-value.${SCOPE}`;
const BOLD = 'markup.bold.markdown';
const BOLD_MARK = 'punctuation.definition.bold.markdown';

/**
 * The three label forms (`**Label:**`, `**Label**:`, `Label:`) followed by `rest`, a regex whose
 * groups get `restCaptures` (numbered from 1).
 */
function labelForms(labels: readonly string[], rest: string, restCaptures: Captures): MatchRule[] {
  const shift = (by: number): Captures => Object.fromEntries(Object.entries(restCaptures).map(([k, v]) => [String(Number(k) + by), v]));
  const re = labelsRegex(labels);
  return [
    {
      match: `${LINE_START}((\\*\\*|__)(${re})[ \\t]*(:)(\\2))${rest}`,
      captures: { '1': { name: BOLD }, '2': { name: BOLD_MARK }, '3': { name: LABEL }, '4': { name: COLON }, '5': { name: BOLD_MARK }, ...shift(5) },
    },
    {
      match: `${LINE_START}((\\*\\*|__)(${re})(\\2))[ \\t]*(:)${rest}`,
      captures: { '1': { name: BOLD }, '2': { name: BOLD_MARK }, '3': { name: LABEL }, '4': { name: BOLD_MARK }, '5': { name: COLON }, ...shift(5) },
    },
    {
      // Not "https://": a URL at the start of a line is not a label.
      match: `${LINE_START}(${re})[ \\t]*(:)(?!//)${rest}`,
      captures: { '1': { name: LABEL }, '2': { name: COLON }, ...shift(2) },
    },
  ];
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
// The forms server/src/core/dates.ts reads, longest first.
const DATE = [
  '\\d{4}-\\d{1,2}-\\d{1,2}',
  '\\d{4}/\\d{1,2}/\\d{1,2}',
  '\\d{4}-\\d{1,2}',
  `\\d{1,2}${ORDINAL}[ \\t]+(?:of[ \\t]+)?${MONTH},?[ \\t]+\\d{4}`,
  `${MONTH}[ \\t]+\\d{1,2}${ORDINAL},?[ \\t]+\\d{4}`,
  `${MONTH}[ \\t]+\\d{4}`,
  'Q[1-4][ \\t]*[-/ ]?[ \\t]*\\d{4}',
  '\\d{4}[ \\t]*[-/ ]?[ \\t]*Q[1-4]',
  'H[12][ \\t]+\\d{4}',
  '\\d{4}',
];
/** Front-matter keys holding dates. */
const FRONT_MATTER_DATE_KEYS = ['next-review', 'started'];

export function buildGrammar(): Record<string, unknown> {
  const statusLabels = fieldInfo('status').aliases;
  const dateLabels = fieldInfo('by').aliases;
  const rest = `[ \\t]*(${STATUSES.map((s) => s.value).join('|')})\\b`;
  return {
    $comment: 'Generated by scripts/generate-snippets.ts from server/src/data; do not edit by hand.',
    name: 'Mentoring plans (markdown injection)',
    scopeName: GRAMMAR_SCOPE,
    // Two contexts. Inside a paragraph (list items hold paragraphs too), where labels, statuses and dates
    // live; and at the top level, for control comments and the front-matter rule. Never in comments, code
    // or front matter, where `type:` is a YAML key, not the Kind field. L: so that at the same position we
    // beat markdown's bold, HTML-comment and front-matter rules.
    injectionSelector: 'L:meta.paragraph.markdown - comment, L:text.html.markdown - (meta | markup | comment)',
    patterns: [{ include: '#front-matter' }, { include: '#control-comment' }, { include: '#status-line' }, { include: '#date-line' }, { include: '#field-label' }],
    repository: {
      // Takes over markdown's own front-matter rule (same content scope, still YAML inside) so that date keys
      // can be matched there while the injection stays out of it.
      'front-matter': {
        begin: '\\A-{3}\\s*$',
        end: '(^|\\G)(?:-{3}|\\.{3})\\s*$',
        contentName: 'meta.embedded.block.frontmatter',
        patterns: [{ include: '#front-matter-date' }, { include: 'source.yaml' }],
      },
      'control-comment': {
        // Optional leading blanks: markdown's HTML-block rule starts at the line start and would otherwise win.
        match: '(?:^[ \\t]+)?(<!--)[ \\t]*(mentoring-plans-(?:disable-next-line|disable-file|disable|enable))\\b(.*?)(-->)',
        name: `comment.block.${SCOPE}`,
        captures: {
          '1': { name: `punctuation.definition.comment.begin.${SCOPE}` },
          '2': { name: `keyword.control.directive.${SCOPE}` },
          '3': { patterns: [{ include: '#rule-id' }] },
          '4': { name: `punctuation.definition.comment.end.${SCOPE}` },
        },
      },
      'rule-id': { match: '[a-z][a-z0-9]*(?:-[a-z0-9]+)+', name: `constant.other.rule-id.${SCOPE}` },
      'status-line': { patterns: labelForms(statusLabels, `(?i:${rest})`, { '1': { name: `constant.language.status.${SCOPE}` } }) },
      'date-line': { patterns: labelForms(dateLabels, '(.*)', { '1': { patterns: [{ include: '#date' }] } }) },
      'front-matter-date': {
        match: `^(${FRONT_MATTER_DATE_KEYS.map(escapeRegex).join('|')})[ \\t]*(:)(.*)`,
        captures: { '1': { name: `support.type.property-name.front-matter.${SCOPE}` }, '2': { name: COLON }, '3': { patterns: [{ include: '#date' }] } },
      },
      'field-label': { patterns: labelForms(FIELDS.flatMap((f) => f.aliases), '', {}) },
      date: { match: `(?i)\\b(?:${DATE.join('|')})\\b`, name: `constant.numeric.date.${SCOPE}` },
    },
  };
}

// ---- files

export function generatedFiles(): { path: string; text: string }[] {
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  return [
    { path: SNIPPETS_PATH, text: json(buildSnippets()) },
    { path: GRAMMAR_PATH, text: json(buildGrammar()) },
  ];
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function main(args: readonly string[]): number {
  const check = args.includes('--check');
  let stale = 0;
  for (const { path, text } of generatedFiles()) {
    const name = relative(ROOT, path);
    if (readOrEmpty(path) === text) continue;
    if (check) {
      console.error(`${name} is out of date with server/src/data. Run: npm run snippets`);
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${name}`);
    }
  }
  return stale > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
