// Results of pure functions of a short text (a goal statement, a field value), kept across checks: the
// wording rules read the same statements on every keystroke, and several of them tokenise and match
// the same text. Bounded by two generations: when the newer one fills, the older is dropped, so what
// the last checks read stays and memory never exceeds twice the limit. Long texts are not kept: they
// are rare in statements, and would make the bound one of count only.

export const TEXT_MEMO_LIMIT = 4096;
const LONGEST = 1000;

let generation = 0;

/** A string equal to `text` that shares no storage with it. */
const copyOf = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

/** Forgets every memo, for a check as cold as the first. */
export function clearTextMemos(): void {
  generation++;
}

export class TextMemo<R> {
  private current = new Map<string, R>();
  private previous = new Map<string, R>();
  private generation = generation;

  constructor(private readonly compute: (text: string) => R) {}

  get(text: string): R {
    if (text.length > LONGEST) return this.compute(text);
    if (this.generation !== generation) {
      this.generation = generation;
      this.current = new Map();
      this.previous = new Map();
    }
    let value = this.current.get(text);
    if (value !== undefined || this.current.has(text)) return value as R;
    // A text sliced from a document would keep the whole document alive as a key (and through slices
    // of it in the result): keys and results are built from a copy.
    const own = copyOf(text);
    value = this.previous.has(text) ? (this.previous.get(text) as R) : this.compute(own);
    if (this.current.size >= TEXT_MEMO_LIMIT) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(own, value);
    return value;
  }
}

/** `fn` memoised per text, for each phrase matcher (or other object) it is called with. */
export function memoPer<K extends object, R>(fn: (key: K, text: string) => R): (key: K, text: string) => R {
  const memos = new WeakMap<K, TextMemo<R>>();
  return (key, text) => {
    let memo = memos.get(key);
    if (!memo) {
      memo = new TextMemo((t) => fn(key, t));
      memos.set(key, memo);
    }
    return memo.get(text);
  };
}
