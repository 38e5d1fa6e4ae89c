// The plan-aware part of the lazy parse: most of a long plan is its session log and notes, which the
// plan reads only as far as their headings. A chunk of the chunked parse whose heading line is plain
// text and whose body holds nothing the plan model takes from a tree (no heading, control comment or
// link definition can start in it) gets its heading node built from the line; its body is only scanned.

import type { Heading } from 'mdast';
import { sectionKind, type SectionKind } from '../data/sections';
import { TextMemo } from './text-memo';

/** What a scan finds at the start of a chunk, before any parse. */
export interface ChunkHead {
  /** Depth of the ATX heading the chunk starts with (after blank lines); undefined when it starts otherwise. */
  readonly depth?: number;
  /** The heading's text when its line is plain (no markup, so the text is the line's); undefined otherwise. */
  readonly text?: string;
  /** Whether a later line of the chunk may be a top-level heading of depth 1 or 2 (a section boundary). */
  readonly mayOpenSection: boolean;
}

/** Told of every chunk in document order; says which may go without a tree of their bodies. */
export interface BodyPolicy {
  skips(head: ChunkHead): boolean;
}

/** Sections whose bodies the plan builder reads: purposes' summaries, exploration answers, goals. */
const READ_SECTIONS: ReadonlySet<SectionKind> = new Set(['purpose', 'exploration', 'goals']);

/**
 * Level-3 sections in a session log, in a section the plan does not know, or before any level-2
 * heading skip their bodies: the builder takes nothing from there but headings, comments and definitions.
 * A section heading that is not plain text, or one that may start inside a chunk, counts as read.
 */
export function unreadSections(): BodyPolicy {
  let read = false;
  return {
    skips({ depth, text, mayOpenSection }) {
      let skip = false;
      // The builder finds sections among top-level headings of depth 1 and 2; only depth 2 names one.
      if (depth !== undefined && depth <= 2) read = depth === 2 && (text === undefined || READ_SECTIONS.has(sectionKind(text)!));
      else skip = depth === 3 && !read;
      if (mayOpenSection) read = true;
      return skip;
    },
  };
}

/** A chunk's leading heading line, in the chunk's own offsets. */
export interface HeadingLine {
  readonly depth: number;
  /** Offset of the line, and its 1-based line number in the chunk. */
  readonly start: number;
  readonly line: number;
  /** End of the line without its break. */
  readonly end: number;
  readonly text: string;
  readonly textStart: number;
}

/**
 * Blank lines, then an ATX heading whose content has no character markdown could read as markup. The
 * content is one greedy class to the line's end, so a long line is matched in linear time.
 */
const PLAIN_HEADING = /^((?:[ \t]*(?:\r\n?|\n))*)(#{1,6})(?=[ \r\n]|$)([^\\`*_[\]<>!&~#\t\0\r\n]*)(?=\r|\n|$)/;
const ANY_HEADING = /^(?:[ \t]*(?:\r\n?|\n))*(#{1,6})(?:[ \t\r\n]|$)/;
const LINE_BREAK = /\r\n?|\n/g;
/** A line that may be a top-level ATX heading of depth 1-2 or a setext underline. */
const SECTION_LINE = /(?:^|[\r\n]) {0,3}(?:##?(?:[ \t\r\n]|$)|(?:=+|-+)[ \t]*(?=[\r\n]|$))/;
/**
 * What could make a tree of the body matter: '<' (a comment or other HTML), ']:' (a link definition),
 * a line that may be an ATX heading or a setext underline (in any container), or a code fence (which
 * decides where the next chunk may be cut). Every class stops at a line break, so the scan is linear.
 */
const BODY_NEEDS_TREE = [/<|\]:/, /(?:^|[\r\n])[ \t>*+.)0-9-]*#/, /(?:^|[\r\n])[ \t>*+.)0-9]*[=-][ \t>*+.)0-9=-]*(?=[\r\n]|$)/, /(?:^|[\r\n]) {0,3}(?:`{3}|~{3})/];

/** What a chunk's text alone says: its head, and its heading line when that line is plain and the body needs no tree. */
interface ChunkFacts {
  readonly head: ChunkHead;
  readonly headingOnly?: HeadingLine;
}

function chunkFacts(chunk: string): ChunkFacts {
  const any = ANY_HEADING.exec(chunk);
  const plain = any ? PLAIN_HEADING.exec(chunk) : null;
  LINE_BREAK.lastIndex = any ? any[0].length - (/[\r\n]$/.test(any[0]) ? 1 : 0) : 0;
  const breakAfter = any ? LINE_BREAK.exec(chunk) : null;
  const body = chunk.slice(!any ? 0 : breakAfter ? breakAfter.index + breakAfter[0].length : chunk.length);
  // The heading's text is its content without the spaces around it (a loop: a regex would backtrack over long runs).
  const content = plain?.[3] ?? '';
  let from = 0;
  let to = content.length;
  while (from < to && content.charCodeAt(from) === 32) from++;
  while (to > from && content.charCodeAt(to - 1) === 32) to--;
  const head: ChunkHead = { depth: any?.[1].length, text: plain ? content.slice(from, to) : undefined, mayOpenSection: SECTION_LINE.test(body) };
  if (!plain || BODY_NEEDS_TREE.some((pattern) => pattern.test(body))) return { head };
  const start = plain[1].length;
  const headingOnly: HeadingLine = {
    depth: plain[2].length,
    start,
    line: 1 + (plain[1].match(/\r\n?|\n/g)?.length ?? 0),
    end: breakAfter ? breakAfter.index : chunk.length,
    text: content.slice(from, to),
    textStart: start + plain[2].length + from,
  };
  return { head, headingOnly };
}

/** Kept for documents whose chunks are cached: a keystroke in a long plan then scans only the edited chunk. */
const FACTS = new TextMemo(chunkFacts);

/**
 * For each chunk in order, its heading line when the chunk needs no more tree than that heading's:
 * the policy skips it, the line is plain and the body holds nothing the plan reads from a tree.
 */
export function headingOnlyChunks(chunks: readonly string[], frontMatter: readonly boolean[], policy: BodyPolicy, remember: boolean): (HeadingLine | undefined)[] {
  return chunks.map((chunk, i) => {
    if (frontMatter[i]) return undefined;
    const facts = remember ? FACTS.get(chunk) : chunkFacts(chunk);
    return policy.skips(facts.head) ? facts.headingOnly : undefined;
  });
}

/** The node remark gives a plain heading line: it ends where the line ends, its text where the text does. */
export function headingNode(h: HeadingLine): Heading {
  const point = (offset: number): { line: number; column: number; offset: number } => ({ line: h.line, column: offset - h.start + 1, offset });
  const textEnd = h.textStart + h.text.length;
  return {
    type: 'heading',
    depth: h.depth as Heading['depth'],
    children: h.text ? [{ type: 'text', value: h.text, position: { start: point(h.textStart), end: point(textEnd) } }] : [],
    position: { start: point(h.start), end: point(h.end) },
  };
}
