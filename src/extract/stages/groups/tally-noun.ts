// A count noun whose number comes after a link (tally-noun): `the number of the dead rose to 40`, `the statistics of
// the rescued passengers showed only 120`, `the count of injured stood at 57`, `the final tally of missing hikers
// reached 12`, `the death toll in the blast has now risen to 23`, `bringing the death toll to 9`, `put the number of
// wounded at 64`, `a death toll of 31`. The outcome is the participle or noun after `of`, read as the cues read it
// (`casualties` stays other), or the count noun's own (`death toll` → killed); the group is the person noun after
// `of`, else people. The words are outcomes.json `tallies`.
// Rejects: a count that names no outcome (`the number of calls reached 190`, `the number of flights rose to 30`, `a
// tally of 155 votes`, `statistics showed unemployment at 12`), a number with a noun of its own (`the toll of 44
// locations`, `the total of 40 schools`: never asked here), `to`/`at` without a verb that sets the count (`the number
// of people evacuated to 3 shelters`), and anything but a prepositional phrase between the noun and its link (`the
// number of people killed this year rose to 300`). A round-up told with one (`… in the city this year rose to 300`)
// is a claim of a background incident (find-incidents), which never votes.
import type { Group, Outcome } from '../../../model/vocabulary.js';
import {
  FOREIGN_MODIFIERS,
  GROUP_NOUNS,
  OUTCOME_CUES,
  OUTCOME_NOUNS,
  SECURITY_MODIFIERS,
  TALLY_ADVERBS,
  TALLY_LINKS,
  TALLY_NOUNS,
  TALLY_OUTCOMES,
  TALLY_SET_LINKS,
  TALLY_SETTERS,
  TALLY_THROUGH,
} from '../../lexicon.js';

export interface Tally {
  readonly outcome: Outcome;
  readonly group: Group;
  /** Whether a person noun named the group (else people). */
  readonly groupStated: boolean;
  /** The words that gave the outcome (`rescued`, `death toll`). */
  readonly cue: string;
  /** The count noun and its `of` phrase (`statistics of the rescued passengers`). */
  readonly text: string;
}

/** How far back from the number the count noun may stand. */
const REACH = 16;
/** How many words a prepositional phrase between the noun and its link may have. */
const PHRASE = 8;
/** How far before the count noun a verb that sets it may stand (`bringing the total death toll to`). */
const SETTER_REACH = 3;
const STOPS = /^[.,;:()!?"“”—–]$/;

/** The tally whose link ends right before the number at `first`, or null. */
export function tallyBefore(words: readonly string[], first: number): Tally | null {
  for (let t = first - 1; t >= 0 && t >= first - REACH; t--) {
    const w = words[t] ?? '';
    if (STOPS.test(w)) return null;
    if (!TALLY_NOUNS.matchAt(words, t)) continue;
    // `death toll`: the longest noun that covers this word.
    const at = (TALLY_NOUNS.matchAt(words, t - 1)?.length ?? 0) > 1 ? t - 1 : t;
    const tally = readTally(words, at, first) ?? (at !== t ? readTally(words, t, first) : null);
    if (tally) return tally;
  }
  return null;
}

function readTally(words: readonly string[], t: number, first: number): Tally | null {
  const noun = TALLY_NOUNS.matchAt(words, t);
  if (!noun) return null;
  let j = t + noun.length;
  let outcome: Outcome | null = noun.label === 'count' ? null : noun.label;
  let cue = outcome ? words.slice(t, j).join(' ') : '';
  let group: Group | null = null;
  // `a death toll of 31`: a noun with its own outcome, the number right after `of`.
  if (outcome && words[j] === 'of' && j + 1 === first)
    return { outcome, group: 'people', groupStated: false, cue, text: cue };
  if (words[j] === 'of') {
    j++;
    if (/^(?:the|all|those)$/.test(words[j] ?? '')) j++;
    const before = outcomeAt(words, j);
    if (before) {
      [outcome, cue] = [before.outcome, words.slice(j, j + before.length).join(' ')];
      j += before.length;
    }
    while (!GROUP_NOUNS.matchAt(words, j) && modifier(words[j] ?? '')) j++;
    const person = GROUP_NOUNS.matchAt(words, j);
    if (person) {
      group = person.label;
      j += person.length;
      const after = before ? null : outcomeAt(words, j);
      if (after) {
        [outcome, cue] = [after.outcome, words.slice(j, j + after.length).join(' ')];
        j += after.length;
      }
    }
    // `the death toll of the attack rose to`: no outcome or person after `of`, a phrase of the noun's own outcome.
    if (!before && !person) {
      if (!outcome) return null;
      j = t + noun.length;
    }
  }
  if (!outcome) return null;
  const set = setterBefore(words, t);
  for (let k = j; k < first && k <= j + PHRASE; k++) {
    // Words between the noun and its link are one prepositional phrase (`in the blast`), no punctuation.
    if (k > j && (!TALLY_THROUGH.has(words[j] ?? '') || STOPS.test(words[k - 1] ?? ''))) break;
    if (linkEnd(words, k, set) === first)
      return {
        outcome,
        group: group ?? 'people',
        groupStated: group !== null,
        cue,
        text: words.slice(t, j).join(' '),
      };
  }
  return null;
}

/** An outcome word after `of` and the outcome the cues give it: `dead` → killed, `rescued` → rescued. */
function outcomeAt(words: readonly string[], j: number): { outcome: Outcome; length: number } | null {
  const word = TALLY_OUTCOMES.matchAt(words, j);
  if (!word) return null;
  const outcome = OUTCOME_NOUNS.matchAt(words, j)?.label ?? OUTCOME_CUES.matchAt(words, j)?.label;
  return outcome ? { outcome, length: word.length } : null;
}

/** A word that may stand before the person noun: `military`, `foreign`. */
function modifier(w: string): boolean {
  return SECURITY_MODIFIERS.has(w) || FOREIGN_MODIFIERS.has(w);
}

/** A verb that sets the count just before its noun: `bringing the death toll to`, `put the number of wounded at`. */
function setterBefore(words: readonly string[], t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - SETTER_REACH; k--)
    if (TALLY_SETTERS.has(words[k] ?? '')) return true;
  return false;
}

/** Where the link at `k` ends, adverbs around it included (`has now risen to`, `is now`), or -1. */
function linkEnd(words: readonly string[], k: number, set: boolean): number {
  let at = adverbsEnd(words, k);
  const link = TALLY_LINKS.matchAt(words, at);
  if (link) at += link.length;
  else if (set && TALLY_SET_LINKS.has(words[at] ?? '')) at++;
  else return -1;
  return adverbsEnd(words, at);
}

function adverbsEnd(words: readonly string[], k: number): number {
  let at = k;
  for (let a = TALLY_ADVERBS.matchAt(words, at); a; a = TALLY_ADVERBS.matchAt(words, at)) at += a.length;
  return at;
}
