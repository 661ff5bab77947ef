// A count of places is a claim (group and outcome `other`) only when the places were attacked: the count tells how
// wide an attack was, as the sample's `the BLA attacked 44 locations across 13 districts` does.
// Accepts: a verb or noun of attack before the count (`attacked 44 locations`, `stormed at least three posts`,
// `attacks on 12 checkpoints`), a passive after it (`five bases were attacked`, `two camps came under fire`), and
// the spread of an attacked count (`44 locations across 13 districts`, `in 13 districts`).
// Rejects: places damaged, hit or emptied by anything else (`flattening seven villages`, `damage in seven
// villages`, `evacuated several buildings`, `one of the 12 worst-hit villages`, `this nine acre city block`): a
// quake, a fire or a flood counts no one by counting places.
import { PLACE_ATTACKS_AFTER, PLACE_ATTACKS_BEFORE } from '../../lexicon.js';

/** Between an attack verb and its count: `attacked at least 44`, `stormed the two`. */
const FILLERS = /^(?:the|at|least|some|about|nearly|almost|more|than|over|up|to|as|many|another|other)$/;
/** Between the place noun and a passive attack verb. */
const AUXILIARIES = /^(?:were|was|had|have|been|being|also|reportedly|simultaneously|all)$/;
/** How the spread of an attack is told: `44 locations across 13 districts`. */
const SPREAD = /^(?:across|in|over|throughout|spanning)$/;
/** One verb over coordinated counts: `attacked 12 checkpoints and 31 posts`. */
const COORDINATION = /^(?:and|or|,)$/;

/**
 * The words that tell of an attack on the places counted at `first..last` (their noun ending before `headEnd`), or null.
 * `attackedBefore` says whether a count of places just before, in the same sentence, was attacked (for the spread).
 */
export function placesAttacked(
  words: readonly string[],
  first: number,
  headEnd: number,
  attackedBefore: boolean,
): string | null {
  let i = first;
  while (i > 0 && i > first - 4 && FILLERS.test(words[i - 1] ?? '')) i--;
  const verb = PLACE_ATTACKS_BEFORE.matchEndingAt(words, i, 3);
  if (verb) return words.slice(i - verb.length, i).join(' ');
  let j = headEnd;
  while (j < words.length && j < headEnd + 3 && AUXILIARIES.test(words[j] ?? '')) j++;
  const passive = PLACE_ATTACKS_AFTER.matchAt(words, j);
  // `five bases were attacked`, `two camps came under fire`; not `44 locations attacked by …` read as a modifier.
  if (passive && (j > headEnd || words[j] === 'came')) return words.slice(j, j + passive.length).join(' ');
  const link = words[first - 1] ?? '';
  if (attackedBefore && (SPREAD.test(link) || COORDINATION.test(link))) return `spread: ${link}`;
  return null;
}
