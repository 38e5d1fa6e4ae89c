// `.mentoring-plans.json` files for the language server, through the host: found by walking up from a
// document to its workspace folder or repository root, parsed once per change (from the editor when
// open), and their folders watched so that a config file created, edited or deleted on disk counts.

import type { CheckConfig } from '../core/config';
import { CONFIG_FILE_NAME, MAX_CONFIG_BYTES, parseConfigText, prefixGlobs, tooLargeProblem, type ConfigFile, type MutableConfig } from '../core/config-file-text';
import { basenameUri, dirnameUri, innermostFolder, isHierarchical, isInsideUri, relativeUriPath, resolveUri, treeTop, uriKey } from '../core/uris';
import { deepestExistingFolder } from './existing-folder';
import type { Disposable, PlanHost } from './host';

/** Editors write a file in several steps; one re-read after the last. */
const SETTLE_MS = 50;

export interface ConfigDiscoveryOptions {
  readonly host: PlanHost;
  /** Workspace folder URIs. */
  readonly folders: () => readonly string[];
  /** The editor's text of an open document. */
  readonly openText: (uri: string) => string | undefined;
  /** A config file was read: its problems are its diagnostics. */
  readonly onRead: (uri: string, file: ConfigFile, open: boolean) => void;
  /** A config file not open in the editor changed on disk. */
  readonly onDiskChange: (uri: string) => void;
}

export function isConfigFile(uri: string): boolean {
  return isHierarchical(uri) && basenameUri(uri) === CONFIG_FILE_NAME;
}

const whole = (uri: string, message: string): ConfigFile => ({ path: uri, config: {}, root: false, problems: [{ message, span: { start: 0, end: 0 }, line: 1, column: 1, endLine: 1, endColumn: 1 }] });

export class ConfigDiscovery {
  private readonly files = new Map<string, Promise<ConfigFile>>();
  private readonly layers = new Map<string, Promise<readonly Partial<CheckConfig>[]>>();
  private readonly boundaries = new Map<string, Promise<string>>();
  private readonly watched = new Map<string, Disposable>();

  constructor(private readonly options: ConfigDiscoveryOptions) {}

  /** The config layers for a document, farthest first, globs relative to its workspace folder. */
  layersFor(uri: string): Promise<readonly Partial<CheckConfig>[]> {
    if (!isHierarchical(uri) || isConfigFile(uri)) return Promise.resolve([]);
    // Globs are matched against the path from the workspace folder, so config globs are rewritten to it.
    const root = uriKey(innermostFolder(this.options.folders(), uri) ?? dirnameUri(uri));
    return this.cached(this.layers, `${root}\0${dirnameUri(uri)}`, async () => {
      // Folders that do not exist hold no config file: the search starts at the deepest that does.
      const dir = await deepestExistingFolder(dirnameUri(uri), root, async (folder) => (await this.options.host.stat(folder)) !== undefined);
      const searched = await this.searchedFolders(dir, root);
      for (const folder of searched) this.watch(folder);
      const files: ConfigFile[] = [];
      for (const folder of searched) {
        const file = resolveUri(folder, CONFIG_FILE_NAME)!;
        if (!(await this.exists(file))) continue;
        const config = await this.read(file);
        files.unshift(config);
        if (config.root) break;
      }
      return files.map((f) => layerFor(f, root));
    });
  }

  /** The config file at `uri`, parsed: the editor's text when open, else the file through the host. */
  read(uri: string): Promise<ConfigFile> {
    return this.cached(this.files, uriKey(uri), async () => {
      const open = this.options.openText(uri);
      const file = open !== undefined ? parseConfigText(open, uri) : await this.readFromHost(uri);
      this.options.onRead(uri, file, open !== undefined);
      return file;
    });
  }

  /** A config file was opened, edited, closed or changed on disk: read it again. */
  changed(uri: string): void {
    this.files.delete(uriKey(uri));
    this.layers.clear();
    this.boundaries.clear();
  }

  /**
   * The folders a file's links may lead into: the workspace folders, or without any, the file's
   * repository (else its own folder).
   */
  async boundaryFor(uri: string): Promise<readonly string[]> {
    const folders = this.options.folders();
    if (folders.length > 0) return folders;
    return isHierarchical(uri) ? [await this.repositoryOf(uri)] : [];
  }

  /** The nearest folder up that holds `.git` or a config file saying `"root": true`; else the file's own folder. */
  repositoryOf(uri: string): Promise<string> {
    const dir = dirnameUri(uri);
    return this.cached(this.boundaries, dir, async () => {
      for (let current = dir; ; ) {
        if (await this.exists(resolveUri(current, '.git')!)) return current;
        const config = resolveUri(current, CONFIG_FILE_NAME)!;
        if ((await this.exists(config)) && (await this.read(config)).root) return current;
        const parent = dirnameUri(current);
        if (parent === current) return dir;
        current = parent;
      }
    });
  }

  dispose(): void {
    for (const w of this.watched.values()) w.dispose();
    this.watched.clear();
  }

  private cached<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
    let value = map.get(key);
    if (!value) {
      value = make();
      map.set(key, value);
    }
    return value;
  }

  private async readFromHost(uri: string): Promise<ConfigFile> {
    // Its own tree is the boundary: a config file is settings, wherever a symlink puts it.
    const read = await this.options.host.readFile(uri, MAX_CONFIG_BYTES, [treeTop(uri)]);
    switch (read.kind) {
      case 'text':
        return parseConfigText(read.text, uri);
      case 'too-large':
        return whole(uri, tooLargeProblem(read.size));
      case 'missing':
        return whole(uri, 'Cannot read the file (ENOENT).');
      case 'outside':
        return whole(uri, 'This file is outside the workspace; it is not read.');
      case 'refused':
        return whole(uri, `This ${read.reason}.`);
    }
  }

  /** A config file open in the editor counts before it is first saved. */
  private async exists(uri: string): Promise<boolean> {
    return this.options.openText(uri) !== undefined || (await this.options.host.stat(uri)) !== undefined;
  }

  /** The folders searched, nearest first: up to the workspace folder, or the first repository root (`.git`). */
  private async searchedFolders(dir: string, stop: string): Promise<string[]> {
    const out: string[] = [];
    for (let current = dir; ; ) {
      out.push(current);
      if (current === stop || (await this.exists(resolveUri(current, '.git')!))) break;
      const parent = dirnameUri(current);
      if (parent === current) break;
      current = parent;
    }
    return out;
  }

  private watch(folder: string): void {
    if (this.watched.has(folder)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const file = resolveUri(folder, CONFIG_FILE_NAME)!;
    this.watched.set(
      folder,
      this.options.host.watch(folder, (changed) => {
        if (changed !== folder && uriKey(changed) !== file) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (this.options.openText(file) !== undefined) return;
          this.changed(file);
          this.options.onDiskChange(file);
        }, SETTLE_MS);
      }),
    );
  }
}

/** A config file's layer, with globs relative to `base`; globs of a file outside `base` cannot be kept. */
export function layerFor(file: ConfigFile, base: string): Partial<CheckConfig> {
  const dir = dirnameUri(file.path);
  const layer: MutableConfig = { ...file.config };
  const prefix = isInsideUri(base, dir) ? relativeUriPath(base, dir) : undefined;
  if (prefix === undefined) {
    delete layer.files;
    delete layer.ignore;
    return layer;
  }
  if (file.config.files) layer.files = prefixGlobs(file.config.files, prefix);
  if (file.config.ignore) layer.ignore = prefixGlobs(file.config.ignore, prefix);
  return layer;
}
