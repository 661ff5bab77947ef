// The counted noun after a number: skip a partitive (`of its`), then up to four modifiers (`Pakistani military and
// intelligence`), and take the last noun of the noun phrase (`personnel`). Carriers (`coffins`), outcome nouns
// (`casualties`, `injuries`) and places (`locations`) are heads of their own kind.
import type { Group, Outcome } from '../../model/vocabulary.js';
import { CARRIERS, GROUP_NOUNS, OUTCOME_NOUNS, PARTITIVES, PLACE_NOUNS, THING_NOUNS } from '../lexicon.js';

export type Head =
  | { readonly kind: 'person'; readonly at: number; readonly length: number; readonly group: Group }
  | {
      readonly kind: 'carrier' | 'outcome-noun';
      readonly at: number;
      readonly length: number;
      readonly outcome: Outcome;
    }
  | { readonly kind: 'place'; readonly at: number; readonly length: number };

const STOP = new Set([
  'were',
  'was',
  'are',
  'is',
  'had',
  'have',
  'has',
  'been',
  'be',
  'from',
  'in',
  'on',
  'at',
  'by',
  'with',
  'to',
  'for',
  'who',
  'which',
  'that',
  'or',
  'but',
  'as',
  'after',
  'before',
  'into',
  'while',
  'than',
  'when',
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'during',
  'across',
  'inside',
  'near',
  'over',
  'under',
  'per',
  'each',
  'since',
]);

const MAX_MODIFIERS = 4;
/** `34-year-old`, `9-month-old`: an age, a modifier or (alone) a person. */
const AGE = /^\d{1,3}-(?:year|month|week|day)s?-old$/;

export function findHead(words: readonly string[], from: number): Head | null {
  let i = from;
  const partitive = PARTITIVES.matchAt(words, i);
  if (partitive) i += partitive.length;
  // `22 cases of children being shot`, `three incidents of gunfire`: the number counts the things.
  if (!partitive && THING_NOUNS.has(words[i] ?? '') && words[i + 1] === 'of') return null;
  let found: Head | null = null;
  let modifiers = 0;
  while (i < words.length && modifiers <= MAX_MODIFIERS) {
    const head = headAt(words, i);
    if (head) {
      found = head;
      i += head.length;
      // `two male gang members`, `three female police officers`: a sex or age noun modifies a compound after it.
      if (
        MODIFYING_PERSON.test(words[i - 1] ?? '') &&
        compoundNext(words[i]) &&
        headAt(words, i + 1)?.kind === 'person'
      ) {
        i++;
        modifiers++;
        continue;
      }
      if (!continuesPhrase(words, i)) break;
      continue;
    }
    const w = words[i] ?? '';
    if (found && !continuesPhrase(words, i)) break;
    if (w === 'and' && !found && modifiers > 0) {
      i++;
      continue;
    }
    if (STOP.has(w) || !(/^[\p{L}][\p{L}'.-]*$/u.test(w) || AGE.test(w))) break;
    modifiers++;
    i++;
  }
  return found;
}

/** A noun followed by another noun stays in one phrase (`military hostages`, `hotel employees`). */
const MODIFYING_PERSON = /^(?:male|female|teen|teenage|youth|women|men)$/;

function continuesPhrase(words: readonly string[], i: number): boolean {
  const next = headAt(words, i);
  // `200 passengers hostage`: a singular `hostage` after a person noun is the outcome, not a compound.
  return next !== null && next.kind !== 'outcome-noun' && words[i] !== 'hostage';
}

/** A plain word after a noun that is not a verb form continues a compound (`body cameras`, `coffin makers`). */
function compoundNext(word: string | undefined): boolean {
  return word !== undefined && /^\p{Ll}+$/u.test(word) && !STOP.has(word) && !/(?:ing|ed)$/.test(word);
}

function headAt(words: readonly string[], i: number): Head | null {
  const carrier = CARRIERS.matchAt(words, i);
  // `200 coffins`, but not `500 body cameras`: a carrier ends its noun phrase.
  if (carrier && !compoundNext(words[i + carrier.length])) {
    return { kind: 'carrier', at: i, length: carrier.length, outcome: carrier.label };
  }
  const place = PLACE_NOUNS.matchAt(words, i);
  if (place) return { kind: 'place', at: i, length: place.length };
  const person = GROUP_NOUNS.matchAt(words, i);
  if (person) return { kind: 'person', at: i, length: person.length, group: person.label };
  // `the 13-year-old died`: an age standing alone names a person; before a noun it is only a modifier.
  if (AGE.test(words[i] ?? '') && !GROUP_NOUNS.matchAt(words, i + 1) && !GROUP_NOUNS.matchAt(words, i + 2)) {
    return { kind: 'person', at: i, length: 1, group: 'people' };
  }
  const outcome = OUTCOME_NOUNS.matchAt(words, i);
  if (outcome) return { kind: 'outcome-noun', at: i, length: outcome.length, outcome: outcome.label };
  return null;
}
