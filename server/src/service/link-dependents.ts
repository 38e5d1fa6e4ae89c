// Which files each open document's check read for its why-links, so that an edit to one of them
// re-checks the plans that link to it (their cached analyses read the file as it was).

import { uriKey } from '../core/uris';

export class LinkDependents {
  /** URI keys each open document's last finished check read. */
  private readonly linked = new Map<string, ReadonlySet<string>>();
  /** URI keys read so far by a check still running. */
  private readonly reading = new Map<string, ReadonlySet<string>>();

  started(uri: string, reads: ReadonlySet<string>): void {
    this.reading.set(uri, reads);
  }

  finished(uri: string, reads: ReadonlySet<string>, linked?: ReadonlySet<string>): void {
    if (this.reading.get(uri) === reads) this.reading.delete(uri);
    if (linked) this.linked.set(uri, linked);
  }

  forget(uri: string): void {
    this.linked.delete(uri);
    this.reading.delete(uri);
  }

  /** The documents among `open` whose checks read `changed`; every one but it when `changed` is empty (a config file changed). */
  affected(changed: string, open: readonly string[]): string[] {
    const key = changed === '' ? '' : uriKey(changed);
    const reads = (uri: string): boolean => !!(this.linked.get(uri)?.has(key) || this.reading.get(uri)?.has(key));
    return open.filter((uri) => uri !== changed && (changed === '' || reads(uri)));
  }
}
