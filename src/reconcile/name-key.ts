// Names of one event written differently: Jaffar / Jaffer / Jafar Express, Dara-e-Bolan / Darra-e-Bolan.
// Transliteration mostly moves vowels and doubles consonants, so names compare on a consonant skeleton;
// words that say what kind of event it was (attack, hijacking, operation) carry no identity.
import { boundedMemo } from './tally.js';

const GENERIC = new Set([
  'the',
  'a',
  'an',
  'of',
  'on',
  'in',
  'at',
  'and',
  'e',
  'attack',
  'attacks',
  'hijacking',
  'hijack',
  'siege',
  'bombing',
  'incident',
  'crisis',
  'assault',
  'train',
  'operation',
  'standoff',
  'raid',
  'massacre',
  'clearance',
  'rescue',
  'earlier',
  'previous',
]);

/** Lowercase words with diacritics and punctuation removed, generic event words dropped. */
export function nameWords(name: string): string[] {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[^a-z0-9]+/)
      // A bare number is a year or a count, which dates and figures compare, not names.
      .filter((w) => w.length > 0 && !GENERIC.has(w) && !/^\d+$/.test(w))
  );
}

/** `jaffar` → `jfr`, `quetta` → `kt`: first letter, then consonants with doubles collapsed. */
export function skeleton(word: string): string {
  const w = word
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/[wv]/g, 'v')
    .replace(/(kh|gh)/g, 'k');
  const head = w[0] ?? '';
  const rest = w.slice(1).replace(/[aeiouy]/g, '');
  return (head + rest).replace(/(.)\1+/g, '$1');
}

/** Names repeat across thousands of documents: their keys are computed once (bounded, cleared when full). */
export const nameKeys: (name: string) => string[] = boundedMemo(50_000, (name) =>
  [...new Set(nameWords(name).map(skeleton))].filter((k) => k.length > 1),
);

/** Dice overlap of skeleton words: 1 for `Jaffar Express` vs `Jaffer Express hijacking`. */
export function nameSimilarity(a: string, b: string): number {
  return keySimilarity(nameKeys(a), nameKeys(b));
}

function keySimilarity(ka: readonly string[], kb: readonly string[]): number {
  if (ka.length === 0 || kb.length === 0) return 0;
  const shared = ka.filter((k) => kb.includes(k)).length;
  return (2 * shared) / (ka.length + kb.length);
}

/** Best similarity over two lists of names, given as their keys. */
export function keysSimilarity(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, keySimilarity(x, y));
  return best;
}

export function slugify(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'incident'
  );
}
