// An index of the workspace's markdown files: headings with slugs, purposes, and the goals of plans
// with their why-links. Built in the background at start-up, kept current through open documents and
// watched-file events. It keeps only what navigation, hover, code lens and completion need: no texts,
// no trees.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type ClientCapabilities,
  type Connection,
  type Range,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LinkResolver } from '../core/links';
import type { Link, Plan } from '../core/model';
import { parsePlan } from '../core/parse';
import type { LineIndex, Span } from '../core/text';
import type { IndexedFile, IndexedLink, LinkingGoal } from '../features/indexed-file';
import { DEFAULT_MAX_FILE_SIZE } from '../core/size-limit';
import { linkBoundary } from '../node/config-file';
import { fileLinkResolver } from '../node/file-links';
import { isInside, linkDestination, uriToPath } from '../node/paths';
import { locate, readPrefix, refusalReason, staysInside, tooLargeReason } from '../node/read-gate';

/** Files larger than this are not indexed (the link resolver treats them the same way). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** Indexing progress is reported every this many files. */
const PROGRESS_EVERY = 100;
const MARKDOWN = /\.md$/i;

/** What the index takes of the session's analysis of an open document. */
interface CheckedPlan {
  readonly plan: Plan;
  readonly version: number;
}

export interface WorkspaceIndexOptions {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly roots: () => readonly string[];
  /** The session's analysis of an open document: its plan is indexed, not parsed a second time. */
  readonly analyze: (uri: string) => Promise<CheckedPlan | undefined>;
  /** Whether a parsed markdown file is a plan (front matter, configured globs). */
  readonly isPlan: (uri: string, plan: Plan) => Promise<boolean>;
}

interface Entry {
  readonly file: IndexedFile;
  /** Document version for open files, modification time for files read from disk. */
  readonly stamp: string;
}

export class WorkspaceIndex {
  private readonly entries = new Map<string, Entry>();
  /**
   * Plans of open documents' finished checks, indexed when first asked for: indexing a long plan takes
   * milliseconds that would otherwise stand between each check and its diagnostics.
   */
  private readonly checkedPlans = new Map<string, CheckedPlan>();
  private readonly listeners: (() => void)[] = [];
  private readonly parsedListeners: ((file: IndexedFile, plan: Plan) => Promise<void>)[] = [];
  private scan: Promise<void> = Promise.resolve();
  private updates: Promise<void> = Promise.resolve();
  private generation = 0;

  constructor(private readonly options: WorkspaceIndexOptions) {
    options.connection.onDidChangeWatchedFiles((params) =>
      this.enqueue(async () => {
        for (const change of params.changes) {
          const file = uriToPath(change.uri);
          if (!file || !MARKDOWN.test(file) || this.openDocument(file)) continue;
          if (change.type === FileChangeType.Deleted) this.entries.delete(file);
          else await this.loadFromDisk(file);
        }
      }),
    );
    options.documents.onDidChangeContent(() => this.changed());
    // The disk may hold other text than the closed editor did.
    options.documents.onDidClose((event) => {
      const file = uriToPath(event.document.uri);
      if (file) this.checkedPlans.delete(file);
      if (file && MARKDOWN.test(file)) this.enqueue(async () => void (await this.loadFromDisk(file)));
    });
  }

