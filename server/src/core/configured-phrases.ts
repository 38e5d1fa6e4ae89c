// A phrase list as configured: the built-in phrases plus additions, minus removals. Built once per
// configuration and shared by the rules and the goal properties.

import { PHRASES } from '../data/phrases';
import type { CheckConfig, PhraseListId } from './config';
import { PhraseMatcher } from './phrase-matcher';

const cache = new Map<string, PhraseMatcher>();

export function configuredPhrases(config: CheckConfig, list: PhraseListId): PhraseMatcher {
  const overrides = config.phrases[list];
  const key = `${list}\0${JSON.stringify(overrides ?? {})}`;
  let matcher = cache.get(key);
  if (!matcher) {
    const removed = new Set((overrides?.remove ?? []).map((p) => p.trim().toLowerCase()));
    matcher = new PhraseMatcher([...PHRASES[list], ...(overrides?.add ?? [])].filter((p) => !removed.has(p.trim().toLowerCase())));
    if (cache.size > 100) cache.clear();
    cache.set(key, matcher);
  }
  return matcher;
}
