// Front-matter mistakes in a mentor's words, on the line where the mistake is. The YAML library says
// what its grammar expected, often at the spot where it gave up (the end of an unclosed quote, the
// line after a bad indent); mentors need what to change and where.

import type { FrontMatter } from './model';
import type { LineIndex } from './text';

interface Explained {
  readonly message: string;
  /** Offset in the YAML text of the line to point at. */
  readonly pos: number;
}

const lineStartAt = (yaml: string, pos: number): number => yaml.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
const lineEndAt = (yaml: string, pos: number): number => {
  const end = yaml.indexOf('\n', pos);
  return end < 0 ? yaml.length : end;
};
const nextLineStart = (yaml: string, pos: number): number => Math.min(yaml.length, lineEndAt(yaml, pos) + 1);

/** The start of the last line at or before `pos` on which `open` is not closed again. */
function openedAt(yaml: string, pos: number, open: string, close: string): number {
  const lines = yaml.slice(0, pos).split('\n');
  let offset = yaml.slice(0, pos).length;
  for (let i = lines.length - 1; i >= 0; i--) {
    offset -= lines[i].length + (i < lines.length - 1 ? 1 : 0);
    const opens = lines[i].split(open).length - 1;
    const closes = open === close ? 0 : lines[i].split(close).length - 1;
    if ((open === close && opens % 2 === 1) || (open !== close && opens > closes)) return offset;
  }
  return lineStartAt(yaml, pos);
}

/** Plain words for the YAML library's first error, and the line it belongs to. */
export function explainYamlError(yaml: string, message: string, pos: number): Explained {
  const at = lineStartAt(yaml, pos);
  const line = yaml.slice(at, lineEndAt(yaml, at)).replace(/\r$/, '');
  if (/^Nested mappings are not allowed in compact mappings/.test(message)) {
    // `key: value: more` on one line, or the next line indented as if it belonged to this one.
    if (/:\s.*:\s/.test(line) || /:\s.*:$/.test(line)) return { message: `a value containing ": " needs quotes, such as title: "Plan: spring"`, pos: at };
    return { message: 'this line starts further in than the one above; start each detail at the same column', pos: nextLineStart(yaml, at) };
  }
  const noColon = /^Implicit keys need to be on a single line/.test(message) && !/:(?:\s|$)/.test(line);
  if (noColon || /^Implicit map keys need to be followed by map values/.test(message)) return { message: 'each line needs a name, a colon and a value, such as mentee: Priya', pos: at };
  if (/^Map keys must be unique/.test(message)) return { message: `${JSON.stringify(/^\s*([^:]+):/.exec(line)?.[1]?.trim() ?? line.trim())} is given twice; keep one`, pos: at };
  if (/^Tabs are not allowed as indentation/.test(message)) return { message: 'a tab starts this line; use spaces', pos: at };
  if (/^Missing closing "quote/.test(message)) return { message: 'a value opens a double quote (") and never closes it', pos: openedAt(yaml, pos, '"', '"') };
  if (/^Missing closing 'quote/.test(message)) return { message: "a value opens a single quote (') and never closes it", pos: openedAt(yaml, pos, "'", "'") };
  if (/^Flow sequence .* end with a \]/.test(message)) return { message: 'a list opened with [ is not closed with ] on the same line', pos: openedAt(yaml, pos, '[', ']') };
  if (/^Flow map .* end with a \}/.test(message)) return { message: 'a value opened with { is not closed with } on the same line', pos: openedAt(yaml, pos, '{', '}') };
  const reserved = /^Plain value cannot start with reserved character (.)/.exec(message);
  if (reserved) return { message: `a value starting with ${reserved[1]} needs quotes, such as mentee: "${reserved[1]}priya"`, pos: at };
  if (/^All mapping items must start at the same column/.test(message)) return { message: 'this line does not start at the same column as the others', pos: at };
  return { message, pos };
}

const OPENING = /^---[ \t]*\r?$/;

/**
 * A document whose first line is `---` but no closing `---` follows: markdown reads it as a rule and
 * text, so it is front matter in the mentor's mind only. Its details run to the first blank line or heading.
 */
export function unclosedFrontMatter(text: string, lines: LineIndex, base: number): FrontMatter | undefined {
  const first = lines.lineOf(base);
  if (!OPENING.test(lines.lineText(first))) return undefined;
  let last = first;
  while (last + 1 < lines.lineCount && /^\s*[^\s#]/.test(lines.lineText(last + 1))) last++;
  // A rule with no details under it is a rule.
  if (last === first) return undefined;
  const start = lines.lineStart(first);
  const end = lines.lineStart(last) + lines.lineText(last).length;
  return {
    raw: text.slice(lines.lineStart(first + 1), end),
    span: { start, end },
    data: {},
    error: { message: 'its closing "---" line is missing; add one below the last detail', span: { start, end: start + lines.lineText(first).trimEnd().length } },
  };
}
