// The hedge before a number and what it does to the value (SPEC.md): over 200 → 201..null, about 450 → 450..450.
import type { Qualifier } from '../../model/vocabulary.js';
import type { PhraseIndex } from '../phrase-index.js';

export interface Hedge {
  readonly qualifier: Qualifier;
  readonly length: number;
  apply(n: number): { low: number | null; high: number | null };
}

const VALUES: Record<Qualifier, (n: number) => { low: number | null; high: number | null }> = {
  exact: (n) => ({ low: n, high: n }),
  approx: (n) => ({ low: n, high: n }),
  at_least: (n) => ({ low: n, high: null }),
  more_than: (n) => ({ low: n + 1, high: null }),
  at_most: (n) => ({ low: null, high: n }),
  less_than: (n) => ({ low: null, high: Math.max(0, n - 1) }),
  range: (n) => ({ low: n, high: n }),
  vague: (n) => ({ low: n, high: null }),
};

const BELOW = /^(?:almost|nearly|close to)$/;

export function readHedge(
  hedges: PhraseIndex<Qualifier>,
  words: readonly string[],
  at: number,
): Hedge | null {
  const m = hedges.matchEndingAt(words, at, 4);
  if (!m) return null;
  const qualifier = m.label;
  // `almost 100`, `nearly 50`: close to the number from below, so it bounds the count from above (ECB+ and SPEC.md's
  // `as many as 40` → null..40 read alike).
  if (qualifier === 'approx' && BELOW.test(words.slice(at - m.length, at).join(' ')))
    return { qualifier, length: m.length, apply: (n) => ({ low: null, high: n }) };
  return { qualifier, length: m.length, apply: VALUES[qualifier] };
}
