// Tokenizes plan text with the generated injection grammar on top of a small stand-in for VS Code's
// markdown grammar. The stand-in keeps the real one's shape where it matters: a list item consumes its
// marker and then opens a zero-width paragraph (which sets \G), bold is a begin/end rule, HTML comments
// start at the line start, and front matter starts at \A.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { GRAMMAR_PATH, GRAMMAR_SCOPE } from '../../scripts/generate-snippets';

const BASE_MARKDOWN = {
  scopeName: 'text.html.markdown',
  patterns: [{ include: '#front-matter' }, { include: '#heading' }, { include: '#fenced' }, { include: '#html' }, { include: '#list' }, { include: '#paragraph' }],
  repository: {
    'front-matter': {
      begin: '\\A-{3}\\s*$',
      end: '(^|\\G)-{3}\\s*$',
      contentName: 'meta.embedded.block.frontmatter',
      patterns: [{ include: 'source.yaml' }],
    },
    heading: { match: '(?:^|\\G)(#{1,6})[ \\t]+(.*)$', name: 'markup.heading.markdown', captures: { '2': { patterns: [{ include: '#inline' }] } } },
    fenced: { begin: '(^|\\G)(`{3,})', end: '(^|\\G)\\2\\s*$', name: 'markup.fenced_code.block.markdown' },
    html: { begin: '(^|\\G)\\s*(<!--)', end: '-->', name: 'comment.block.html' },
    list: {
      begin: '(^|\\G)[ \\t]*([-*+]|\\d+[.)])[ \\t]',
      beginCaptures: { '2': { name: 'punctuation.definition.list.begin.markdown' } },
      end: '$',
      name: 'markup.list.markdown',
      patterns: [{ include: '#paragraph' }],
    },
    paragraph: { begin: '(^|\\G)[ ]{0,3}(?=\\S)', end: '$', name: 'meta.paragraph.markdown', patterns: [{ include: '#inline' }] },
    inline: {
      patterns: [
        {
          begin: '(\\*\\*|__)(?=\\w)',
          end: '\\1',
          name: 'markup.bold.markdown',
          beginCaptures: { '1': { name: 'punctuation.definition.bold.markdown' } },
          endCaptures: { '0': { name: 'punctuation.definition.bold.markdown' } },
          patterns: [{ include: '#inline' }],
        },
        { match: '\\[[^\\]]*\\]\\([^)]*\\)', name: 'markup.underline.link.markdown' },
        { begin: '<!--', end: '-->', name: 'comment.block.html' },
      ],
    },
  },
};

const BASE_YAML = { scopeName: 'source.yaml', patterns: [{ match: '^[\\w-]+(?=:)', name: 'entity.name.tag.yaml' }] };

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(join(createRequire(import.meta.url).resolve('vscode-oniguruma'), '..', 'onig.wasm'));
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.html.markdown') return vsctm.parseRawGrammar(JSON.stringify(BASE_MARKDOWN), 'base.json');
      if (scopeName === 'source.yaml') return vsctm.parseRawGrammar(JSON.stringify(BASE_YAML), 'yaml.json');
      if (scopeName === GRAMMAR_SCOPE) return vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
      return null;
    },
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [GRAMMAR_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, 'base grammar loads');
  return grammar;
}

