// Matches many literal phrases in one pass over the words of a text. Phrases come from data and from
// user configuration, so they are never compiled into regular expressions: a trie over words keeps the
// match linear in the text whatever the phrases are.

export interface PhraseHit {
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

interface Node {
  readonly next: Map<string, Node>;
  phrase?: string;
}

interface Word {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ word: m[0].toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length });
  }
  return out;
}

export class PhraseMatcher {
  private readonly root: Node = { next: new Map() };
  private maxWords = 0;

  constructor(phrases: Iterable<string>) {
    for (const p of phrases) this.add(p);
  }

  private add(phrase: string): void {
    const ws = words(phrase).map((w) => w.word);
    if (ws.length === 0) return;
    let node = this.root;
    for (const w of ws) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.phrase ??= phrase.trim();
    this.maxWords = Math.max(this.maxWords, ws.length);
  }

  /** Every phrase occurrence, longest first at each position, left to right. */
  findAll(text: string): PhraseHit[] {
    const ws = words(text);
    const hits: PhraseHit[] = [];
    for (let i = 0; i < ws.length; i++) {
      let node: Node | undefined = this.root;
      let best: PhraseHit | undefined;
      for (let j = i; j < ws.length && j - i < this.maxWords; j++) {
        node = node.next.get(ws[j].word);
        if (!node) break;
        if (node.phrase !== undefined) best = { phrase: node.phrase, start: ws[i].start, end: ws[j].end };
      }
      if (best) hits.push(best);
    }
    return hits;
  }

  first(text: string): PhraseHit | undefined {
    return this.findAll(text)[0];
  }
}
