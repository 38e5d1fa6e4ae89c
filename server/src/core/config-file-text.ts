// `.mentoring-plans.json` as text: JSONC (comments and trailing commas allowed) read into the valid
// parts of a check config, every problem reported with its place in the file. Pure, so the language
// server reads config files through its host and the CLI from disk with the same rules; editor
// settings pass the same validator.

import { parseTree, printParseErrorCode, stripComments, type Node, type ParseError } from 'jsonc-parser';
import { isRuleId, RULE_IDS, SEVERITY_SETTINGS, type RuleId, type SeveritySetting } from '../data/catalogue';
import type { CheckConfig, PhraseListId, PhraseOverrides } from './config';
import { globProblem } from './recognize';
import { byteLength } from './size-limit';
import { LineIndex, type Span } from './text';

export const CONFIG_FILE_NAME = '.mentoring-plans.json';

/** A config file is a few settings; one larger than this is not read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Deeper nesting than any valid config file has; the JSON parser recurses per level. */
const MAX_CONFIG_DEPTH = 32;

export const PHRASE_LISTS: readonly PhraseListId[] = ['vague', 'wish', 'maintenance', 'borrowed', 'feeling'];

const KEYS = ['$schema', 'root', 'files', 'ignore', 'rules', 'phrases'] as const;

export interface ConfigProblem {
  readonly message: string;
  /** Where in the file; the whole file when the file could not be read. */
  readonly span: Span;
  /** 1-based; columns in UTF-16 code units. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface ConfigFile {
  /** Absolute path of the file. */
  readonly path: string;
  /** The valid parts; globs as written, relative to the file's folder. */
  readonly config: Partial<CheckConfig>;
  /** `"root": true`: files farther up are not read. */
  readonly root: boolean;
  readonly problems: readonly ConfigProblem[];
}

export type MutableConfig = { -readonly [K in keyof CheckConfig]?: CheckConfig[K] };

/** Reads the text of a config file; never throws. */
export function parseConfigText(text: string, file: string): ConfigFile {
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const report = (span: Span, message: string): void => {
    const start = lines.positionAt(span.start);
    const end = lines.positionAt(span.end);
    problems.push({ message, span, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 });
  };
  const at = (node: Node): Span => ({ start: node.offset, end: node.offset + node.length });
  const config: MutableConfig = {};
  let root = false;

  const bytes = byteLength(text);
  if (bytes > MAX_CONFIG_BYTES) {
    report({ start: 0, end: 0 }, tooLargeProblem(bytes));
    return { path: file, config, root, problems };
  }
  const deep = tooDeepAt(text, MAX_CONFIG_DEPTH);
  if (deep !== undefined) {
    report({ start: deep, end: deep + 1 }, `Lists and objects are nested more than ${MAX_CONFIG_DEPTH} levels deep here; a config file needs no more than four levels.`);
    return { path: file, config, root, problems };
  }
  if (stripComments(text).trim() === '') {
    report({ start: 0, end: 0 }, 'The file is empty; write an object such as { "rules": {} }.');
    return { path: file, config, root, problems };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  // Later syntax errors mostly follow from the first one; one clear problem is more use than a cascade.
  const [first] = errors;
  if (first) report({ start: first.offset, end: first.offset + Math.max(first.length, 1) }, `Not valid JSON: ${describeParseError(printParseErrorCode(first.error))}.`);
  if (!tree) return { path: file, config, root, problems };
  if (tree.type !== 'object') {
    report(at(tree), 'The file must hold one object, such as { "rules": { "missing-replaces": "off" } }.');
    return { path: file, config, root, problems };
  }

  root = validateConfig(tree, config, report, at, 'file');
  return { path: file, config, root, problems };
}

/**
 * The one validator of check settings, for a config file and for the editor's settings alike: the
 * valid parts go into `config`, each problem is reported at its node. Returns the `root` flag.
 */
export function validateConfig(tree: Node, config: MutableConfig, report: (span: Span, message: string) => void, at: (node: Node) => Span, source: 'file' | 'settings'): boolean {
  let root = false;
  const globs = (node: Node, key: string): string[] | undefined => {
    if (node.type !== 'array') {
      report(at(node), `"${key}" must be a list of globs, such as ["plans/**/*.md"].`);
      return undefined;
    }
    const out: string[] = [];
    for (const item of node.children ?? []) {
      const problem = item.type === 'string' ? globProblem(String(item.value)) : undefined;
      if (problem) report(at(item), `${problem} The glob is not used.`);
      else if (item.type === 'string' && String(item.value).trim() !== '') out.push(String(item.value));
      else report(at(item), `Each entry of "${key}" must be a non-empty glob in quotes.`);
    }
    return out;
  };

  for (const property of tree.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    switch (key) {
      case '$schema':
        break;
      case 'root':
        if (value.type === 'boolean') root = value.value === true;
        else report(at(value), '"root" must be true or false.');
        break;
      case 'files': {
        const files = globs(value, key);
        if (files && files.length > 0) config.files = files;
        else if (files) report(at(value), '"files" is empty, so no file would be a plan by its path; the default globs are kept.');
        break;
      }
      case 'ignore': {
        const ignore = globs(value, key);
        if (ignore) config.ignore = ignore;
        break;
      }
      case 'rules':
        config.rules = readRules(value, report, at);
        break;
      case 'phrases':
        config.phrases = readPhrases(value, report, at);
        break;
      default:
        // Editor settings hold more than the checks read (code lens, size limit, tracing).
        if (source === 'file') report(at(keyNode), `"${key}" is not a setting of ${CONFIG_FILE_NAME}; use ${KEYS.filter((k) => k !== '$schema').join(', ')}.`);
    }
  }
  return root;
}

function readRules(node: Node, report: (span: Span, message: string) => void, at: (node: Node) => Span): Partial<Record<RuleId, SeveritySetting>> {
  const rules: Partial<Record<RuleId, SeveritySetting>> = {};
  if (node.type !== 'object') {
    report(at(node), '"rules" must be an object of rule ids and severities, such as { "missing-replaces": "off" }.');
    return rules;
  }
  for (const property of node.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode || !value) continue;
    const id = String(keyNode.value);
    if (!isRuleId(id)) report(at(keyNode), `"${id}" is not a rule of Mentoring Plans; the rules are ${RULE_IDS.join(', ')}.`);
    else if (value.type !== 'string' || !SEVERITY_SETTINGS.includes(value.value as SeveritySetting))
      report(at(value), `${JSON.stringify(value.value ?? null)} is not a severity for "${id}"; use ${SEVERITY_SETTINGS.join(', ')}.`);
    else rules[id] = value.value as SeveritySetting;
  }
  return rules;
}

