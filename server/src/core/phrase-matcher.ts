// Matches many literal phrases in one pass over the words of a text. Phrases come from data and from
// user configuration, so they are never compiled into regular expressions: a trie over words keeps the
// match linear in the text whatever the phrases are.

import { TextMemo } from './text-memo';

export interface PhraseHit {
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

/** A phrase split around its words: text before the first word, between first and last, and after. */
interface Entry {
  readonly phrase: string;
  readonly lead: string;
  readonly inner: string;
  readonly trail: string;
}

interface Node {
  readonly next: Map<string, Node>;
  entries?: Entry[];
}

/** Case, curly apostrophes, and runs of spaces or hyphens do not matter; any other character must match. */
const loose = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/[\s-]+/g, ' ');

export interface Word {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

// A hyphenated compound is one word: "one-to-ones" is not the count "one", "self-aware" not "self".
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*(?:-[\p{L}\p{N}]+(?:['’]\p{L}+)*)*/gu;

function tokenise(text: string): readonly Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ word: m[0].toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length });
  }
  return out;
}

// Every wording detector reads a statement's words, and every phrase list its parts: tokenised once.
const wordsOf = new TextMemo(tokenise);

/** The words of a text, lower-cased; shared between callers, so never to be changed. */
export function words(text: string): readonly Word[] {
  return wordsOf.get(text);
}

/** The text from one word to another as a hit, for detectors that read a statement's shape. */
export function hitBetween(text: string, from: Word, to: Word): PhraseHit {
  return { phrase: text.slice(from.start, to.end).toLowerCase(), start: from.start, end: to.end };
}

interface Part extends Word {
  /** Whether the part begins / ends its word: a phrase must cover whole words, never half a compound. */
  readonly opens: boolean;
  readonly closes: boolean;
}

/** Words cut at hyphens, so a phrase written "follow-up" also matches "follow up" and the reverse. */
function cutAtHyphens(text: string): readonly Part[] {
  const out: Part[] = [];
  for (const w of words(text)) {
    let start = w.start;
    const pieces = w.word.split('-');
    pieces.forEach((piece, k) => {
      out.push({ word: piece, start, end: start + piece.length, opens: k === 0, closes: k === pieces.length - 1 });
      start += piece.length + 1;
    });
  }
  return out;
}

const partsOf = new TextMemo(cutAtHyphens);
const parts = (text: string): readonly Part[] => partsOf.get(text);

export class PhraseMatcher {
  private readonly root: Node = { next: new Map() };
  private maxWords = 0;
  private readonly found = new TextMemo((text) => this.match(text));

  constructor(phrases: Iterable<string>) {
    for (const p of phrases) this.add(p);
  }

  private add(phrase: string): void {
    const trimmed = phrase.trim();
    const found = parts(trimmed);
    if (found.length === 0) return;
    const first = found[0].start;
    const last = found[found.length - 1].end;
    // The trie finds candidates by words; the entry then checks the punctuation literally, so that
    // ".*(a+)+$" matches only that text, never the bare word "a".
    const entry: Entry = { phrase: trimmed, lead: loose(trimmed.slice(0, first)), inner: loose(trimmed.slice(first, last)), trail: loose(trimmed.slice(last)) };
    const ws = found.map((w) => w.word);
    let node = this.root;
    for (const w of ws) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.entries ??= [];
    if (!node.entries.some((e) => e.lead === entry.lead && e.inner === entry.inner && e.trail === entry.trail)) node.entries.push(entry);
    this.maxWords = Math.max(this.maxWords, ws.length);
  }

  /** Every phrase occurrence, longest first at each position, left to right; shared, never to be changed. */
  findAll(text: string): readonly PhraseHit[] {
    return this.found.get(text);
  }

  private match(text: string): readonly PhraseHit[] {
    const ws = parts(text);
    const hits: PhraseHit[] = [];
    for (let i = 0; i < ws.length; i++) {
      if (!ws[i].opens) continue;
      let node: Node | undefined = this.root;
      let best: PhraseHit | undefined;
      for (let j = i; j < ws.length && j - i < this.maxWords; j++) {
        node = node.next.get(ws[j].word);
        if (!node) break;
        if (!ws[j].closes) continue;
        for (const e of node.entries ?? []) {
          const start = ws[i].start - e.lead.length;
          const end = ws[j].end + e.trail.length;
          if (start < 0 || loose(text.slice(start, ws[i].start)) !== e.lead || loose(text.slice(ws[j].end, end)) !== e.trail) continue;
          if (loose(text.slice(ws[i].start, ws[j].end)) === e.inner) best = { phrase: e.phrase, start, end };
        }
      }
      if (best) hits.push(best);
    }
    return hits;
  }

  first(text: string): PhraseHit | undefined {
    return this.findAll(text)[0];
  }
}
