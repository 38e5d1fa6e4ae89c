// "Did you mean": the larger aims a broken why-link most likely meant, ranked by the words it shares
// with each, among this plan's purposes and the aims files the plan already links to. Other plans are
// private to their mentee, so their headings are never offered.

import { distance } from 'fastest-levenshtein';
import { parseTarget, type LinkResolver } from './links';
import type { Plan } from './model';

/** Words that say nothing about which aim is meant. */
const FILLER: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'our', 'of', 'to', 'and', 'in', 'for', 'on', 'with', 'md', 'markdown']);

/** A whole-target edit distance this small is a typo. */
const TYPO_DISTANCE = 2;

export interface LinkSuggestion {
  readonly target: string;
  /** The only close candidate: retargeting to it changes no meaning, so fix-all may apply it. */
  readonly close: boolean;
}

function wordsOf(target: string): string[] {
  const { path, fragment } = parseTarget(target);
  return `${path} ${fragment ?? ''}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !FILLER.has(w));
}

/** The same word, inflected ("trusted", "trusts") or with a slip of one letter. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a[prefix] === b[prefix]) prefix++;
  return (shorter >= 4 && prefix >= Math.max(4, shorter - 2)) || (shorter >= 5 && distance(a, b) <= 1);
}

/** The targets a why-link may be retargeted to: this plan's purposes, then the aims files it links to and their headings. */
export function aimTargets(plan: Plan, resolve: LinkResolver | undefined): string[] {
  const targets = new Set(plan.purposes.map((p) => `#${p.heading.slug}`));
  for (const goal of plan.goals) {
    for (const link of goal.fields.flatMap((f) => (f.key === 'why' ? f.links : []))) {
      const t = parseTarget(link.target);
      if (t.external || t.path === '') continue;
      const info = resolve?.(t.path);
      if (info?.kind !== 'file' || info.purposes) continue;
      const written = link.target.trim().replace(/^<|>$/g, '').split('#')[0];
      targets.add(written);
      for (const slug of info.slugs ?? []) targets.add(`${written}#${slug}`);
    }
  }
  return [...targets];
}

/** Candidates that share at least half the broken target's words, or are a typo away, best first. */
export function rankTargets(broken: string, candidates: readonly string[]): LinkSuggestion[] {
  const wanted = wordsOf(broken);
  const plain = (t: string): string => {
    const p = parseTarget(t);
    return `${p.path}#${p.fragment ?? ''}`.toLowerCase();
  };
  const scored = candidates.map((target, order) => {
    const words = wordsOf(target);
    const matched = wanted.filter((w) => words.some((c) => sameWord(w, c))).length;
    const extra = words.filter((c) => !wanted.some((w) => sameWord(w, c))).length;
    const d = distance(plain(broken), plain(target));
    const typo = d <= TYPO_DISTANCE || (matched === wanted.length && extra === 0 && words.length === wanted.length);
    return { target, order, share: wanted.length ? matched / wanted.length : 0, extra, d, typo };
  });
  const ranked = scored.filter((s) => s.typo || s.share >= 0.5).sort((a, b) => Number(b.typo) - Number(a.typo) || b.share - a.share || a.extra - b.extra || a.d - b.d || a.order - b.order);
  const typos = ranked.filter((s) => s.typo).length;
  return ranked.map((s) => ({ target: s.target, close: s.typo && typos === 1 }));
}