function readPhrases(node: Node, report: (span: Span, message: string) => void, at: (node: Node) => Span): Partial<Record<PhraseListId, PhraseOverrides>> {
  const phrases: Partial<Record<PhraseListId, PhraseOverrides>> = {};
  if (node.type !== 'object') {
    report(at(node), `"phrases" must be an object keyed by list (${PHRASE_LISTS.join(', ')}).`);
    return phrases;
  }
  const strings = (list: Node, where: string): string[] => {
    if (list.type !== 'array') {
      report(at(list), `${where} must be a list of phrases in quotes.`);
      return [];
    }
    return (list.children ?? []).flatMap((item) => {
      if (item.type === 'string' && String(item.value).trim() !== '') return [String(item.value)];
      report(at(item), `Each phrase in ${where} must be non-empty text in quotes.`);
      return [];
    });
  };
  for (const property of node.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode || !value) continue;
    const list = String(keyNode.value);
    if (!(PHRASE_LISTS as readonly string[]).includes(list)) {
      report(at(keyNode), `"${list}" is not a phrase list; use ${PHRASE_LISTS.join(', ')}.`);
      continue;
    }
    // A plain list adds phrases; { "add": [...], "remove": [...] } can also take built-in ones out.
    if (value.type === 'array') {
      phrases[list as PhraseListId] = { add: strings(value, `"phrases.${list}"`) };
      continue;
    }
    if (value.type !== 'object') {
      report(at(value), `"phrases.${list}" must be a list of phrases or { "add": [...], "remove": [...] }.`);
      continue;
    }
    const overrides: { add?: string[]; remove?: string[] } = {};
    for (const p of value.children ?? []) {
      const [k, v] = p.children ?? [];
      if (!k || !v) continue;
      const name = String(k.value);
      if (name === 'add' || name === 'remove') overrides[name] = strings(v, `"phrases.${list}.${name}"`);
      else report(at(k), `"${name}" is not allowed in "phrases.${list}"; use add or remove.`);
    }
    phrases[list as PhraseListId] = overrides;
  }
  return phrases;
}

export function tooLargeProblem(bytes: number): string {
  return `The file is ${bytes.toLocaleString('en-US')} bytes; a config file over ${MAX_CONFIG_BYTES.toLocaleString('en-US')} bytes is not read.`;
}

/** Where brackets first nest deeper than `max`, skipping strings and comments; undefined when they never do. */
function tooDeepAt(text: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'badly written number',
    PropertyNameExpected: 'a property name in double quotes is expected',
    ValueExpected: 'a value is expected',
    ColonExpected: 'a colon is expected',
    CommaExpected: 'a comma is expected',
    CloseBraceExpected: 'a closing brace } is expected',
    CloseBracketExpected: 'a closing bracket ] is expected',
    EndOfFileExpected: 'nothing may follow the object',
    InvalidCommentToken: 'badly written comment',
    UnexpectedEndOfComment: 'a comment is not closed',
    UnexpectedEndOfString: 'a string is not closed',
    UnexpectedEndOfNumber: 'a number is cut short',
    InvalidUnicode: 'bad unicode escape',
    InvalidEscapeCharacter: 'bad escape character',
    InvalidCharacter: 'character not allowed in a string',
  };
  return words[code] ?? code;
}

/** Globs written in a folder, rewritten for an ancestor folder `prefix` (`/`-separated) above it. */
export function prefixGlobs(globs: readonly string[], prefix: string): string[] {
  if (prefix === '') return [...globs];
  return globs.map((g) => {
    const negated = g.startsWith('!');
    const body = (negated ? g.slice(1) : g).replace(/^\.\//, '').replace(/^\//, '');
    return `${negated ? '!' : ''}${prefix}/${body}`;
  });
}
