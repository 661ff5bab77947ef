// A relative joined to a named person by `and` is one more person (kin-conjunct): `Ann Lee and her son were found
// dead`, `shot and killed Dana Ruiz and her daughter, Mia`, `Omar Pike, 40, and his wife were wounded`. The
// possessive names one person as `a` would; the outcome and the sum come from the conjunct before it.
// Rejects: a relative after something that is no named person (`the car and his wife`), a plural (`and her
// children`: how many is not told), and a possessive that names no person (`killed Dana Ruiz and his car was …`).
import type { Core } from './core.js';

const POSSESSIVES = new Set(['his', 'her', 'their']);
/** What may stand between the name and `and`: the age set off by commas. */
const AFTER_NAME = /^(?:,|\d{1,3})$/;

/**
 * The relative at `i` after a named person ending at `nameEnd`, or null. `onePerson(words, i)` tells whether the
 * words after the possessive name one person.
 */
export function readKinConjunct(
  words: readonly string[],
  i: number,
  nameEnd: number | null,
  onePerson: (words: readonly string[], i: number) => boolean,
): Core | null {
  if (nameEnd === null || !POSSESSIVES.has(words[i] ?? '') || words[i - 1] !== 'and') return null;
  const gap = words.slice(nameEnd, i - 1);
  if (gap.length > 3 || !gap.every((w) => AFTER_NAME.test(w))) return null;
  if (!onePerson(words, i)) return null;
  return { first: i, last: i + 1, low: 1, high: 1, kind: 'article', range: false, rule: 'kin-conjunct' };
}
