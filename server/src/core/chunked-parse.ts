// Incremental markdown parsing for long plans: the text is cut at top-level ATX headings (levels 1-3),
// each chunk is parsed on its own and cached by its text, and the chunk trees are joined into one mdast
// Root with document positions. An edit re-parses only the chunk it touched; the tree equals what one
// parse of the whole text gives (test/unit/chunked-parse.test.ts checks that over random edits).

import type { Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { defuseOpeners, sharedStandIns, startsBlock } from './defuse-openers';
import { headingNode, headingOnlyChunks, type BodyPolicy, type HeadingLine } from './heading-only';
import { runSteps, type Steps } from './steps';
import { LineIndex } from './text';
import { clearTextMemos } from './text-memo';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Cached chunk inputs are bounded by their total length: a 1 MB plan's trees take about 18 MB. */
const MAX_CACHED_CHARS = 2_000_000;
/**
 * The most text parsed in one step. A stretch without a heading is cut at the next line start past this,
 * and a longer line inside itself: remark takes up to a second per 64 KB of the worst shapes, which
 * would hold up every other request. Plans rarely hold more between two headings.
 */
const MAX_CHUNK_CHARS = 64 * 1024;
/** Smaller documents re-parse in a few milliseconds; caching them (10,000 plans indexed) would only evict long ones. */
const CACHE_FROM_CHARS = 64 * 1024;
/** Uncached chunks are parsed together up to this length; remark's time per character grows beyond it. */
const RUN_CHARS = 8 * 1024;

/** Trees kept of one chunk text: a plan may repeat a goal heading a few times, never thousands. */
const MAX_COPIES = 8;

interface Chunk {
  readonly start: number;
  /** 0-based line of the chunk's first character. */
  readonly line: number;
  /** Front matter must be parsed at the start of its input, with nothing put before it. */
  readonly frontMatter: boolean;
}

interface Entry {
  readonly input: string;
  /** The stand-ins the chunk was defused with before its parse (the tree has the original characters back). */
  readonly stand?: readonly string[];
  /** Only the heading line's node was built: the rest of the chunk needs no tree (see heading-only.ts). */
  readonly headingOnly: boolean;
  /** How the parsed chunk text ends: with every block closed, in an HTML block that a blank line ends, or open. */
  readonly end: 'closed' | 'until-blank' | 'open';
  /** Top-level nodes of the chunk itself (not of the definitions put before it). */
  readonly nodes: RootContent[];
  /** Labels of link reference definitions in the chunk, as written. */
  readonly definitions: readonly string[];
  readonly prefixLength: number;
  readonly prefixLines: number;
  /** The shift currently applied to the nodes' positions. */
  offset: number;
  line: number;
  /**
   * The parse whose tree holds the entry until it is released: a chunk text twice in one document needs
   * two trees, and a parse paused between steps must not have its nodes moved by another.
   */
  lease?: object;
}

/** Chunk input → its trees; more than one when a document holds the same chunk text more than once. */
const cache = new Map<string, Entry[]>();
let cachedChars = 0;

/** Forgets every parse and wording result kept across checks: the next check is as cold as the first. */
export function clearChunkCache(): void {
  clearTextMemos();
  cache.clear();
  cachedChars = 0;
}

export interface ChunkOptions {
  /**
   * Cache the chunk trees whatever the document's length (for documents open in an editor, where every
   * keystroke re-parses); by default only documents of 64 KB and more are cached.
   */
  readonly cache?: boolean;
  /**
   * Chunks whose bodies need no tree, decided per parse: only their heading's node is built. The tree
   * then lacks those bodies; every heading, comment and definition is still in it.
   */
  readonly bodies?: () => BodyPolicy;
}

/** A tree whose nodes are held from other parses until `release`; read it before releasing. */
export interface LeasedTree {
  readonly tree: Root;
  /** Whether the nodes came from (or went into) the cache: only then can a later parse hand them out again. */
  readonly cached: boolean;
  release(): void;
}

/**
 * Parses like `unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text)`, reusing the
 * trees of unchanged chunks. The returned tree shares nodes with the cache: read it before the next call.
 */
export function parseChunked(text: string, options: ChunkOptions = {}): Root {
  const { tree, release } = runSteps(parseChunkedSteps(text, options));
  release();
  return tree;
}

/** What a parse has found already: where the lines of the text (BOM left out) start. */
export interface Prepared {
  readonly lineStarts?: readonly number[];
}

/**
 * The chunked parse as steps: it yields after each chunk, so a caller can serve other work in between.
 * Openers that can never close are defused before remark sees them (see defuse-openers.ts), and the
 * tree has the original characters back.
 */
export function* parseChunkedSteps(text: string, options: ChunkOptions = {}, prepared: Prepared = {}): Steps<LeasedTree> {
  // remark drops a leading BOM and counts offsets without it; so do we.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new Lines(source, prepared.lineStarts ?? new LineIndex(source).lineStarts);
  const chunks = chunksOf(lines);
  // An opening front-matter fence without its close changes how the text after it parses: parse it whole.
  if (!chunks[0].frontMatter && FRONT_MATTER_FENCE.test(source.slice(0, source.search(/\r|\n|$/)))) {
    const whole = defuseOpeners(source);
    return { tree: whole.restore(processor.parse(whole.text)), cached: false, release: () => undefined };
  }
  const caching = options.cache === true || source.length >= CACHE_FROM_CHARS;
  // Each chunk is defused on its own, only when it is parsed, when that defuses as the whole text would:
  // the stand-ins are the same for every chunk, and the front matter leaves no opener to the text after it.
  const stand = !chunks[0].frontMatter || chunks.length < 2 || startsBlock(source, chunks[1].start) ? sharedStandIns(source) : undefined;
  const tree = stand ? yield* chunkTrees(source, lines, chunks, caching, stand, options.bodies?.()) : undefined;
  if (tree) return tree;
  const whole = defuseOpeners(source);
  const leased = (yield* chunkTrees(whole.text, lines, chunksOf(new Lines(whole.text, lines.starts)), caching))!;
  return { ...leased, tree: whole.restore(leased.tree) };
}

/**
 * Parses the chunks, from the cache where it can. With `stand`, each chunk is defused before its parse;
 * undefined when a defused chunk leaves a block open that the text as written closes before the next chunk,
 * so the chunks were cut where the defused text may not be cut.
 */
function* chunkTrees(source: string, lines: Lines, cuts: readonly Chunk[], caching: boolean, stand?: readonly string[], bodies?: BodyPolicy): Steps<LeasedTree | undefined> {
  const heads = bodies ? headingOnlyChunks(slicesOf(source, cuts), cuts.map((c) => c.frontMatter), bodies, caching) : [];
  // Uncached, a run of chunks that all need a tree is parsed at once, up to a length where remark slows
  // down: every parse has a setup cost of its own, which a small plan's sections would pay over and over.
  const chunks: Chunk[] = [];
  const chunkHeads: (HeadingLine | undefined)[] = [];
  cuts.forEach((c, i) => {
    const last = chunks.length - 1;
    const joins = !caching && last >= 0 && !chunks[last].frontMatter && !chunkHeads[last] && !heads[i];
    if (joins && (i + 1 < cuts.length ? cuts[i + 1].start : source.length) - chunks[last].start <= RUN_CHARS) return;
    chunks.push(c);
    chunkHeads.push(heads[i]);
  });
  const slices = slicesOf(source, chunks);
  const lease = {};
  const taken: Entry[] = [];
  const release = (): void => {
    for (const e of taken) if (e.lease === lease) e.lease = undefined;
  };
  let finished = false;
  try {
    const plain: Entry[] = [];
    for (const [i, slice] of slices.entries()) {
      plain.push(entry(slice, '', chunks[i].frontMatter, caching, lease, stand, chunkHeads[i]));
      taken.push(plain[i]);
      yield;
    }
    const cutsHold = plain.every((e, i) => i + 1 === chunks.length || e.end === 'closed' || (e.end === 'until-blank' && !lines.line(chunks[i + 1].line).trim()));
    if (!cutsHold) return undefined;
    // A reference like [aim][] is a link only when its label is defined somewhere in the document, so a
    // chunk that may hold references is parsed with every definition of the document put before it.
    const labels = [...new Set(plain.flatMap((e) => e.definitions))].sort();
    const prefix = labels.length > 0 ? `${labels.map((l) => `[${l}]: #`).join('\n')}\n\n` : '';
    const used: Entry[] = [];
    for (const [i, slice] of slices.entries()) {
      if (prefix && !chunks[i].frontMatter && !plain[i].headingOnly && slice.includes('[')) {
        // The plain tree is not used: free it for other parses.
        plain[i].lease = undefined;
        used.push(entry(slice, prefix, false, caching, lease, stand));
        taken.push(used[i]);
        yield;
      } else {
        used.push(plain[i]);
      }
    }
    const children: RootContent[] = [];
    used.forEach((e, i) => {
      place(e, chunks[i]);
      children.push(...e.nodes);
    });
    finished = true;
    return { tree: { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(source, lines) } }, cached: caching, release };
  } finally {
    // A parse abandoned between steps, or cut where it may not be, gives its trees back.
    if (!finished) release();
  }
}