interface Token {
  readonly line: number;
  readonly start: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

function tokenize(grammar: vsctm.IGrammar, text: string): Token[] {
  const out: Token[] = [];
  let state = vsctm.INITIAL;
  text.split('\n').forEach((line, n) => {
    const result = grammar.tokenizeLine(line, state);
    for (const t of result.tokens) out.push({ line: n, start: t.startIndex, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = result.ruleStack;
  });
  return out;
}

const PLAN = `---
type: mentoring-plan
mentee: Mac
next-review: 2027-01-15
started: 2 November 2026
---

## Goals

### Delegate the weekly status report to Priya
- Why this matters: [trusted manager](#become-a-manager-my-team-trusts)
- **Success looks like:** Priya sends three reports in a row
- **Kind**: lattice, developmental
- By: 15 January 2027
- Status: active
- [ ] Owner: mine
- Status: blocked
<!-- mentoring-plans-disable-next-line missing-why -->
1. Ask for feedback after every design review
   - Target date: Q1 2027
   - __Deadline:__ end of March 2027
   * Due: 2027-03
Stretch: I have never handed off anything my director reads
Why this matters: see [the aim](#aim) **above**
STATUS : Done

## Sessions

Some text where why: is not a label, and 2027-01-15 is not on a date line.
- See https://example.com for more
- Bygone: not a label
- Some **By: 2027** in a sentence
### By: a heading, not a field
\`\`\`text
Why this matters: inside a code block
\`\`\`
<!--
Status: active, commented out
-->
Text before <!-- mentoring-plans-enable vague-goal --> inline.`;

const LABEL = 'support.type.property-name.field.mentoring-plans';
const COLON = 'punctuation.separator.key-value.mentoring-plans';
const DATE = 'constant.numeric.date.mentoring-plans';
const STATUS = 'constant.language.status.mentoring-plans';
const MD = 'text.html.markdown';
const LIST = 'markup.list.markdown';
const PARA = 'meta.paragraph.markdown';

describe('injection grammar', () => {
  let tokens: Token[] = [];
  const lines = PLAN.split('\n');

  before(async () => {
    tokens = tokenize(await loadGrammar(), PLAN);
  });

  /** The scopes of the token that is exactly `text`, found on the line containing `lineText`. */
  function scopesOf(lineText: string, text: string, occurrence = 0): readonly string[] {
    const line = lines.findIndex((l) => l.includes(lineText));
    assert.ok(line >= 0, `no line with ${lineText}`);
    let start = -1;
    for (let i = 0; i <= occurrence; i++) start = lines[line].indexOf(text, start + 1);
    assert.ok(start >= 0, `no "${text}" on line ${line}`);
    const token = tokens.find((t) => t.line === line && t.start === start);
    assert.ok(token, `no token starts at "${text}" on line ${line}: ${JSON.stringify(tokens.filter((t) => t.line === line))}`);
    assert.equal(token.text, text, `token at "${text}" on line ${line}`);
    return token.scopes;
  }

  const hasNo = (lineText: string, scopeSuffix: string): void => {
    const line = lines.findIndex((l) => l.includes(lineText));
    const found = tokens.filter((t) => t.line === line && t.scopes.some((s) => s.endsWith(scopeSuffix)));
    assert.deepEqual(found, [], `unexpected ${scopeSuffix} on: ${lineText}`);
  };

  it('highlights plain labels in list items, keeping the list scope and marker', () => {
    assert.deepEqual(scopesOf('- Why this matters:', 'Why this matters'), [MD, LIST, PARA, LABEL]);
    assert.deepEqual(scopesOf('- Why this matters:', ':'), [MD, LIST, PARA, COLON]);
    assert.deepEqual(scopesOf('- Why this matters:', '-'), [MD, LIST, 'punctuation.definition.list.begin.markdown']);
    assert.deepEqual(scopesOf('[ ] Owner:', 'Owner'), [MD, LIST, PARA, LABEL]);
    assert.deepEqual(scopesOf('Stretch: I have never', 'Stretch'), [MD, PARA, LABEL]);
  });

  it('keeps inline markdown after a label', () => {
    assert.deepEqual(scopesOf('- Why this matters:', '[trusted manager](#become-a-manager-my-team-trusts)'), [MD, LIST, PARA, 'markup.underline.link.markdown']);
    assert.deepEqual(scopesOf('Why this matters: see', 'Why this matters'), [MD, PARA, LABEL]);
    assert.deepEqual(scopesOf('Why this matters: see', '[the aim](#aim)'), [MD, PARA, 'markup.underline.link.markdown']);
    assert.deepEqual(scopesOf('Why this matters: see', 'above'), [MD, PARA, 'markup.bold.markdown']);
  });

  it('highlights **Label:** and **Label**: as bold labels', () => {
    assert.deepEqual(scopesOf('**Success looks like:**', '**'), [MD, LIST, PARA, 'markup.bold.markdown', 'punctuation.definition.bold.markdown']);
    assert.deepEqual(scopesOf('**Success looks like:**', 'Success looks like'), [MD, LIST, PARA, 'markup.bold.markdown', LABEL]);
    assert.deepEqual(scopesOf('**Success looks like:**', ':'), [MD, LIST, PARA, 'markup.bold.markdown', COLON]);
    assert.deepEqual(scopesOf('**Kind**:', 'Kind'), [MD, LIST, PARA, 'markup.bold.markdown', LABEL]);
    assert.deepEqual(scopesOf('**Kind**:', ':'), [MD, LIST, PARA, COLON]);
    assert.deepEqual(scopesOf('__Deadline:__', 'Deadline'), [MD, LIST, PARA, 'markup.bold.markdown', LABEL]);
  });

  it('prefers the longest alias', () => {
    assert.deepEqual(scopesOf('Target date:', 'Target date'), [MD, LIST, PARA, LABEL]);
  });

  it('highlights known status values only', () => {
    assert.deepEqual(scopesOf('- Status: active', 'Status'), [MD, LIST, PARA, LABEL]);
    assert.deepEqual(scopesOf('- Status: active', 'active'), [MD, LIST, PARA, STATUS]);
    assert.deepEqual(scopesOf('STATUS : Done', 'Done'), [MD, PARA, STATUS]);
    assert.deepEqual(scopesOf('- Status: blocked', 'Status'), [MD, LIST, PARA, LABEL]);
    hasNo('- Status: blocked', STATUS);
  });

  it('highlights dates on date lines', () => {
    assert.deepEqual(scopesOf('By: 15 January 2027', '15 January 2027'), [MD, LIST, PARA, DATE]);
    assert.deepEqual(scopesOf('Target date: Q1 2027', 'Q1 2027'), [MD, LIST, PARA, DATE]);
    assert.deepEqual(scopesOf('__Deadline:__ end of March 2027', 'March 2027'), [MD, LIST, PARA, DATE]);
    assert.deepEqual(scopesOf('* Due: 2027-03', '2027-03'), [MD, LIST, PARA, DATE]);
  });

  it('highlights dates in the front matter', () => {
    const fm = 'meta.embedded.block.frontmatter';
    assert.deepEqual(scopesOf('next-review: 2027-01-15', 'next-review'), [MD, fm, 'support.type.property-name.front-matter.mentoring-plans']);
    assert.deepEqual(scopesOf('next-review: 2027-01-15', '2027-01-15'), [MD, fm, DATE]);
    assert.deepEqual(scopesOf('started: 2 November 2026', '2 November 2026'), [MD, fm, DATE]);
    assert.deepEqual(scopesOf('mentee: Mac', 'mentee'), [MD, fm, 'entity.name.tag.yaml'], 'YAML still highlights the other keys');
    hasNo('mentee: Mac', 'mentoring-plans');
    assert.deepEqual(scopesOf('## Goals', 'Goals'), [MD, 'markup.heading.markdown'], 'the front matter ends');
  });

  it('highlights inline-control comments', () => {
    const line = '<!-- mentoring-plans-disable-next-line missing-why -->';
    const comment = 'comment.block.mentoring-plans';
    assert.deepEqual(scopesOf(line, '<!--'), [MD, comment, 'punctuation.definition.comment.begin.mentoring-plans']);
    assert.deepEqual(scopesOf(line, 'mentoring-plans-disable-next-line'), [MD, comment, 'keyword.control.directive.mentoring-plans']);
    assert.deepEqual(scopesOf(line, 'missing-why'), [MD, comment, 'constant.other.rule-id.mentoring-plans']);
    assert.deepEqual(scopesOf(line, '-->'), [MD, comment, 'punctuation.definition.comment.end.mentoring-plans']);
    assert.deepEqual(scopesOf('Text before <!--', 'mentoring-plans-enable'), [MD, PARA, comment, 'keyword.control.directive.mentoring-plans']);
    assert.deepEqual(scopesOf('Text before <!--', 'vague-goal'), [MD, PARA, comment, 'constant.other.rule-id.mentoring-plans']);
  });

  it('leaves other text alone', () => {
    hasNo('Some text where why:', 'mentoring-plans');
    hasNo('- See https://example.com', 'mentoring-plans');
    hasNo('- Bygone: not a label', 'mentoring-plans');
    hasNo('- Some **By: 2027**', 'mentoring-plans');
    hasNo('### By: a heading', 'mentoring-plans');
    hasNo('### Delegate the weekly', 'mentoring-plans');
    hasNo('type: mentoring-plan', LABEL);
    hasNo('Why this matters: inside a code block', 'mentoring-plans');
    hasNo('Status: active, commented out', 'mentoring-plans');
  });
});
