// Editor settings under `mentoringPlans.*`, pulled with workspace/configuration and turned into a CheckConfig.

import { isRuleId, SEVERITY_SETTINGS, type RuleId, type SeveritySetting } from '../data/catalogue';
import type { CheckConfig, PhraseListId, PhraseOverrides } from '../core/config';
import { globProblem } from '../core/recognize';

export interface SettingsProblem {
  readonly key: string;
  readonly message: string;
}

function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : undefined;
}

/** Reads the settings object; values of the wrong shape are reported, never silently used. */
export function settingsToConfig(raw: unknown): { config: Partial<CheckConfig>; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  if (!raw || typeof raw !== 'object') return { config: {}, problems };
  const s = raw as Record<string, unknown>;
  const config: { -readonly [K in keyof CheckConfig]?: CheckConfig[K] } = {};
  const usable = (key: 'files' | 'ignore'): string[] | undefined =>
    stringArray(s[key])?.filter((glob) => {
      const problem = globProblem(glob);
      if (problem) problems.push({ key, message: `"${glob}": ${problem} The glob is not used.` });
      return !problem;
    });
  const files = usable('files');
  if (files && files.length > 0) config.files = files;
  const ignore = usable('ignore');
  if (ignore) config.ignore = ignore;
  if (s.rules && typeof s.rules === 'object') {
    const rules: Partial<Record<RuleId, SeveritySetting>> = {};
    for (const [id, value] of Object.entries(s.rules as Record<string, unknown>)) {
      if (!isRuleId(id)) problems.push({ key: `rules.${id}`, message: `"${id}" is not a rule of Mentoring Plans; the setting is ignored.` });
      else if (!SEVERITY_SETTINGS.includes(value as SeveritySetting)) problems.push({ key: `rules.${id}`, message: `"${String(value)}" is not a severity; use ${SEVERITY_SETTINGS.join(', ')}.` });
      else rules[id] = value as SeveritySetting;
    }
    config.rules = rules;
  }
  if (s.phrases && typeof s.phrases === 'object') {
    const phrases: Partial<Record<PhraseListId, PhraseOverrides>> = {};
    for (const [list, value] of Object.entries(s.phrases as Record<string, unknown>)) {
      const add = stringArray(value);
      if (list !== 'vague' && list !== 'wish') problems.push({ key: `phrases.${list}`, message: `"${list}" is not a phrase list; use vague or wish.` });
      else if (add) phrases[list] = { add };
    }
    config.phrases = phrases;
  }
  return { config, problems };
}
