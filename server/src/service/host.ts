// What the plan service asks of the place it runs in. The service, like the core, imports no Node
// built-in: the Node host answers from the file system (stdio/IPC server, CLI), the browser host by
// asking the editor (web worker server in vscode.dev, github.dev). Every file is named by URI.

/** The outcome of reading one file through the host's gate. */
export type HostRead =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'missing' }
  /** Outside every folder in `within`, as written or as stored: not read. */
  | { readonly kind: 'outside' }
  /** Larger than the limit asked for: not read; `head` is its first bytes decoded, for front matter. */
  | { readonly kind: 'too-large'; readonly size: number; readonly head: string }
  /** There, but not to be read: `reason` ends the sentence "The link points to X, which …". */
  | { readonly kind: 'refused'; readonly reason: string };

export interface HostStat {
  readonly type: 'file' | 'directory' | 'other';
  readonly size: number;
  readonly mtime: number;
}

export interface Disposable {
  dispose(): void;
}

export interface HostLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface PlanHost {
  /**
   * Reads a file as UTF-8 text, never more than `maxBytes` bytes of it. `within`: folder URIs the file
   * must stay inside, as written and as stored (a symlink leading out is refused).
   */
  readFile(uri: string, maxBytes: number, within: readonly string[]): Promise<HostRead>;
  stat(uri: string): Promise<HostStat | undefined>;
  /** The markdown and config files under a folder, minus what editors and VCS hide (.git, node_modules). */
  findFiles(folderUri: string): Promise<readonly string[]>;
  /**
   * Calls back (with the changed file's URI, or the folder's when the host cannot tell which) when a
   * file directly in the folder is created, changed or deleted; subfolders are watched on their own.
   */
  watch(folderUri: string, onChange: (uri: string) => void): Disposable;
  /** Today as YYYY-MM-DD in the mentor's time zone. */
  today(): string;
  readonly log: HostLogger;
  /** Lets other work (a keystroke, a cancel) run between time slices of a check. */
  yieldSlice(): Promise<void>;
  /**
   * When each line of a file last changed (YYYY-MM-DD, from version control); undefined where unknown.
   * `text`: the editor's unsaved text, dated against the history (its new lines dated today).
   */
  lineDates?(uri: string, text?: string): Promise<readonly (string | undefined)[] | undefined>;
}
