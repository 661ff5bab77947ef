// An ordinal standing alone after a verb of harm is one more person: `killing two co-workers and critically
// injuring a third`, `shot three people and wounded a fourth`. The value is 1 (kind `definite`: a single person,
// part of the toll), and count-ordinals decides whether it also sets a floor.
// Rejects: an ordinal with a noun after it (`a third victim`: read by readArticle), a fraction (`a third of the
// town`, `two-thirds of homes`), a rank or time (`a third time`, `for a third straight day`).
import type { Core } from './core.js';

const ORDINAL = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;
/** The ordinal must close its noun phrase: punctuation, a conjunction, a preposition or the end. */
const CLOSES = /^(?:[,.;:!?)\-—–]|and|or|but|in|at|on|who|with|during|before|after|as|while|when)$/;

export function readOrdinalPronoun(words: readonly string[], i: number): Core | null {
  if (!/^(?:a|an)$/.test(words[i] ?? '') || !ORDINAL.test(words[i + 1] ?? '')) return null;
  const next = words[i + 2];
  if (next !== undefined && !CLOSES.test(next)) return null;
  return { first: i, last: i + 2, low: 1, high: 1, kind: 'definite', range: false, rule: 'ordinal pronoun' };
}
