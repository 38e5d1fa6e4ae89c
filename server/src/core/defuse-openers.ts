// Openers that can never close, or that pile up past any real use, make remark's parser (micromark)
// quadratic: each unclosed `<!--` rescans its paragraph for `-->`, and each emphasis run matched or left
// unmatched walks or splices the paragraph's whole event list. Before parsing, such openers get a
// stand-in character, one UTF-16 unit for one, so every offset stays exact; after parsing, the tree's
// strings get the user's characters back.
//
// Containers nested too deep are defused the same way (see container-depth.ts).
//
// Bounds are counted per block of lines that no paragraph crosses: blank lines, ATX headings, code
// fences and bullet (or "1.") list items end a paragraph wherever they appear.

import type { Nodes } from 'mdast';
import { deepContainerMarkers } from './container-depth';

/** Inline HTML that runs until an end marker: micromark scans to the end of the paragraph when it is missing. */
interface UntilMarker {
  readonly open: RegExp;
  readonly end: string;
  /** The end marker counts from this many characters after the opener's `<` (`<!-->` is a whole comment). */
  readonly minEnd: number;
}

const UNTIL_MARKERS: readonly UntilMarker[] = [
  { open: /<!--/y, end: '-->', minEnd: 2 },
  { open: /<\?/y, end: '?>', minEnd: 2 },
  { open: /<!\[CDATA\[/y, end: ']]>', minEnd: 9 },
  { open: /<![A-Za-z]/y, end: '>', minEnd: 3 },
];

/** Openers of one kind that may share an end marker in one block; no plan needs more to be parsed as written. */
const MAX_OPENERS_PER_END = 8;
/**
 * Emphasis runs (of `*` or `_`) in one paragraph (counted from the last list item or block break), and
 * in one stretch between block breaks: a tight list of a thousand goals with bold field labels stays
 * below the second, and lines that only look like list items cannot make a paragraph grow unbounded.
 */
const MAX_EMPHASIS_RUNS = 400;
const MAX_EMPHASIS_RUNS_PER_BLOCK = 10_000;

/** Indentation, blockquote marks and list markers: HTML after them may open a block. */
const LINE_PREFIX = /(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t\r\n]|$)))*[ \t]*/y;
/** Lines that end any paragraph before them: blank, ATX heading, bullet or "1." item, code fence. */
const BLOCK_BREAK = /[ \t]*(?:[\r\n]|$)| {0,3}(?:#{1,6}(?:[ \t\r\n]|$)|[-+*][ \t]+[^ \t\r\n]|1[.)][ \t]+[^ \t\r\n]|`{3,}[^`\r\n]*(?:[\r\n]|$)|~{3,})/y;
const ATX_HEADING = / {0,3}#{1,6}(?:[ \t\r\n]|$)/y;
/** A line that starts a list item at any depth: emphasis never spans into it from the item before. */
const LIST_ITEM = /[ \t]*(?:>[ \t]*)*(?:[-+*]|\d{1,9}[.)])(?:[ \t\r\n]|$)/y;

/** The characters that get a stand-in: the `<` of an HTML opener, the marks of emphasis runs, and container markers. */
const DEFUSED_CHARS = ['<', '*', '_', '-', '+', '>', '.', ')'];

export interface Defused {
  /** The text to parse: as long as the original, line for line. */
  readonly text: string;
  /** Puts the original characters back into the strings of a tree parsed from `text`, in place. */
  restore<T extends Nodes>(tree: T): T;
}

/** `stand` (from sharedStandIns) lets parts of one text be defused on their own, with the stand-ins the whole would get. */
export function defuseOpeners(markdown: string, stand?: readonly string[]): Defused {
  const defused = [...findDefused(markdown), ...deepContainerMarkers(markdown)];
  if (defused.length === 0) return { text: markdown, restore: (tree) => tree };
  stand ??= standIns(markdown);
  if (!stand) return { text: markdown, restore: (tree) => tree };
  const standFor = new Map(DEFUSED_CHARS.map((c, i) => [c, stand[i]]));
  const back = new Map(DEFUSED_CHARS.map((c, i) => [stand[i], c]));
  const chars = markdown.split('');
  for (const at of defused) chars[at] = standFor.get(markdown[at])!;
  const anyStand = new RegExp(`[${stand.join('')}]`, 'g');
  const put = (s: string): string => s.replace(anyStand, (c) => back.get(c)!);
  return { text: chars.join(''), restore: (tree) => restoreStrings(tree, put) };
}

/**
 * The stand-ins of a text that holds none of their range: the same for every part of it, so its blocks can be
 * defused one part at a time (the bounds never cross a line that starts a block).
 */
export function sharedStandIns(text: string): readonly string[] | undefined {
  return STAND_IN_RANGE.test(text) ? undefined : FIRST_STAND_INS;
}

/** Whether the line at `at` ends any block before it, so what comes before is defused the same on its own. */
export function startsBlock(text: string, at: number): boolean {
  return matches(BLOCK_BREAK, text, at);
}

