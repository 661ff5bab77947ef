import { tokenize } from './tokenize.js';

// Longest-match lookup of lowercase token sequences ("more than", "lost their lives") at a token position.

export class PhraseIndex<L> {
  // Each entry keeps the answer it gives, made once: the lookup allocates nothing.
  private readonly byFirst = new Map<
    string,
    { words: readonly string[]; label: L; match: { readonly label: L; readonly length: number } }[]
  >();

  add(phrase: string, label: L): void {
    const words = tokenize(phrase, 0).map((t) => t.lower);
    const first = words[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ words, label, match: { label, length: words.length } });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  /** The longest phrase starting at `at` in `words`, or null. */
  matchAt(words: readonly string[], at: number): { readonly label: L; readonly length: number } | null {
    const list = this.byFirst.get(words[at] ?? '');
    if (!list) return null;
    // A plain loop: this is the hottest lookup of the pipeline.
    for (const entry of list) {
      const n = entry.words.length;
      let k = 1;
      while (k < n && words[at + k] === entry.words[k]) k++;
      if (k === n) return entry.match;
    }
    return null;
  }

  /** The longest phrase that ends exactly before `end` (exclusive), or null. */
  matchEndingAt(
    words: readonly string[],
    end: number,
    maxLength = 4,
  ): { readonly label: L; readonly length: number } | null {
    for (let n = Math.min(maxLength, end); n >= 1; n--) {
      const m = this.matchAt(words, end - n);
      if (m && m.length === n) return m;
    }
    return null;
  }

  /** Every word a phrase starts with: a caller may skip a token none of its indexes could match at. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  has(word: string): boolean {
    return this.byFirst.get(word)?.some((e) => e.words.length === 1) ?? false;
  }
}
