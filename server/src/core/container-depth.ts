// Block quotes and list items nest without limit in CommonMark, and remark's parser pays for every open
// container on every line after: a thousand nested items over a thousand lines take it minutes, and one
// line of twenty thousand `- ` never ends. The tree it builds is as deep, so every walk over it would
// overflow the stack. Past MAX_CONTAINER_DEPTH, the marker that would open one more container is found
// here, so that defuse-openers.ts can give it a stand-in: the rest of the line is then text of the
// innermost container, as it would be written in it.
//
// Depth is estimated line by line, never below what remark sees: markers at the start of the line, plus
// the list items that earlier lines left open at no more indentation. Lines that could continue a
// paragraph lazily close nothing; an ATX heading closes everything.

/** Containers (block quotes and list items) one inside another; no plan needs more than a few. */
export const MAX_CONTAINER_DEPTH = 16;

const LINE_END = /\r\n?|\n/g;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** Offsets of the markers (`-`, `+`, `*`, `>`, or the `.` or `)` after a number) that would open a container too deep. */
export function deepContainerMarkers(text: string): number[] {
  const out: number[] = [];
  // Per number of quote marks the line starts with: the content columns of the list items open in them.
  const open: number[][] = [];
  let afterBlank = false;
  for (let start = 0; start <= text.length; ) {
    LINE_END.lastIndex = start;
    const m = LINE_END.exec(text);
    const end = m ? m.index : text.length;
    afterBlank = scanLine(text, start, end, open, afterBlank, out);
    if (!m) break;
    start = end + m[0].length;
  }
  return out;
}

/** Scans one line's container prefix; returns whether the line is blank. */
function scanLine(text: string, start: number, end: number, open: number[][], afterBlank: boolean, out: number[]): boolean {
  let i = start;
  let column = 0;
  const skipSpaces = (): void => {
    for (; i < end && (text[i] === ' ' || text[i] === '\t'); i++) column += text[i] === '\t' ? 4 - (column % 4) : 1;
  };
  skipSpaces();
  if (i === end) return true;
  if (column < 4 && ATX_HEADING.test(text.slice(i, Math.min(end, i + 8)))) {
    open.length = 0;
    return false;
  }
  let depth = 0;
  let quotes = 0;
  let base = 0;
  /** The open items this line continues, once its quote marks are read; none after a list marker's quote. */
  let items: number[] | undefined;
  let inherited = false;
  for (;;) {
    if (!inherited && text[i] !== '>') {
      inherited = true;
      items = open[quotes] ??= [];
      const indent = column - base;
      const marker = markerEnd(text, i, end) > 0;
      // A line that may continue a paragraph lazily leaves the items open; a marker or a blank line before closes them.
      if (marker || afterBlank) while (items.length > 0 && items[items.length - 1] > indent) items.pop();
      depth += items.length;
    }
    const c = text[i];
    const markerAt = c === '>' ? i + 1 : markerEnd(text, i, end);
    if (markerAt <= 0) break;
    if (depth >= MAX_CONTAINER_DEPTH) {
      out.push(markerAt - 1);
      break;
    }
    depth++;
    column += markerAt - i;
    i = markerAt;
    if (c === '>') {
      if (!inherited) quotes++;
      else items = undefined;
      // One space after `>` belongs to the mark.
      if (text[i] === ' ') {
        i++;
        column++;
      }
      base = column;
      skipSpaces();
    } else {
      const before = column;
      skipSpaces();
      // Content starts after at most four spaces; more make it indented code, one space in.
      const content = i === end || column - before > 4 ? before + 1 : column;
      items?.push(content - base);
    }
    if (i === end) break;
  }
  return false;
}

/** The offset just past a list marker at `i` (`-`, `+`, `*`, or up to nine digits and `.` or `)`), or 0. */
function markerEnd(text: string, i: number, end: number): number {
  let j = i;
  const c = text[i];
  if (c === '-' || c === '+' || c === '*') j++;
  else {
    while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j === i || (text[j] !== '.' && text[j] !== ')')) return 0;
    j++;
  }
  return j === end || text[j] === ' ' || text[j] === '\t' ? j : 0;
}