/** Offsets of the characters to stand in for. */
function findDefused(text: string): number[] {
  const out: number[] = [];
  // Per kind: openers inside a line, and openers at the start of a line's content, which may open an HTML
  // block; a block runs until a line with its end marker, so one without it may hold the rest of the plan.
  const pending = UNTIL_MARKERS.map(() => ({ inline: [] as number[], lineStart: [] as number[] }));
  let runs = 0;
  let blockRuns = 0;
  const endBlock = (): void => {
    for (const openers of pending) {
      // No end marker before the block ends: an opener inside a line can never close.
      for (const p of openers.inline) out.push(p);
      // Only the first may open an HTML block (which then holds the rest of the block); one scan is the most kept.
      for (const p of openers.lineStart.slice(1)) out.push(p);
      openers.inline = [];
      openers.lineStart = [];
    }
    runs = 0;
    blockRuns = 0;
  };
  // Line facts are looked up only when something is pending: most lines of a plan hold no opener.
  const busy = (): boolean => runs > 0 || pending.some((openers) => openers.inline.length > 0 || openers.lineStart.length > 0);
  let lineStart = 0;
  let contentStart = -1;
  const startLine = (start: number): void => {
    lineStart = start;
    contentStart = -1;
    if (busy() && matches(BLOCK_BREAK, text, start)) endBlock();
    else if (runs > 0 && matches(LIST_ITEM, text, start)) runs = 0;
  };
  const endLine = (): void => {
    if (busy() && matches(ATX_HEADING, text, lineStart)) endBlock();
  };
  startLine(0);
  // Jumps from one character that may matter to the next: most of a plan is plain words.
  const notable = /[\n\r\\*_<>?\]-]/g;
  for (let m = notable.exec(text); m; m = notable.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n' || c === '\r') {
      endLine();
      notable.lastIndex = c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      startLine(notable.lastIndex);
    } else if (c === '\\') {
      if (isAsciiPunctuation(text.charCodeAt(i + 1))) notable.lastIndex = i + 2;
    } else if (c === '*' || c === '_') {
      let end = i + 1;
      while (text[end] === c) end++;
      notable.lastIndex = end;
      // A bullet marker is structure, not emphasis: it is never counted or defused.
      if (c === '*' && i < (contentStart < 0 ? (contentStart = prefixEnd(text, lineStart)) : contentStart)) continue;
      blockRuns++;
      if (++runs > MAX_EMPHASIS_RUNS || blockRuns > MAX_EMPHASIS_RUNS_PER_BLOCK) for (let k = i; k < end; k++) out.push(k);
    } else if (c === '<' || busy()) {
      if (c === '<' && contentStart < 0) contentStart = prefixEnd(text, lineStart);
      UNTIL_MARKERS.forEach((kind, k) => {
        const openers = pending[k];
        if (c === kind.end[0] && text.startsWith(kind.end, i)) {
          // Openers far enough before this marker may close at it; the first that can wins, so more are only cost.
          openers.inline = closeAt(openers.inline, i - kind.minEnd, out);
          openers.lineStart = closeAt(openers.lineStart, i - kind.minEnd, out);
        }
        if (c === '<' && matches(kind.open, text, i)) (i === contentStart ? openers.lineStart : openers.inline).push(i);
      });
    }
  }
  endLine();
  endBlock();
  return out;
}

/** Closes the openers up to `last` at one end marker: the first few are kept, the rest defused. Returns those left open. */
function closeAt(openers: number[], last: number, out: number[]): number[] {
  if (openers.length === 0) return openers;
  const closing = openers.filter((p) => p <= last);
  for (const p of closing.slice(MAX_OPENERS_PER_END)) out.push(p);
  return closing.length === openers.length ? [] : openers.filter((p) => p > last);
}

/** Where a line's content starts after indentation, blockquote marks and list markers. */
function prefixEnd(text: string, lineStart: number): number {
  LINE_PREFIX.lastIndex = lineStart;
  LINE_PREFIX.test(text);
  return LINE_PREFIX.lastIndex;
}

function matches(sticky: RegExp, text: string, index: number): boolean {
  sticky.lastIndex = index;
  return sticky.test(text);
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

/**
 * Stand-ins that the text does not hold, so each one in the tree came from the substitution. They are
 * punctuation or symbols, as `<`, `*` and `_` are, so emphasis next to them flanks as it did.
 */
function standIns(text: string): readonly string[] | undefined {
  const used = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= STAND_IN_FROM && c < STAND_IN_TO) used.add(c);
  }
  const out: string[] = [];
  for (let c = STAND_IN_FROM; c < STAND_IN_TO && out.length < DEFUSED_CHARS.length; c++) {
    const s = String.fromCharCode(c);
    if (!used.has(c) && /[\p{P}\p{S}]/u.test(s)) out.push(s);
  }
  return out.length === DEFUSED_CHARS.length ? out : undefined;
}

/** Supplemental Punctuation and Miscellaneous Symbols and Arrows: rare in prose. */
const STAND_IN_FROM = 0x2b00;
const STAND_IN_TO = 0x2e80;
const STAND_IN_RANGE = /[\u2b00-\u2e7f]/;
const FIRST_STAND_INS = standIns('')!;

function restoreStrings<T extends Nodes>(tree: T, put: (s: string) => string): T {
  const walk = (node: Nodes): void => {
    const fields = node as unknown as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      const value = fields[key];
      if (typeof value === 'string' && key !== 'type') fields[key] = put(value);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return tree;
}