  /** Watches markdown files and indexes the workspace in the background; call once the client is initialised. */
  start(client: ClientCapabilities): void {
    if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void this.options.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.md' }] });
    }
    this.rescan();
  }

  /** Starts over, for example when workspace folders change. */
  rescan(): void {
    const generation = ++this.generation;
    this.entries.clear();
    this.scan = this.crawl(generation).catch((error: unknown) => this.options.connection.console.error(`Indexing the workspace failed: ${String(error)}`));
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
   * A file's entry: the open document when there is one, else the index, else the disk. With
   * `verify`, a file read from disk is re-read if it changed since (for edits that must be exact).
   */
  async file(file: string, verify = false): Promise<IndexedFile | undefined> {
    const open = this.openDocument(file);
    if (open) {
      // The editor may show a symlink whose file lies outside the workspace; its contents are not indexed.
      if (!staysInside(file, this.boundary(file))) return undefined;
      await this.indexChecked(file);
      const have = this.entries.get(file);
      if (have?.stamp === `v${open.version}`) return have.file;
      const analysis = await this.options.analyze(open.uri);
      return analysis ? this.storePlan(file, analysis.plan, `v${analysis.version}`) : this.store(file, open.getText(), `v${open.version}`);
    }
    const have = this.entries.get(file);
    if (have && !verify) return have.file;
    return this.loadFromDisk(file, have?.stamp);
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
    let timer: NodeJS.Timeout | undefined;
    const late = await Promise.race([this.ready().then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), budgetMs)))]);
    clearTimeout(timer);
    return late ? this.current(true) : this.files();
  }

  private async current(latest: boolean): Promise<IndexedFile[]> {
    for (const file of [...this.checkedPlans.keys()]) await this.indexChecked(file);
    for (const d of this.options.documents.all()) {
      const file = uriToPath(d.uri);
      if (file && MARKDOWN.test(file) && (latest || !this.entries.has(file))) await this.file(file);
    }
    return [...this.entries.values()].map((e) => e.file);
  }

  /**
   * Every goal of every plan whose why-link leads to the heading (or, without a slug, to the file).
   * With `verify`, the linking files are re-read if they changed on disk, so edits land exactly.
   */
  async linksTo(file: string, slug: string | undefined, verify = false): Promise<LinkingGoal[]> {
    const find = async (): Promise<LinkingGoal[]> => {
      const out: LinkingGoal[] = [];
      for (const f of await this.files()) {
        for (const goal of f.goals) {
          for (const link of goal.whyLinks) if (link.path === file && link.slug === slug) out.push({ file: f, goal, link });
        }
      }
      return out;
    };
    const found = await find();
    if (!verify) return found;
    await Promise.all([...new Set(found.map((l) => l.file.path))].map((f) => this.file(f, true)));
    return find();
  }

  /** Takes the plan of an open document's finished check. */
  checked(uri: string, analysis: CheckedPlan): void {
    const file = uriToPath(uri);
    if (file && MARKDOWN.test(file) && this.openDocument(file)) this.checkedPlans.set(file, analysis);
  }

  /**
   * The text of a file a plan links to, through the read gate: the open document's, else at most
   * `maxBytes` from the disk; or why it is not read.
   */
  linkedText(file: string, planPath: string, maxBytes = DEFAULT_MAX_FILE_SIZE): { text: string } | { refused: string } {
    const place = locate(file, linkBoundary(this.options.roots(), planPath));
    if (place.kind === 'outside' || place.kind === 'special') return { refused: refusalReason(place) };
    const open = this.openDocument(file);
    if (open) return { text: open.getText() };
    if (place.kind !== 'file') return { refused: refusalReason(place) };
    if (place.size > maxBytes) return { refused: tooLargeReason(place.size, maxBytes) };
    const bytes = readPrefix(place, maxBytes);
    return Buffer.isBuffer(bytes) ? { text: bytes.toString('utf8') } : { refused: refusalReason(bytes) };
  }

  /** Whether a plan's link may be followed to the file: inside the workspace once symlinks are resolved. */
  admits(file: string, planPath: string): boolean {
    return staysInside(file, linkBoundary(this.options.roots(), planPath));
  }

  /** Resolves a plan's links as diagnostics do: open text first, then the disk. */
  resolver(planPath: string, maxBytes?: number): LinkResolver {
    return fileLinkResolver({ planPath, roots: linkBoundary(this.options.roots(), planPath), openText: (f) => this.openDocument(f)?.getText(), maxBytes });
  }

  /** The folders a file of the index must stay in: its workspace folders, or its own repository for a file opened from outside them. */
  private boundary(file: string): readonly string[] {
    const roots = this.options.roots().filter((r) => isInside(r, file));
    return roots.length > 0 ? roots : linkBoundary([], file);
  }

  /** Indexes the plan of the open document's last finished check, if not done yet. */
  private async indexChecked(file: string): Promise<void> {
    const checked = this.checkedPlans.get(file);
    if (!checked) return;
    this.checkedPlans.delete(file);
    const stamp = `v${checked.version}`;
    if (this.openDocument(file) && this.entries.get(file)?.stamp !== stamp) await this.storePlan(file, checked.plan, stamp);
  }

  /** Requests that arrive after an event must see it: updates run in order and `ready` waits for them. */
  private enqueue(update: () => Promise<void>): void {
    this.updates = this.updates
      .then(update)
      .then(() => this.changed())
      .catch((error: unknown) => this.options.connection.console.error(`Updating the index failed: ${String(error)}`));
  }

  private openDocument(file: string): TextDocument | undefined {
    return this.options.documents.get(pathToFileURL(file).href) ?? this.options.documents.all().find((d) => uriToPath(d.uri) === file);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private async crawl(generation: number): Promise<void> {
    // Shown by the editor while it lasts; a client without work-done progress gets a reporter that says
    // nothing. The scan never waits for the client to create it: reports follow it in order.
    const progress = this.options.connection.window.createWorkDoneProgress().catch(() => undefined);
    void progress.then((p) => p?.begin('Mentoring Plans', undefined, 'Indexing the workspace'));
    try {
      await this.walk(generation, (count) => void progress.then((p) => p?.report(`${count} markdown files indexed`)));
    } finally {
      void progress.then((p) => p?.done());
    }
  }

  private async walk(generation: number, indexed: (count: number) => void): Promise<void> {
    const pending = [...this.options.roots()];
    let count = 0;
    while (pending.length > 0 && generation === this.generation) {
      const dir = pending.pop()!;
      let children;
      try {
        children = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const child of children) {
        const full = path.join(dir, child.name);
        if (child.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(child.name)) pending.push(full);
        } else if (child.isFile() && MARKDOWN.test(child.name) && !this.entries.has(full)) {
          await this.file(full);
          if (++count % PROGRESS_EVERY === 0) indexed(count);
          // Parsing is synchronous; yield so diagnostics of open documents are never held up.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    }
  }

  private async loadFromDisk(file: string, knownStamp?: string): Promise<IndexedFile | undefined> {
    const place = locate(file, this.boundary(file));
    const stamp = place.kind === 'file' ? `m${place.mtimeMs}:${place.size}` : undefined;
    const have = this.entries.get(file);
    if (have && stamp !== undefined && stamp === knownStamp) return have.file;
    const bytes = place.kind === 'file' && place.size <= MAX_FILE_BYTES ? readPrefix(place, MAX_FILE_BYTES) : undefined;
    if (stamp === undefined || !Buffer.isBuffer(bytes)) {
      this.entries.delete(file);
      return undefined;
    }
    return this.store(file, bytes.toString('utf8'), stamp);
  }

  private async store(file: string, text: string, stamp: string): Promise<IndexedFile> {
    return this.storePlan(file, parsePlan(text), stamp);
  }

  private async storePlan(file: string, plan: Plan, stamp: string): Promise<IndexedFile> {
    const uri = pathToFileURL(file).href;
    const indexed = indexPlan(uri, file, plan, await this.options.isPlan(this.openDocument(file)?.uri ?? uri, plan));
    this.entries.set(file, { file: indexed, stamp });
    for (const listener of this.parsedListeners) await listener(indexed, plan);
    return indexed;
  }
}

/** What the index keeps of one parsed markdown file. */
export function indexPlan(uri: string, file: string, plan: Plan, isPlan: boolean): IndexedFile {
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
        whyLinks: (g.fields.find((f) => f.key === 'why')?.links ?? []).flatMap((l) => indexLink(plan, file, l) ?? []),
      }))
    : [];
  return { uri, path: file, isPlan, headings, goals };
}

function indexLink(plan: Plan, file: string, link: Link): IndexedLink | undefined {
  const destination = linkDestination(file, link);
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

