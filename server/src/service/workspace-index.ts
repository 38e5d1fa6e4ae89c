// An index of the workspace's markdown files by URI: headings with slugs, purposes, and the goals of
// plans with their why-links. Built in the background at start-up through the host, kept current
// through open documents and file events. It keeps only what navigation, hover, code lens and
// completion need: no texts, no trees.

import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Link, Plan } from '../core/model';
import { parsePlan } from '../core/parse';
import { MISSING_REASON, OUTSIDE_REASON, tooLargeReason } from '../core/read-reasons';
import type { LineIndex, Span } from '../core/text';
import { basenameUri, innermostFolder, isHierarchical, isInsideUri, linkBase, uriKey } from '../core/uris';
import type { IndexedFile, IndexedLink, LinkingGoal } from '../features/indexed-file';
import { linkDestination } from '../features/locate';
import type { LinkedText, WorkspaceFiles } from '../features/workspace';
import type { HostLogger, PlanHost } from './host';

/** Files larger than this are not indexed (the link resolver treats them the same way). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Indexing progress is reported every this many files. */
const PROGRESS_EVERY = 100;
const MARKDOWN = /\.md$/i;

/** What the index takes of the service's analysis of an open document. */
interface CheckedPlan {
  readonly plan: Plan;
  readonly version: number;
}

/** Work-done progress shown by the editor while the start-up scan lasts. */
export interface IndexProgress {
  begin(message: string): void;
  report(message: string): void;
  done(): void;
}

export interface WorkspaceIndexOptions {
  readonly host: PlanHost;
  readonly log: HostLogger;
  /** Workspace folder URIs. */
  readonly folders: () => readonly string[];
  /** The open document at a URI key. */
  readonly openDocument: (key: string) => TextDocument | undefined;
  readonly openDocuments: () => readonly TextDocument[];
  /** The service's analysis of an open document: its plan is indexed, not parsed a second time. */
  readonly analyze: (uri: string) => Promise<CheckedPlan | undefined>;
  /** Whether a parsed markdown file is a plan (front matter, configured globs). */
  readonly isPlan: (uri: string, plan: Plan) => Promise<boolean>;
  /** The folders a plan's links may lead into. */
  readonly linkBoundary: (uri: string) => Promise<readonly string[]>;
  /** A file's repository, for a file opened from outside every workspace folder. */
  readonly repositoryOf: (uri: string) => Promise<string>;
  readonly progress?: () => Promise<IndexProgress | undefined>;
}

interface Entry {
  readonly file: IndexedFile;
  /** Document version for open files, modification time for files read through the host. */
  readonly stamp: string;
}

/** Markdown by name, or a document with no name yet (untitled:), whose headings and links count too. */
const indexable = (uri: string): boolean => MARKDOWN.test(basenameUri(uri)) || !isHierarchical(uri);

export class WorkspaceIndex implements WorkspaceFiles {
  private readonly entries = new Map<string, Entry>();
  /**
   * Plans of open documents' finished checks, indexed when first asked for: indexing a long plan takes
   * milliseconds that would otherwise stand between each check and its diagnostics.
   */
  private readonly checkedPlans = new Map<string, CheckedPlan>();
  /** Whether an open document stays inside its boundary once symlinks are resolved, by URI key. */
  private readonly admitted = new Map<string, Promise<boolean>>();
  private readonly listeners: (() => void)[] = [];
  private readonly parsedListeners: ((file: IndexedFile, plan: Plan) => Promise<void>)[] = [];
  private scan: Promise<void> = Promise.resolve();
  private updates: Promise<void> = Promise.resolve();
  private generation = 0;

  constructor(private readonly options: WorkspaceIndexOptions) {}

  /** Files created, changed or deleted outside the editor. */
  filesChanged(changes: readonly { readonly uri: string; readonly deleted: boolean }[]): void {
    this.enqueue(async () => {
      for (const change of changes) {
        const key = uriKey(change.uri);
        if (change.deleted) this.forget(key);
        else if (MARKDOWN.test(basenameUri(key)) && !this.options.openDocument(key)) await this.loadFromDisk(change.uri);
      }
    });
  }