function slicesOf(source: string, chunks: readonly Chunk[]): string[] {
  return chunks.map((c, i) => source.slice(c.start, i + 1 < chunks.length ? chunks[i + 1].start : source.length));
}

function entry(slice: string, prefix: string, frontMatter: boolean, caching: boolean, lease: object, stand?: readonly string[], head?: HeadingLine): Entry {
  const input = prefix + slice;
  if (!caching) return parseEntry(input, prefix.length, frontMatter, stand, head);
  const trees = cache.get(input) ?? [];
  // Most recently used last, so eviction takes the oldest.
  cache.delete(input);
  cache.set(input, trees);
  let found = trees.find((e) => !e.lease && e.stand === stand && e.headingOnly === (head !== undefined));
  // A chunk text repeated thousands of times in one document would make this search quadratic: past a few
  // copies, the rest are parsed without being kept.
  if (!found && trees.length >= MAX_COPIES) return parseEntry(input, prefix.length, frontMatter, stand, head);
  if (!found) {
    found = parseEntry(input, prefix.length, frontMatter, stand, head);
    trees.push(found);
    cachedChars += input.length;
    for (const [key, old] of cache) {
      if (cachedChars <= MAX_CACHED_CHARS || key === input) break;
      cache.delete(key);
      cachedChars -= old.length * key.length;
    }
  }
  found.lease = lease;
  return found;
}

