// Markdown text in, plan model out. Parses once with remark; every later step reads the tree.

import GithubSlugger from 'github-slugger';
import type { Definition, Heading as MdHeading, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { fieldForLabel } from '../data/fields';
import { isChallengeHeading, sectionKind } from '../data/sections';
import { isProbesHeading } from '../data/questions';
import { isPlaceholder } from '../data/templates';
import type {
  Exploration,
  ExplorationBank,
  Field,
  FrontMatter,
  Goal,
  Heading,
  InlineComment,
  Link,
  Plan,
  Purpose,
  Question,
  Section,
  Session,
} from './model';
import { parseChunkedSteps, type ChunkOptions } from './chunked-parse';
import { defuseOpeners } from './defuse-openers';
import { explainYamlError, unclosedFrontMatter } from './front-matter-errors';
import { readFrontMatterYaml } from './front-matter-yaml';
import { unreadSections } from './heading-only';
import { parseInlineComments } from './inline-control';
import { NodeMemo, shiftCollected, shiftGoals, type Collected } from './plan-memo';
import { runSteps, type Steps } from './steps';
import { LineIndex, type Span } from './text';
import { TextMemo } from './text-memo';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/** remark's tree of any text, with what would make the parse deep or superlinear defused (see defuse-openers.ts). */
export function parseBounded(text: string): Root {
  const defused = defuseOpeners(text);
  return defused.restore(processor.parse(defused.text));
}

/**
 * Parses a markdown document into the plan model. Never throws on any input. The chunked parse re-parses
 * only the sections an edit touched; `parse` lets tests build from one whole parse instead.
 */
export function parsePlan(text: string, parse?: (markdown: string) => Root): Plan {
  if (!parse) return runSteps(parsePlanSteps(text));
  // remark drops a leading BOM and counts offsets without it; we count in the original text.
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const markdown = defuseOpeners(base ? text.slice(1) : text);
  return runSteps(new PlanBuilder(text, base, markdown.restore(parse(markdown.text))).build());
}

/** parsePlan as steps: it yields between chunks, sections and goals. */
export function* parsePlanSteps(text: string, options: ChunkOptions = {}): Steps<Plan> {
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // One line-start table for the chunked parse and the plan: finding a long text's lines costs milliseconds.
  const lines = new LineIndex(text);
  const lineStarts = base ? lines.lineStarts.map((s) => Math.max(0, s - base)) : lines.lineStarts;
  // Openers are defused chunk by chunk, only in the chunks an edit makes it parse again.
  // The builder reads no tree of a session log's or an unknown section's body: those are scanned, not parsed.
  const { tree, cached, release } = yield* parseChunkedSteps(text, { ...options, bodies: unreadSections }, { lineStarts });
  // The tree's nodes stay ours while the builder reads them, even when it pauses between steps.
  try {
    return yield* new PlanBuilder(text, base, tree, cached, lines).build();
  } finally {
    release();
  }
}

/** GitHub-style slugs of every heading of a markdown text, for resolving links into other files. */
export function headingSlugs(text: string): Set<string> {
  return new Set(parsePlan(text).headings.map((h) => h.slug));
}

interface LineSlice {
  readonly text: string;
  readonly start: number;
}

const FIELD_PATTERNS: readonly RegExp[] = [
  // **Label:** value  /  __Label:__ value  /  *Label:* value
  /^(\*\*|__|\*|_)([^*_:\n]{1,40}?)\s*:\s*\1[ \t]*(.*)$/,
  // **Label**: value
  /^(\*\*|__|\*|_)([^*_:\n]{1,40}?)\1\s*:[ \t]*(.*)$/,
  // Label: value
  /^()([\p{L}][\p{L}' ]{0,39}?)\s*:(?!\/\/)[ \t]*(.*)$/u,
];

/** What earlier builds derived from nodes the chunk cache hands out again. */
const COLLECTED = new NodeMemo<Collected>();
const GOALS = new NodeMemo<Goal[]>();

/** The front matter's YAML read once per text: every keystroke elsewhere in the plan leaves it unchanged. */
const frontMatterYaml = new TextMemo(readFrontMatterYaml);

const EMPTY_ANSWER = /^(?:tbd|todo|tbc|\?+|\.\.\.|…|-+|n\/a)?$/i;

class PlanBuilder {
  private readonly slugger = new GithubSlugger();
  private readonly headings: Heading[] = [];
  private readonly headingByNode = new Map<MdHeading, Heading>();
  private readonly definitions = new Map<string, string>();
  private readonly comments: InlineComment[] = [];
  private definitionsKey?: string;
  private headingStarts?: Map<number, Heading>;
  private childStarts?: number[];

  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly tree: Root,
    /** Whether the tree's nodes may be handed out again, so what is built from them is worth keeping. */
    private readonly memo = false,
    private readonly lines = new LineIndex(text),
  ) {}

  *build(): Steps<Plan> {
    for (const child of this.tree.children) {
      const at = this.span(child).start;
      this.add(this.memo ? (COLLECTED.get(child, at, '', [], shiftCollected) ?? COLLECTED.set(child, at, '', [], this.collect(child))) : this.collect(child));
      yield;
    }
    const children = this.tree.children;
    const frontMatter = children[0]?.type === 'yaml' ? this.frontMatter(children[0]) : unclosedFrontMatter(this.text, this.lines, this.base);
    const sections = this.sections();
    const plan: Plan = {
      text: this.text,
      lines: this.lines,
      frontMatter,
      headings: this.headings,
      sections,
      purposes: [],
      goals: [],
      sessions: [],
      comments: this.comments,
    };
    const purposes: Purpose[] = [];
    const goals: Goal[] = [];
    const sessions: Session[] = [];
    let exploration: Exploration | undefined;
    for (const section of sections) {
      const nodes = this.nodesIn(section.span);
      if (section.kind === 'purpose') purposes.push(...this.purposes(nodes, section.span));
      else if (section.kind === 'goals') yield* this.goals(nodes, section.span, goals);
      else if (section.kind === 'sessions') sessions.push(...this.sessions(nodes, section.span));
      else if (section.kind === 'exploration' && !exploration) exploration = this.exploration(section, nodes);
      yield;
    }
    return { ...plan, purposes, goals, sessions, exploration };
  }

  // ---- whole-tree facts: headings with slugs, link definitions, inline comments

  /** Headings (without slugs: those depend on the headings before), definitions and comments under a node. */
  private collect(top: Nodes): Collected {
    const found: { -readonly [K in keyof Collected]: Collected[K][number][] } = { headings: [], definitions: [], comments: [] };
    const walk = (node: Nodes): void => {
      if (node.type === 'heading') found.headings.push({ node, ...this.heading(node) });
      else if (node.type === 'definition') found.definitions.push([normaliseLabel((node as Definition).label ?? node.identifier), node.url]);
      else if (node.type === 'html') found.comments.push(...parseInlineComments(node.value, this.span(node).start));
      if ('children' in node) for (const child of node.children) walk(child);
    };
    walk(top);
    return found;
  }

  private add(found: Collected): void {
    for (const { node, depth, text, span, textSpan } of found.headings) {
      const heading: Heading = { depth, text, slug: this.slugger.slug(text), span, textSpan };
      this.headings.push(heading);
      this.headingByNode.set(node as MdHeading, heading);
    }
    for (const [label, url] of found.definitions) this.definitions.set(label, url);
    this.comments.push(...found.comments);
  }

  /** Goals built from `node` (and `body`), or the ones built from the same nodes by an earlier build, moved. */
  private memoGoals(node: Nodes, body: readonly Nodes[], end: number, build: () => Goal[]): Goal[] {
    if (!this.memo) return build();
    const at = this.span(node).start;
    // Reference links resolve through the document's definitions; a heading goal ends where the next begins.
    this.definitionsKey ??= JSON.stringify([...this.definitions]);
    const key = `${end - at}\0${this.definitionsKey}`;
    return GOALS.get(node, at, key, body, (goals, by) => shiftGoals(goals, by, (start) => this.headingAt(start))) ?? GOALS.set(node, at, key, body, build());
  }

  private headingAt(start: number): Heading | undefined {
    this.headingStarts ??= new Map(this.headings.map((h) => [h.span.start, h]));
    return this.headingStarts.get(start);
  }

  private heading(node: MdHeading): Omit<Heading, 'slug'> {
    const span = this.span(node);
    const text = toString(node);
    const line = this.lines.lineOf(span.start);
    const lineStart = this.lines.lineStart(line);
    // A line too long for one parse ends its heading where the heading's piece ends (chunked-parse.ts).
    const raw = this.text.slice(lineStart, Math.min(this.lines.lineEnd(line), Math.max(span.end, lineStart)));
    const atx = /^(\s{0,3}#{1,6}[ \t]+)(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(raw);
    let textSpan: Span;
    if (atx) {
      textSpan = { start: lineStart + atx[1].length, end: lineStart + atx[1].length + atx[2].length };
    } else {
      // Setext heading or an empty ATX heading: the first line's content.
      const lead = raw.length - raw.trimStart().length;
      textSpan = { start: lineStart + lead, end: lineStart + raw.trimEnd().length };
    }
    return { depth: node.depth, text, span, textSpan };
  }

  private frontMatter(node: RootContent & { value: string }): FrontMatter {
    const span = this.span(node);
    const valueStart = this.lines.lineStart(this.lines.lineOf(span.start) + 1);
    const { data, error } = frontMatterYaml.get(node.value);
    const explained = error && explainYamlError(node.value, error.message, error.pos);
    return { raw: node.value, span, data, error: explained && { message: explained.message, span: this.errorLine(valueStart, node.value, explained.pos, span) } };
  }

  /**
   * The front-matter line a YAML error points at, without its indentation. YAML often points just past
   * the bad text (an unclosed bracket or quote), so a position on a blank line falls back to the line above.
   */
  private errorLine(valueStart: number, value: string, pos: number, frontMatter: Span): Span {
    const first = this.lines.lineOf(valueStart);
    let line = this.lines.lineOf(valueStart + Math.max(0, Math.min(pos, value.length)));
    while (line > first && !this.lines.lineText(line).trim()) line--;
    const raw = this.lines.lineText(line);
    const start = this.lines.lineStart(line) + raw.length - raw.trimStart().length;
    const end = this.lines.lineStart(line) + raw.trimEnd().length;
    return end > start && end <= frontMatter.end ? { start, end } : frontMatter;
  }

  // ---- sections

  private sections(): Section[] {
    const level2 = this.tree.children.filter((n): n is MdHeading => n.type === 'heading' && n.depth <= 2);
    const sections: Section[] = [];
    level2.forEach((node, i) => {
      if (node.depth !== 2) return;
      const kind = sectionKind(toString(node));
      if (!kind) return;
      const heading = this.headingByNode.get(node)!;
      const next = level2[i + 1];
      const end = next ? this.span(next).start : this.text.length;
      sections.push({ kind, heading, span: { start: heading.span.start, end: trimEnd(this.text, end) } });
    });
    return sections;
  }

  /** Top-level nodes after the section heading and inside the section. */
  private nodesIn(span: Span): RootContent[] {
    // Top-level nodes are in document order: the section's run of them is found by binary search.
    this.childStarts ??= this.tree.children.map((n) => this.span(n).start);
    return this.tree.children.slice(firstIndex(this.childStarts, (s) => s > span.start), firstIndex(this.childStarts, (s) => s >= span.end));
  }

  /** Splits nodes at headings of the given depth: [heading, nodes under it] groups, plus the nodes before any. */
  private groupByHeading(nodes: RootContent[], depth: number, end: number): { lead: RootContent[]; groups: { node: MdHeading; body: RootContent[]; span: Span }[] } {
    const lead: RootContent[] = [];
    const groups: { node: MdHeading; body: RootContent[]; span: Span }[] = [];
    for (const n of nodes) {
      if (n.type === 'heading' && n.depth <= depth) {
        groups.push({ node: n, body: [], span: { start: this.span(n).start, end } });
      } else if (groups.length > 0) {
        groups[groups.length - 1].body.push(n);
      } else {
        lead.push(n);
      }
    }
    for (let i = 0; i + 1 < groups.length; i++) {
      groups[i].span = { start: groups[i].span.start, end: trimEnd(this.text, groups[i + 1].span.start) };
    }
    return { lead, groups };
  }

  private purposes(nodes: RootContent[], section: Span): Purpose[] {
    return this.groupByHeading(nodes, 3, section.end).groups.map(({ node, body, span }) => {
      const first = body.find((n): n is Paragraph => n.type === 'paragraph');
      return { heading: this.headingByNode.get(node)!, span, summary: first ? toString(first) : '' };
    });
  }

  private sessions(nodes: RootContent[], section: Span): Session[] {
    return this.groupByHeading(nodes, 3, section.end).groups.map(({ node, span }) => ({ heading: this.headingByNode.get(node)!, span }));
  }

  // ---- exploration

  private exploration(section: Section, nodes: RootContent[]): Exploration {
    const { lead, groups } = this.groupByHeading(nodes, 3, section.span.end);
    let answered = 0;
    const collectQuestions = (body: RootContent[]): Question[] => {
      const questions: Question[] = [];
      for (const n of body) {
        if (n.type === 'list') {
          for (const item of n.children) {
            const q = this.question(item);
            if (q) {
              questions.push(q);
              if (q.answer) answered++;
            } else if (toString(item).trim()) {
              answered++;
            }
          }
        } else if (n.type === 'paragraph' || n.type === 'blockquote') {
          const q = n.type === 'paragraph' ? this.question(n) : undefined;
          if (q) questions.push(q);
          if (q ? q.answer : toString(n).trim()) answered++;
        }
      }
      return questions;
    };
    const questions = collectQuestions(lead);
    const banks: ExplorationBank[] = groups.map(({ node, body, span }) => ({
      heading: this.headingByNode.get(node)!,
      span,
      questions: collectQuestions(body),
    }));
    return { heading: section.heading, span: section.span, banks, questions, answeredCount: answered };
  }

  /** A question is text with a "?"; what follows the first "?" (and any nested content) is its answer. */
  private question(node: ListItem | Paragraph): Question | undefined {
    const first = node.type === 'paragraph' ? node : node.children[0];
    if (!first || first.type !== 'paragraph') return undefined;
    const whole = toString(first);
    const mark = whole.indexOf('?');
    if (mark < 0) return undefined;
    const span = this.span(node);
    const paraSpan = this.span(first);
    const rawMark = this.text.indexOf('?', paraSpan.start);
    const questionEnd = rawMark >= 0 && rawMark < paraSpan.end ? rawMark + 1 : paraSpan.end;
    const rest = node.type === 'listItem' ? node.children.slice(1).map((c) => toString(c)).join(' ') : '';
    const answer = `${whole.slice(mark + 1)} ${rest}`.replace(/\s+/g, ' ').trim();
    return {
      text: whole.slice(0, mark + 1).replace(/\s+/g, ' ').trim(),
      answer: EMPTY_ANSWER.test(answer) ? '' : answer,
      span,
      questionSpan: { start: paraSpan.start, end: questionEnd },
    };
  }

  // ---- goals

  private *goals(nodes: RootContent[], section: Span, goals: Goal[]): Steps<void> {
    const { lead, groups } = this.groupByHeading(nodes, 3, section.end);
    for (const n of lead) {
      if (n.type === 'list') for (const item of n.children) goals.push(...this.memoGoals(item, [], this.span(item).end, () => [this.listGoal(item)]));
    }
    for (const group of groups) {
      if (group.node.depth < 3) continue;
      goals.push(...this.memoGoals(group.node, group.body, group.span.end, () => this.headingGoal(group.node, group.body, group.span)));
      yield;
    }
  }

  /** A level-3 heading goal; list items with nested fields under it are goals of their own. */
  private headingGoal(node: MdHeading, body: RootContent[], span: Span): Goal[] {
    const heading = this.headingByNode.get(node)!;
    const fields: Field[] = [];
    const challenges: Question[] = [];
    const probes: Question[] = [];
    const nested: Goal[] = [];
    let challengeHeading: Heading | undefined;
    let inChallenge = false;
    let inProbes = false;
    let inOwnBody = true;
    let lastFields: Goal['fieldInsert'] | undefined;
    // Without fields, a new field goes after the goal's own text, so no paragraph below it runs into the field.
    let afterBody = this.lineEndOf(heading.span.end);
    let ownEnd = span.end;
    for (const n of body) {
      if (n.type === 'heading') {
        inOwnBody = false;
        inChallenge = isChallengeHeading(toString(n));
        inProbes = isProbesHeading(toString(n));
        if (inChallenge) challengeHeading = this.headingByNode.get(n);
        continue;
      }
      if (n.type === 'paragraph') {
        const found = this.fieldLines(n);
        fields.push(...found);
        if (found.length > 0) lastFields = { offset: this.lineEndOf(this.span(n).end), indent: '', bullet: '-' };
        // "**Challenge questions**" as a paragraph above the list, for plans without a sub-heading.
        else if (isChallengeHeading(toString(n))) {
          inChallenge = true;
          inOwnBody = false;
        }
      } else if (n.type === 'list') {
        for (const item of n.children) {
          const found = this.itemFields(item);
          if (found.length > 0) {
            fields.push(...found);
            lastFields = { offset: this.lineEndOf(this.span(item).end), indent: this.indentOf(this.span(item).start), bullet: this.bulletOf(item) };
          } else if (this.hasNestedFields(item)) {
            nested.push(this.listGoal(item));
            ownEnd = Math.min(ownEnd, this.span(item).start);
            inOwnBody = false;
          } else if (inChallenge || inProbes) {
            const q = this.question(item);
            if (q) (inChallenge ? challenges : probes).push(q);
          }
        }
      }
      // A control comment at the end belongs to what follows it.
      if (inOwnBody && n.type !== 'html') afterBody = this.lineEndOf(this.span(n).end);
    }
    const goal: Goal = {
      form: 'heading',
      statement: heading.text.trim(),
      statementSpan: heading.textSpan,
      span: { start: span.start, end: trimEnd(this.text, ownEnd) },
      fields,
      challengeHeading,
      challenges,
      probes,
      fieldInsert: lastFields ?? { offset: afterBody, indent: '', bullet: '-' },
    };
    return [goal, ...nested];
  }

  private listGoal(item: ListItem): Goal {
    const span = this.span(item);
    const first = item.children[0];
    const fields: Field[] = [];
    const challenges: Question[] = [];
    const probes: Question[] = [];
    let ticked = false;
    let statement = '';
    let statementSpan: Span = { start: span.start, end: span.start };
    let insert: Goal['fieldInsert'] | undefined;
    const contentIndent = first ? this.indentOf(this.span(first).start) : '  ';
    if (first?.type === 'paragraph') {
      const lines = this.paragraphLines(first);
      // The statement runs until the first field line; a long statement may wrap.
      const fieldAt = lines.findIndex((l) => matchField(l.text));
      const statementLines = lines.slice(0, fieldAt > 0 ? fieldAt : lines.length);
      const plain = toString(first).split('\n');
      const plainStatement = plain.length === lines.length ? plain.slice(0, statementLines.length) : plain.slice(0, 1);
      statement = plainStatement.join(' ').replace(/^\s*\[[ xX]\]\s+/, '').replace(/\s+/g, ' ').trim();
      const box = /^\[[ xX]\][ \t]+/.exec(lines[0].text);
      ticked = /^\[[xX]\]/.test(box?.[0] ?? '');
      const last = statementLines[statementLines.length - 1];
      statementSpan = { start: lines[0].start + (box?.[0].length ?? 0), end: last.start + last.text.trimEnd().length };
      fields.push(...this.fieldsOf(first, lines.slice(statementLines.length)));
      insert = { offset: this.lineEndOf(this.span(first).end), indent: contentIndent, bullet: '-' };
    }
    for (const child of item.children.slice(1)) {
      if (child.type === 'paragraph') {
        fields.push(...this.fieldLines(child));
      } else if (child.type === 'list') {
        for (const sub of child.children) {
          const found = this.itemFields(sub);
          if (found.length > 0) {
            fields.push(...found);
            insert = { offset: this.lineEndOf(this.span(sub).end), indent: this.indentOf(this.span(sub).start), bullet: this.bulletOf(sub) };
          } else if (sub.children[0]?.type === 'paragraph' && (isChallengeHeading(toString(sub.children[0])) || isProbesHeading(toString(sub.children[0])))) {
            const into = isChallengeHeading(toString(sub.children[0])) ? challenges : probes;
            for (const list of sub.children.slice(1)) {
              if (list.type !== 'list') continue;
              for (const q of list.children) {
                const question = this.question(q);
                if (question) into.push(question);
              }
            }
          }
        }
      }
    }
    return {
      form: 'list',
      statement,
      statementSpan,
      span,
      fields,
      challenges,
      probes,
      ticked,
      fieldInsert: insert ?? { offset: this.lineEndOf(span.end), indent: contentIndent, bullet: '-' },
    };
  }

  private hasNestedFields(item: ListItem): boolean {
    return item.children.some((c) => (c.type === 'list' && c.children.some((s) => this.itemFields(s).length > 0)) || (c.type === 'paragraph' && c !== item.children[0] && this.fieldLines(c).length > 0));
  }

  /** Fields of a list item whose first line is a field (and of its continuation lines). */
  private itemFields(item: ListItem): Field[] {
    const first = item.children[0];
    return first?.type === 'paragraph' ? this.fieldLines(first) : [];
  }

  /** Fields of a paragraph whose first line is a field; later lines may be fields too. */
  private fieldLines(paragraph: Paragraph): Field[] {
    const lines = this.paragraphLines(paragraph);
    if (!matchField(lines[0].text)) return [];
    return this.fieldsOf(paragraph, lines);
  }

  private fieldsOf(paragraph: Paragraph, lines: LineSlice[]): Field[] {
    const fields: { f: Field }[] = [];
    for (const whole of lines) {
      // A control comment at the end of a field line is not part of the value.
      const comment = whole.text.indexOf('<!--');
      const line = comment > 0 ? { start: whole.start, text: whole.text.slice(0, comment).trimEnd() } : whole;
      const m = matchField(line.text);
      if (m) {
        const labelStart = line.start + m.labelOffset;
        const valueStart = line.start + m.valueOffset;
        const end = line.start + line.text.trimEnd().length;
        fields.push({
          f: {
            key: m.key,
            label: m.label,
            value: m.value,
            span: { start: line.start, end },
            labelSpan: { start: labelStart, end: labelStart + m.label.length },
            valueSpan: { start: Math.min(valueStart, end), end },
            links: [],
          },
        });
      } else if (fields.length > 0) {
        // A wrapped value continues the field above.
        const last = fields[fields.length - 1];
        const end = line.start + line.text.trimEnd().length;
        last.f = {
          ...last.f,
          value: `${last.f.value} ${line.text.trim()}`.trim(),
          span: { start: last.f.span.start, end },
          valueSpan: { start: last.f.valueSpan.start, end },
        };
      }
    }
    const links = this.links(paragraph);
    // A value left as the template's placeholder is not filled in.
    return fields.map(({ f }) => ({ ...f, value: filledIn(stripMarkup(f.value)), links: links.filter((l) => l.span.start >= f.valueSpan.start && l.span.start < Math.max(f.valueSpan.end, f.valueSpan.start + 1)) }));
  }

  private links(node: Nodes): Link[] {
    const links: Link[] = [];
    const walk = (n: Nodes): void => {
      if (n.type === 'link') {
        links.push({ text: toString(n), target: n.url, span: this.span(n) });
      } else if (n.type === 'linkReference') {
        const url = this.definitions.get(normaliseLabel(n.label ?? n.identifier));
        if (url !== undefined) links.push({ text: toString(n), target: url, span: this.span(n) });
      }
      if ('children' in n) for (const c of n.children) walk(c);
    };
    walk(node);
    return links;
  }

  // ---- positions

  private span(node: Nodes): Span {
    const p = node.position;
    if (!p || p.start.offset === undefined || p.end.offset === undefined) return { start: 0, end: 0 };
    return { start: p.start.offset + this.base, end: p.end.offset + this.base };
  }

  private paragraphLines(paragraph: Paragraph): LineSlice[] {
    const span = this.span(paragraph);
    const first = this.lines.lineOf(span.start);
    const last = this.lines.lineOf(span.end);
    const out: LineSlice[] = [];
    for (let line = first; line <= last; line++) {
      const start = line === first ? span.start : this.lines.lineStart(line);
      const end = Math.min(this.lines.lineEnd(line), span.end);
      const raw = this.text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      out.push({ text: raw.slice(lead), start: start + lead });
    }
    return out;
  }

  private lineEndOf(offset: number): number {
    return this.lines.lineEnd(this.lines.lineOf(offset));
  }

  private indentOf(offset: number): string {
    const line = this.lines.lineOf(offset);
    return ' '.repeat(offset - this.lines.lineStart(line));
  }

  private bulletOf(item: ListItem): string {
    const start = this.span(item).start;
    const m = /^(\d+[.)]|[-*+])/.exec(this.text.slice(start, start + 10));
    return m ? (/^\d/.test(m[1]) ? '-' : m[1]) : '-';
  }
}

interface FieldMatch {
  readonly key: Field['key'];
  readonly label: string;
  readonly value: string;
  readonly labelOffset: number;
  readonly valueOffset: number;
}

export function matchField(line: string): FieldMatch | undefined {
  for (const pattern of FIELD_PATTERNS) {
    const m = pattern.exec(line);
    if (!m) continue;
    const info = fieldForLabel(m[2]);
    if (!info) continue;
    const label = m[2].trim();
    return {
      key: info.key,
      label,
      value: m[3].trim(),
      labelOffset: m[1].length + (m[2].length - m[2].trimStart().length),
      valueOffset: line.length - m[3].length,
    };
  }
  return undefined;
}

function normaliseLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Plain text of a field value: emphasis and code marks dropped, links reduced to their text. No class
 * runs past an opening bracket, so a line of thousands of unclosed `[` or `(` is read in linear time.
 */
const filledIn = (value: string): string => (isPlaceholder(value) ? '' : value);

function stripMarkup(value: string): string {
  return value
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .trim();
}

/** The first index of a sorted array whose value passes `at` (which is false before it and true after), or its length. */
function firstIndex(sorted: readonly number[], at: (value: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(sorted[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}