  /**
   * A deleted file, or a deleted folder with every file indexed inside it. A document still open in
   * the editor stays as the editor holds it (it may be saved again) and leaves when it is closed.
   */
  private forget(key: string): void {
    const gone = MARKDOWN.test(basenameUri(key)) ? [key] : [...this.entries.keys()].filter((entry) => entry.startsWith(`${key.replace(/\/$/, '')}/`));
    for (const entry of gone) if (!this.options.openDocument(entry)) this.entries.delete(entry);
  }

  /** An open document changed: workspace-wide counts may have too. */
  documentChanged(): void {
    this.changed();
  }

  /** The disk may hold other text than the closed editor did. */
  documentClosed(uri: string): void {
    const key = uriKey(uri);
    this.checkedPlans.delete(key);
    this.admitted.delete(key);
    if (!indexable(uri)) return;
    if (!isHierarchical(uri)) {
      this.entries.delete(key);
      this.changed();
    } else this.enqueue(async () => void (await this.loadFromDisk(uri)));
  }

  /** Starts over, for example when workspace folders change. */
  rescan(): void {
    const generation = ++this.generation;
    this.entries.clear();
    this.scan = this.crawl(generation).catch((error: unknown) => this.options.log.error(`Indexing the workspace failed: ${String(error)}`));
    void this.scan.then(() => this.changed());
  }

  /** Resolves once the start-up scan and the file events received so far are in. Workspace-wide answers wait for it. */
  async ready(): Promise<void> {
    await this.scan;
    await this.updates;
  }

  /** Called after the index (or an open document) changed, for features that show workspace-wide counts. */
  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Called with each file's parse as it is indexed, for summaries kept beside the index (which keeps no trees). */
  onDidIndex(listener: (file: IndexedFile, plan: Plan) => Promise<void>): void {
    this.parsedListeners.push(listener);
  }

  /**
   * A file's entry: the open document when there is one, else the index, else the host. With
   * `verify`, a file read through the host is re-read if it changed since (for edits that must be exact).
   */
  async file(uri: string, verify = false): Promise<IndexedFile | undefined> {
    const key = uriKey(uri);
    const open = this.options.openDocument(key);
    if (open) {
      // The editor may show a symlink whose file lies outside the workspace; its contents are not indexed.
      if (!(await this.admitsOpen(open.uri))) return undefined;
      await this.indexChecked(key);
      const have = this.entries.get(key);
      if (have?.stamp === `v${open.version}`) return have.file;
      const analysis = await this.options.analyze(open.uri);
      return analysis ? this.storePlan(open.uri, analysis.plan, `v${analysis.version}`) : this.store(open.uri, open.getText(), `v${open.version}`);
    }
    const have = this.entries.get(key);
    if (have && !verify) return have.file;
    return this.loadFromDisk(have?.file.uri ?? uri, have?.stamp);
  }

  /**
   * Every indexed file, open documents at their current version. With `latest` false, an open document
   * counts as of its last finished check, so a request (completion) never waits for a long plan's check.
   */
  async files(latest = true): Promise<IndexedFile[]> {
    await this.ready();
    return this.current(latest);
  }

