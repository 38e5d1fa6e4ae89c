// Editor settings under `mentoringPlans.*`: read once per document (from the client, per resource,
// when it can say; else the settings it sent last), checked by the same validator as config files.

import { getNodePath, parseTree } from 'jsonc-parser';
import { mergeConfig, type CheckConfig } from '../core/config';
import { validateConfig, type MutableConfig } from '../core/config-file-text';
import { DEFAULT_MAX_FILE_SIZE, parseMaxFileSize } from '../core/size-limit';
import type { HostLogger } from './host';

export interface SettingsProblem {
  /** The setting's key under mentoringPlans, such as `rules.vague-goals`. */
  readonly key: string;
  readonly message: string;
}

/** Reads the settings object; values of the wrong shape are reported, never silently used. */
export function settingsToConfig(raw: unknown): { config: Partial<CheckConfig>; problems: SettingsProblem[] } {
  const config: MutableConfig = {};
  const problems: SettingsProblem[] = [];
  if (!raw || typeof raw !== 'object') return { config, problems };
  // Through JSON text, so settings and config files meet one validator that reports at tree nodes.
  const tree = parseTree(JSON.stringify(raw));
  if (tree?.type !== 'object') return { config, problems };
  validateConfig(
    tree,
    config,
    (span, message) => {
      const node = nodeAt(tree, span.start);
      problems.push({ key: node ? getNodePath(node).join('.') : '', message });
    },
    (node) => ({ start: node.offset, end: node.offset + node.length }),
    'settings',
  );
  return { config, problems };
}

function nodeAt(tree: NonNullable<ReturnType<typeof parseTree>>, offset: number): ReturnType<typeof parseTree> {
  let found = tree;
  for (let node = tree; node; ) {
    found = node;
    node = node.children?.find((c) => c.offset <= offset && offset < c.offset + Math.max(c.length, 1)) as typeof tree;
  }
  return found;
}

export interface SettingsSource {
  /** The client's settings for one document, or undefined when it only sends them all at once. */
  pull(uri: string): Promise<unknown> | undefined;
}

/** Settings per document, read once until they change. */
export class Settings {
  private readonly cache = new Map<string, Promise<CheckConfig>>();
  /** mentoringPlans.maxFileSize per document, read with its settings (it is not part of CheckConfig). */
  private readonly maxFileSizes = new Map<string, number>();
  private global: unknown;

  constructor(
    private readonly source: SettingsSource,
    private readonly log: HostLogger,
  ) {}

  /** The settings the client sent (at start, or with a change), used when it cannot be asked per document. */
  setGlobal(settings: unknown): void {
    if (settings !== undefined) this.global = settings;
    this.clear();
  }

  clear(): void {
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  configFor(uri: string): Promise<CheckConfig> {
    let cached = this.cache.get(uri);
    if (!cached) {
      cached = (async () => {
        const pulled = this.source.pull(uri);
        const raw = pulled ? await pulled : this.global;
        const { config, problems } = settingsToConfig(raw);
        this.maxFileSizes.set(uri, parseMaxFileSize(raw && typeof raw === 'object' ? (raw as Record<string, unknown>).maxFileSize : undefined) ?? DEFAULT_MAX_FILE_SIZE);
        for (const p of problems) this.log.warn(`Setting mentoringPlans.${p.key}: ${p.message}`);
        return mergeConfig(config);
      })().catch((error: unknown) => {
        this.log.error(`Could not read settings: ${String(error)}`);
        return mergeConfig();
      });
      this.cache.set(uri, cached);
    }
    return cached;
  }

  /** mentoringPlans.maxFileSize for a document, as of its last settings read. */
  maxFileSize(uri: string): number {
    return this.maxFileSizes.get(uri) ?? DEFAULT_MAX_FILE_SIZE;
  }
}