/** Parses a chunk's input; with `head`, builds only its heading's node (the body then holds no block that stays open). */
function parseEntry(input: string, prefixLength: number, frontMatter: boolean, stand?: readonly string[], head?: HeadingLine): Entry {
  if (head) return { input, stand, headingOnly: true, end: 'closed', nodes: [headingNode(head)], definitions: [], prefixLength: 0, prefixLines: 0, offset: 0, line: 0 };
  // Front matter is taken as written whatever it holds: defusing it changes nothing in its tree.
  const defused = stand && !frontMatter ? defuseOpeners(input.slice(prefixLength), stand) : undefined;
  const tree = processor.parse(defused ? input.slice(0, prefixLength) + defused.text : input);
  const nodes = tree.children.filter((n) => (n.position?.start.offset ?? 0) >= prefixLength);
  // Labels keep their stand-ins, as the whole defused text would give them, so references match alike.
  const definitions = frontMatter ? [] : definitionLabels(tree, prefixLength);
  if (defused) for (const node of nodes) defused.restore(node);
  return {
    input,
    stand,
    headingOnly: false,
    end: defused ? endOf(defused.text) : 'closed',
    nodes,
    definitions,
    prefixLength,
    prefixLines: prefixLength ? input.slice(0, prefixLength).split('\n').length - 1 : 0,
    offset: 0,
    line: 0,
  };
}