  /**
   * The files indexed so far, waiting at most `budgetMs` for the start-up scan: in a workspace of
   * thousands of plans, an answer from part of them now beats a full one in a minute.
   */
  async filesWithin(budgetMs: number): Promise<IndexedFile[]> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = await Promise.race([this.ready().then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), budgetMs)))]);
    clearTimeout(timer);
    return late ? this.current(true) : this.files();
  }

  private async current(latest: boolean): Promise<IndexedFile[]> {
    for (const key of [...this.checkedPlans.keys()]) await this.indexChecked(key);
    for (const d of this.options.openDocuments()) {
      if (indexable(d.uri) && (latest || !this.entries.has(uriKey(d.uri)))) await this.file(d.uri);
    }
    return [...this.entries.values()].map((e) => e.file);
  }

  /**
   * Every goal of every plan whose why-link leads to the heading (or, without a slug, to the file).
   * With `verify`, the linking files are re-read if they changed, so edits land exactly.
   */
  async linksTo(uri: string, slug: string | undefined, verify = false): Promise<LinkingGoal[]> {
    const key = uriKey(uri);
    const find = async (): Promise<LinkingGoal[]> => {
      const out: LinkingGoal[] = [];
      for (const f of await this.files()) {
        for (const goal of f.goals) {
          for (const link of goal.whyLinks) if (link.uri === key && link.slug === slug) out.push({ file: f, goal, link });
        }
      }
      return out;
    };
    const found = await find();
    if (!verify) return found;
    await Promise.all([...new Map(found.map((l) => [l.file.key, l.file.uri])).values()].map((f) => this.file(f, true)));
    return find();
  }

  /** Takes the plan of an open document's finished check. */
  checked(uri: string, analysis: CheckedPlan): void {
    const key = uriKey(uri);
    if (indexable(uri) && this.options.openDocument(key)) this.checkedPlans.set(key, analysis);
  }

  async linkedText(uri: string, planUri: string, maxBytes: number): Promise<LinkedText> {
    const within = await this.options.linkBoundary(planUri);
    const open = this.options.openDocument(uriKey(uri));
    const read = await this.options.host.readFile(uri, open ? 0 : maxBytes, within);
    if (read.kind === 'outside') return { refused: OUTSIDE_REASON };
    if (read.kind === 'refused') return { refused: read.reason };
    if (open) return { text: open.getText() };
    if (read.kind === 'missing') return { refused: MISSING_REASON };
    if (read.kind === 'too-large') return { refused: tooLargeReason(read.size, maxBytes) };
    return { text: read.text };
  }

  async admits(uri: string, planUri: string): Promise<boolean> {
    const read = await this.options.host.readFile(uri, 0, await this.options.linkBoundary(planUri));
    return read.kind !== 'outside';
  }

  /** The folders a file of the index must stay in: its workspace folders, or its own repository for a file opened from outside them. */
  private async boundary(uri: string): Promise<readonly string[]> {
    const folder = innermostFolder(this.options.folders(), uri);
    return folder ? this.options.folders().filter((f) => isInsideUri(f, uri)) : [await this.options.repositoryOf(uri)];
  }

  private admitsOpen(uri: string): Promise<boolean> {
    const key = uriKey(uri);
    let admitted = this.admitted.get(key);
    if (!admitted) {
      // A document with no place on disk is the editor's own text.
      admitted = isHierarchical(uri) ? this.boundary(uri).then(async (within) => (await this.options.host.readFile(uri, 0, within)).kind !== 'outside') : Promise.resolve(true);
      this.admitted.set(key, admitted);
    }
    return admitted;
  }

  /** Indexes the plan of the open document's last finished check, if not done yet. */
  private async indexChecked(key: string): Promise<void> {
    const checked = this.checkedPlans.get(key);
    if (!checked) return;
    this.checkedPlans.delete(key);
    const stamp = `v${checked.version}`;
    const open = this.options.openDocument(key);
    if (open && this.entries.get(key)?.stamp !== stamp) await this.storePlan(open.uri, checked.plan, stamp);
  }

  /** Requests that arrive after an event must see it: updates run in order and `ready` waits for them. */
  private enqueue(update: () => Promise<void>): void {
    this.updates = this.updates
      .then(update)
      .then(() => this.changed())
      .catch((error: unknown) => this.options.log.error(`Updating the index failed: ${String(error)}`));
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private async crawl(generation: number): Promise<void> {
    // Shown by the editor while it lasts. The scan never waits for the client to create it: reports follow it in order.
    const progress = (this.options.progress?.() ?? Promise.resolve(undefined)).catch(() => undefined);
    void progress.then((p) => p?.begin('Indexing the workspace'));
    try {
      await this.walk(generation, (count) => void progress.then((p) => p?.report(`${count} markdown files indexed`)));
    } finally {
      void progress.then((p) => p?.done());
    }
  }

  private async walk(generation: number, indexed: (count: number) => void): Promise<void> {
    let count = 0;
    for (const folder of [...this.options.folders()].reverse()) {
      if (generation !== this.generation) return;
      for (const uri of await this.options.host.findFiles(folder)) {
        if (generation !== this.generation) return;
        if (!MARKDOWN.test(basenameUri(uri)) || this.entries.has(uriKey(uri))) continue;
        await this.file(uri);
        if (++count % PROGRESS_EVERY === 0) indexed(count);
        // Parsing is synchronous; yield so diagnostics of open documents are never held up.
        await this.options.host.yieldSlice();
      }
    }
  }

  private async loadFromDisk(uri: string, knownStamp?: string): Promise<IndexedFile | undefined> {
    const key = uriKey(uri);
    const within = await this.boundary(uri);
    // The gate first: nothing outside the boundary is looked at, not even its time stamp.
    const gate = await this.options.host.readFile(uri, 0, within);
    const stat = gate.kind === 'text' || gate.kind === 'too-large' ? await this.options.host.stat(uri) : undefined;
    const stamp = stat?.type === 'file' ? `m${stat.mtime}:${stat.size}` : undefined;
    const have = this.entries.get(key);
    if (have && stamp !== undefined && stamp === knownStamp) return have.file;
    const read = stamp === undefined ? undefined : await this.options.host.readFile(uri, MAX_FILE_BYTES, within);
    if (stamp === undefined || read?.kind !== 'text') {
      this.entries.delete(key);
      return undefined;
    }
    return this.store(uri, read.text, stamp);
  }

  private async store(uri: string, text: string, stamp: string): Promise<IndexedFile> {
    return this.storePlan(uri, parsePlan(text), stamp);
  }

  private async storePlan(uri: string, plan: Plan, stamp: string): Promise<IndexedFile> {
    const key = uriKey(uri);
    const indexed = indexPlan(uri, linkBase(uri, this.options.folders()), plan, await this.options.isPlan(this.options.openDocument(key)?.uri ?? uri, plan));
    this.entries.set(key, { file: indexed, stamp });
    for (const listener of this.parsedListeners) await listener(indexed, plan);
    return indexed;
  }
}

