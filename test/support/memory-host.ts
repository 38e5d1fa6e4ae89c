// A plan host over files held in memory, for the service's unit tests: no disk, no timers. Reads can
// be held back to test what happens while a check waits for them, and watchers are told of writes.

import type { Disposable, HostRead, HostStat, PlanHost } from '../../server/src/service/host';
import { dirnameUri, isInsideUri, uriKey } from '../../server/src/core/uris';

export class MemoryHost implements PlanHost {
  private readonly files = new Map<string, string>();
  private readonly watchers = new Map<string, Set<(uri: string) => void>>();
  private held: { uri: string; release: Promise<void> } | undefined;
  readonly messages: string[] = [];
  readonly log = {
    info: (m: string) => void this.messages.push(`info: ${m}`),
    warn: (m: string) => void this.messages.push(`warn: ${m}`),
    error: (m: string) => void this.messages.push(`error: ${m}`),
  };

  constructor(files: Record<string, string> = {}, private readonly date = '2026-03-02') {
    for (const [uri, text] of Object.entries(files)) this.files.set(uriKey(uri), text);
  }

  /** Writes a file and tells the watchers of its folder, as a file system would. */
  write(uri: string, text: string): void {
    this.files.set(uriKey(uri), text);
    for (const listener of this.watchers.get(dirnameUri(uri)) ?? []) listener(uri);
  }

  /** Reads of `uri` wait until the returned function is called. */
  hold(uri: string): () => void {
    let release!: () => void;
    this.held = { uri: uriKey(uri), release: new Promise<void>((resolve) => (release = resolve)) };
    return () => {
      this.held = undefined;
      release();
    };
  }

  watching(folder: string): boolean {
    return (this.watchers.get(uriKey(folder))?.size ?? 0) > 0;
  }

  async readFile(uri: string, maxBytes: number, within: readonly string[]): Promise<HostRead> {
    const key = uriKey(uri);
    if (this.held?.uri === key) await this.held.release;
    if (!within.some((w) => isInsideUri(w, key))) return { kind: 'outside' };
    const text = this.files.get(key);
    if (text === undefined) return this.isFolder(key) ? { kind: 'refused', reason: 'is a folder, not a file' } : { kind: 'missing' };
    const size = new TextEncoder().encode(text).length;
    return size > maxBytes ? { kind: 'too-large', size, head: text.slice(0, maxBytes) } : { kind: 'text', text };
  }

  async stat(uri: string): Promise<HostStat | undefined> {
    const key = uriKey(uri);
    const text = this.files.get(key);
    if (text !== undefined) return { type: 'file', size: text.length, mtime: 1 };
    return this.isFolder(key) ? { type: 'directory', size: 0, mtime: 1 } : undefined;
  }

  async findFiles(folderUri: string): Promise<readonly string[]> {
    return [...this.files.keys()].filter((uri) => isInsideUri(folderUri, uri) && /\.md$|\/\.mentoring-plans\.json$/.test(uri));
  }

  watch(folderUri: string, onChange: (uri: string) => void): Disposable {
    const key = uriKey(folderUri);
    const listeners = this.watchers.get(key) ?? new Set();
    listeners.add(onChange);
    this.watchers.set(key, listeners);
    return { dispose: () => listeners.delete(onChange) };
  }

  today(): string {
    return this.date;
  }

  async yieldSlice(): Promise<void> {}

  private isFolder(key: string): boolean {
    return [...this.files.keys()].some((f) => f !== key && isInsideUri(key, f));
  }
}
