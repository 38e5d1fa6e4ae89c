// What the checks can be told: which files are plans, rule severities, and phrase lists.

import { RULES, type RuleId, type Severity, type SeveritySetting } from '../data/catalogue';

export type PhraseListId = 'vague' | 'wish' | 'maintenance' | 'borrowed' | 'feeling';

export interface PhraseOverrides {
  readonly add?: readonly string[];
  readonly remove?: readonly string[];
}

export interface CheckConfig {
  /** Globs (relative to the workspace or config root) that make a markdown file a plan. */
  readonly files: readonly string[];
  readonly ignore: readonly string[];
  readonly rules: Readonly<Partial<Record<RuleId, SeveritySetting>>>;
  readonly phrases: Readonly<Partial<Record<PhraseListId, PhraseOverrides>>>;
}

export const DEFAULT_FILES: readonly string[] = ['**/*.plan.md', '**/*.mentoring.md'];

export const DEFAULT_CONFIG: CheckConfig = { files: DEFAULT_FILES, ignore: [], rules: {}, phrases: {} };

export function severityOf(config: CheckConfig, id: RuleId): Severity | undefined {
  const s = config.rules[id] ?? RULES[id].defaultSeverity;
  return s === 'off' ? undefined : s;
}

/** Layers configs: later ones override earlier ones key by key; phrase edits accumulate. */
export function mergeConfig(...layers: readonly Partial<CheckConfig>[]): CheckConfig {
  let out: CheckConfig = DEFAULT_CONFIG;
  for (const layer of layers) {
    const phrases: Partial<Record<PhraseListId, PhraseOverrides>> = { ...out.phrases };
    for (const [id, p] of Object.entries(layer.phrases ?? {}) as [PhraseListId, PhraseOverrides][]) {
      const prev = phrases[id] ?? {};
      phrases[id] = { add: [...(prev.add ?? []), ...(p.add ?? [])], remove: [...(prev.remove ?? []), ...(p.remove ?? [])] };
    }
    out = {
      files: layer.files ?? out.files,
      ignore: layer.ignore ?? out.ignore,
      rules: { ...out.rules, ...layer.rules },
      phrases,
    };
  }
  return out;
}