/** Shifts an entry's positions to where its chunk stands in the document (in place: only when it moved). */
function place(e: Entry, chunk: Chunk): void {
  const offset = chunk.start - e.prefixLength;
  const line = chunk.line - e.prefixLines;
  if (offset === e.offset && line === e.line) return;
  const dOffset = offset - e.offset;
  const dLine = line - e.line;
  const walk = (node: Nodes): void => {
    const p = node.position;
    if (p) {
      if (p.start.offset !== undefined) p.start.offset += dOffset;
      if (p.end.offset !== undefined) p.end.offset += dOffset;
      p.start.line += dLine;
      p.end.line += dLine;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  for (const node of e.nodes) walk(node);
  e.offset = offset;
  e.line = line;
}

function definitionLabels(tree: Root, from: number): string[] {
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'definition' && (node.position?.start.offset ?? 0) >= from) out.push(node.label ?? node.identifier);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return out;
}

const ATX_SPLIT = /^#{1,3}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;
/** HTML blocks that run until an end marker (CommonMark types 1 to 5), in the order CommonMark tries them. */
const HTML_UNTIL: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** Other HTML blocks (types 6 and 7) run until a blank line; treating every tag line so only ever splits less. */
const HTML_UNTIL_BLANK = /^ {0,3}<\/?[A-Za-z]/;

/** '#', ' ', '`', '~', '<'. */
const MAY_MATTER = new Set([35, 32, 96, 126, 60]);

type State = { kind: 'normal' } | { kind: 'fence'; char: string; length: number } | { kind: 'html'; end: RegExp } | { kind: 'html-blank' };

/** Chunk starts: after the front matter, and before every ATX heading of level 1-3 at column 0 outside code and HTML. */
export function splitChunks(text: string): Chunk[] {
  return chunksOf(new Lines(text, new LineIndex(text).lineStarts));
}

/** Lines as remark counts them (\r\n, \r and \n each end one), from a line-start table built once per text. */
class Lines {
  constructor(
    readonly text: string,
    readonly starts: readonly number[],
  ) {}

  get length(): number {
    return this.starts.length;
  }

  start(line: number): number {
    return this.starts[line];
  }

  /** The line without its line break. */
  line(line: number): string {
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(this.starts[line], end);
  }
}

/** The root's end position, from the line starts already found (a second pass over 1 MB costs a few milliseconds). */
function endPoint(text: string, lines: Lines): { line: number; column: number; offset: number } {
  return { line: lines.length, column: text.length - lines.start(lines.length - 1) + 1, offset: text.length };
}

function chunksOf(lines: Lines): Chunk[] {
  const text = lines.text;
  const chunks: Chunk[] = [{ start: 0, line: 0, frontMatter: false }];
  let first = 0;
  if (lines.length > 1 && FRONT_MATTER_FENCE.test(lines.line(0))) {
    let close = 1;
    while (close < lines.length && !FRONT_MATTER_FENCE.test(lines.line(close))) close++;
    if (close < lines.length) {
      chunks[0] = { start: 0, line: 0, frontMatter: true };
      first = close + 1;
      if (first < lines.length && lines.start(first) < text.length) chunks.push({ start: lines.start(first), line: first, frontMatter: false });
    }
  }
  let state: State = { kind: 'normal' };
  const cut = (start: number, line: number): void => void chunks.push({ start, line, frontMatter: false });
  for (let i = first; i < lines.length; i++) {
    const normal: boolean = state.kind === 'normal';
    // Most lines are prose or list items: only these first characters can start a cut, a fence or HTML.
    const next: State | 'heading' = normal && !MAY_MATTER.has(text.charCodeAt(lines.start(i))) ? state : advance(state, lines.line(i));
    const last = chunks[chunks.length - 1];
    if (next !== 'heading') {
      if (normal && lines.start(i) - last.start >= MAX_CHUNK_CHARS && i > last.line) cut(lines.start(i), i);
    } else {
      // Blank lines before the heading open the next chunk: a construct left open in a list item then
      // ends where the heading would end it, not at the end of the chunk's input.
      const floor = Math.max(first, last.line);
      let s = i;
      while (s - 1 > floor && !lines.line(s - 1).trim()) s--;
      if (s > floor) cut(lines.start(s), s);
    }
    if (normal && (next === 'heading' || next.kind === 'normal')) {
      for (const at of lineCuts(text, lines.start(i), i + 1 < lines.length ? lines.start(i + 1) : text.length)) cut(at, i);
    }
    if (next !== 'heading') state = next;
  }
  return chunks;
}

/**
 * Cuts inside a line too long to parse in one slice: before a letter, which starts no block, so each
 * piece after the first is a paragraph of its own. Constructs across a cut (a link, emphasis) are lost.
 */
function lineCuts(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  const letter = /[A-Za-z]/g;
  for (let from = start + MAX_CHUNK_CHARS; from < end - 1; from = out[out.length - 1] + MAX_CHUNK_CHARS) {
    letter.lastIndex = from;
    const m = letter.exec(text);
    if (!m || m.index >= end - 1) break;
    out.push(m.index);
  }
  return out;
}

/** How a chunk's text ends, starting outside any block (as every chunk but the front matter does). */
function endOf(text: string): Entry['end'] {
  const lines = new Lines(text, new LineIndex(text).lineStarts);
  let state: State = { kind: 'normal' };
  for (let i = 0; i < lines.length; i++) {
    const next = advance(state, lines.line(i));
    if (next !== 'heading') state = next;
  }
  return state.kind === 'normal' ? 'closed' : state.kind === 'html-blank' ? 'until-blank' : 'open';
}

/** The block state after a line, or 'heading' for a level 1-3 heading outside any block, where a chunk may start. */
function advance(state: State, line: string): State | 'heading' {
  if (state.kind === 'fence') {
    const close = FENCE.exec(line);
    return close && close[1][0] === state.char && close[1].length >= state.length && !close[2].trim() ? { kind: 'normal' } : state;
  }
  if (state.kind === 'html') return state.end.test(line) ? { kind: 'normal' } : state;
  if (state.kind === 'html-blank') return line.trim() ? state : { kind: 'normal' };
  if (ATX_SPLIT.test(line)) return 'heading';
  const fence = FENCE.exec(line);
  if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) return { kind: 'fence', char: fence[1][0], length: fence[1].length };
  const html = HTML_UNTIL.find(([open]) => open.test(line));
  if (html) {
    const opened = html[0].exec(line)!;
    return html[1].test(line.slice(opened[0].length)) ? state : { kind: 'html', end: html[1] };
  }
  return HTML_UNTIL_BLANK.test(line) ? { kind: 'html-blank' } : state;
}