/** What the index keeps of one parsed markdown file. */
export function indexPlan(uri: string, base: string | undefined, plan: Plan, isPlan: boolean): IndexedFile {
  const { lines } = plan;
  const purposeStarts = new Set(isPlan ? plan.purposes.map((p) => p.heading.span.start) : []);
  const headings = plan.headings.map((h) => ({
    text: h.text,
    slug: h.slug,
    depth: h.depth,
    range: toRange(lines, h.span),
    textRange: toRange(lines, h.textSpan),
    isPurpose: purposeStarts.has(h.span.start),
  }));
  const goals = isPlan
    ? plan.goals.map((g) => ({
        statement: g.statement,
        statementRange: toRange(lines, g.statementSpan),
        whyLinks: (g.fields.find((f) => f.key === 'why')?.links ?? []).flatMap((l) => indexLink(plan, uri, base, l) ?? []),
      }))
    : [];
  return { uri, key: uriKey(uri), isPlan, headings, goals };
}

function indexLink(plan: Plan, uri: string, base: string | undefined, link: Link): IndexedLink | undefined {
  const destination = linkDestination(uri, base, link);
  if (!destination) return undefined;
  const fragment = destination.slug === undefined ? undefined : fragmentSpan(plan.text, link);
  return {
    ...destination,
    range: toRange(plan.lines, link.span),
    fragmentRange: fragment && toRange(plan.lines, fragment),
  };
}

/** Where the text after `#` is written: in the inline link, or in the definition of a reference link. */
function fragmentSpan(text: string, link: Link): Span | undefined {
  const raw = text.slice(link.span.start, link.span.end);
  const destination = raw.endsWith(')') ? raw.lastIndexOf('](') : -1;
  if (destination >= 0) {
    const hash = raw.indexOf('#', destination);
    return hash >= 0 ? fragmentAt(text, link.span.start + hash + 1) : undefined;
  }
  const hashInTarget = link.target.indexOf('#');
  const definition = new RegExp(`^[ \\t]{0,3}\\[[^\\]]+\\]:[ \\t]*<?${escapeRegExp(link.target.slice(0, hashInTarget))}#`, 'gm');
  const m = definition.exec(text);
  return m ? fragmentAt(text, m.index + m[0].length) : undefined;
}

function fragmentAt(text: string, start: number): Span {
  let end = start;
  while (end < text.length && !/[\s)>"']/.test(text[end])) end++;
  return { start, end };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

