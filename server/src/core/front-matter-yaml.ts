// Reads a plan's front matter as YAML, as data only and within bounds: whatever the text, the answer
// is data or one plain error (an invalid-front-matter finding), never an exception, a stack overflow
// or an expansion without end.

import { parseDocument } from 'yaml';

/** Deeper than any plan's details go; the YAML parser recurses per level. */
export const MAX_FRONT_MATTER_DEPTH = 64;
/** Aliases (`*name`) may stand in for this many nodes in all: far more than a plan uses, far fewer than a "billion laughs". */
const MAX_ALIAS_COUNT = 100;

export interface FrontMatterYaml {
  readonly data: Readonly<Record<string, unknown>>;
  /** `pos`: offset in the YAML text the error points at. */
  readonly error?: { readonly message: string; readonly pos: number };
}

export function readFrontMatterYaml(value: string): FrontMatterYaml {
  const deep = tooDeepAt(value, MAX_FRONT_MATTER_DEPTH);
  if (deep !== undefined) return { data: {}, error: { message: `it is nested more than ${MAX_FRONT_MATTER_DEPTH} levels deep`, pos: deep } };
  try {
    const doc = parseDocument(value, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) return { data: {}, error: { message: doc.errors[0].message.split('\n')[0], pos: doc.errors[0].pos[0] } };
    // Tags such as !!js/function ask for code or types; they are never honoured, so they are refused rather than read as text.
    const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (tag) return { data: {}, error: { message: `the tag ${/Unresolved tag: (\S+)/.exec(tag.message)?.[1]?.replace(/^tag:yaml\.org,2002:/, '!!') ?? 'used'} is not plain YAML; write the value without it`, pos: tag.pos[0] } };
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      return { data: {}, error: { message: 'its aliases (*name) expand into too many copies', pos: 0 } };
    }
    return { data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
  } catch (error) {
    return { data: {}, error: { message: `it could not be read (${error instanceof Error ? error.message : String(error)})`, pos: 0 } };
  }
}

/**
 * Where the nesting first goes deeper than `max`: indentation levels and `- ` entries of the line, plus
 * open flow brackets. Quoted text and comments do not count. Undefined when it never does.
 */
function tooDeepAt(yaml: string, max: number): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let offset = 0;
  for (const line of yaml.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const [, spaces, dashes, rest] = /^( *)((?:- +)*)(.*)$/.exec(line) ?? ['', '', '', ''];
    if (dashes === '' && (rest.trim() === '' || rest.trimStart().startsWith('#'))) continue;
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= spaces.length) indents.pop();
      indents.push(spaces.length);
    }
    const depth = indents.length + dashes.split('-').length - 1;
    if (depth > max) return start;
    let quote = '';
    for (let i = spaces.length + dashes.length; i < line.length; i++) {
      const c = line[i];
      if (quote) {
        if (c === quote) quote = '';
        else if (c === '\\' && quote === '"') i++;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
      else if (c === '[' || c === '{') {
        flow++;
        if (depth + flow > max) return start + i;
      } else if (c === ']' || c === '}') flow = Math.max(0, flow - 1);
    }
  }
  return undefined;
}
