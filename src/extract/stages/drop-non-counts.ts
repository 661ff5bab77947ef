// Drops numbers that are not counts: dates (`March 11`, `11 March`, `2019`), times (`1 pm`), durations
// (`24 hours`, `48-hour`, `two days`), distances (`70 km`), percentages, ages (`aged between 18 and 49`,
// `34-year-old`), money (`$5 million`), names with numbers (`NH-65`, `Flight 370`), list numbering and idioms
// (`one of the deadliest`). Must keep: `385 fighters`, `the 21 passengers`, `2,000 people`.
import type { DraftClaim, ExtractState, Sentence } from '../draft.js';
import { drop } from '../draft.js';
import {
  GROUP_NOUNS,
  IDIOMS,
  MONTHS,
  OUTCOME_CUES,
  PLACE_NAMES,
  PLACE_PREPOSITIONS,
  STREET_SUFFIXES,
  UNITS_AFTER,
  WEEKDAYS,
  WORDS_BEFORE,
} from '../lexicon.js';

const STAGE = 'drop-non-counts';
const MAX_PEOPLE = 9_000_000_000;
/** A running time (`0:35`, `1:02:10`) opening a sentence and followed by words, not a clock time (`10:30 p.m.`). */
const VIDEO_LINK = /^\W*\d{1,2}(?::\d{2}){1,2}\s+(?![ap]\.?m\b|o'?clock\b|[ap]m\b)\S/i;

export function dropNonCounts(state: ExtractState): ExtractState {
  // The token texts of the sentence in hand, made once for all its counts (drafts come in sentence order).
  let texts: { sentence: Sentence; text: readonly string[] } | null = null;
  const drafts = state.drafts.map((d) => {
    const sentence = state.sentences[d.mention.sentence];
    if (sentence && texts?.sentence !== sentence)
      texts = { sentence, text: sentence.tokens.map((t) => t.text) };
    const why = sentence && texts ? reasonNotACount(d, sentence, texts.text) : 'no sentence';
    return why ? drop(d, STAGE, why) : d;
  });
  return { ...state, drafts };
}

function reasonNotACount(d: DraftClaim, s: Sentence, text: readonly string[]): string | null {
  const m = d.mention;
  const words = s.words;
  const before = words[m.first - 1] ?? '';
  const after = words[m.last] ?? '';
  const lastWord = words[m.last - 1] ?? '';
  // `1:27 1 dead after highway collision`: a video's running time before a headline marks a list of other stories.
  if (VIDEO_LINK.test(s.text)) return 'headline of another story';
  if (isPlaceName(m, words, text)) return 'place name';
  if (
    m.kind === 'number' &&
    MONTHS.has(before) &&
    (before !== 'may' || /^May$/.test(text[m.first - 1] ?? ''))
  )
    return 'date';
  // `the Jan. 28 death`: an abbreviated month.
  if (m.kind === 'number' && before === '.' && MONTHS.has(words[m.first - 2] ?? '')) return 'date';
  if (m.kind === 'number' && (MONTHS.has(after) || (after === 'may' && /^[A-Z]/.test(text[m.last] ?? ''))))
    return 'date';
  if (isYear(m.low, m.kind) && !GROUP_NOUNS.matchAt(words, m.last)) return 'year';
  // `a second man was shot`: `second` before a noun of people is an ordinal (count-ordinals reads it), not a unit.
  const ordinalOfPeople =
    m.kind === 'article' && words[m.last] === 'second' && GROUP_NOUNS.matchAt(words, m.last + 1) !== null;
  const unit = ordinalOfPeople ? null : (UNITS_AFTER.matchAt(words, m.last) ?? unitInside(lastWord));
  if (unit) return unit.label;
  if (WEEKDAYS.has(after)) return 'date';
  const wordBefore = WORDS_BEFORE.matchEndingAt(words, m.first, 2);
  if (wordBefore && !(wordBefore.label === 'rank' && m.kind !== 'number')) return wordBefore.label;
  const digitBefore = /^\d+$/.test(words[m.first - 2] ?? '');
  const digitAfter = /^\d+$/.test(words[m.last + 1] ?? '');
  if (
    /^[\p{L}]+-\d|^\d+[\p{L}]/u.test(text[m.first] ?? '') ||
    (/^[/:.]$/.test(before) && digitBefore) ||
    (/^[/:]$/.test(after) && digitAfter)
  ) {
    return 'name or code';
  }
  if (/^\d+\.\d+$/.test(lastWord)) return 'decimal';
  // More people than live on Earth is a typo, a code or a hostile input, never a toll.
  if ((m.low ?? 0) > MAX_PEOPLE || (m.high ?? 0) > MAX_PEOPLE) return 'absurd number';
  if (m.kind === 'number' && isAddress(words, text, m.last)) return 'address';
  if (m.kind === 'number' && isAgeApposition(words, text, m)) return 'age';
  if (m.kind === 'number' && before === 'of' && /^\d+$/.test(words[m.first - 2] ?? ''))
    return 'position (1 of 13)';
  if (m.kind === 'number' && m.low === 911) return 'emergency number';
  if (m.kind === 'number' && before === '.' && !/^\p{L}/u.test(words[m.first - 2] ?? '')) return 'calibre';
  if (
    m.kind === 'number' &&
    /^\p{Lu}{1,3}$/u.test(text[m.first - 1] ?? '') &&
    !GROUP_NOUNS.matchAt(words, m.last)
  )
    return 'name or code';
  // `WBBJ 7 Eyewitness News`, `7 Action News`, `News 8`: a broadcaster's name (call letters, `News` around the number).
  const callLetters =
    /^[KW]\p{Lu}{2,4}$/u.test(text[m.first - 1] ?? '') &&
    !/^\p{Lu}+$/u.test(text[m.last] ?? '') &&
    !OUTCOME_CUES.matchAt(words, m.last) &&
    !GROUP_NOUNS.matchAt(words, m.last);
  const news =
    [m.first - 1, m.last, m.last + 1].some((j) => words[j] === 'news' && /^N/.test(text[j] ?? '')) ||
    // `Channel 7`: the number after the name.
    (/^Channel$/.test(text[m.first - 1] ?? '') && !GROUP_NOUNS.matchAt(words, m.last));
  if (m.kind === 'number' && (callLetters || news)) return 'name or code';
  if (m.first === 0 && (after === '.' || after === ')') && m.kind === 'number') return 'list numbering';
  if ((IDIOMS.matchAt(words, m.first) || IDIOMS.matchAt(words, m.first - 1)) && !partitiveOfCount(words, m))
    return 'idiom';
  if (after === '%' || after === 'percent') return 'percentage';
  if (after === '-' && /^(year|hour|day|week|month)/.test(words[m.last + 1] ?? '')) return 'duration';
  if (m.kind === 'number' && (after === 'th' || after === 'st' || after === 'nd' || after === 'rd'))
    return 'ordinal';
  return null;
}

/** `two girls, 7 and 5,` / `Xavier Stroman, both 20,`: ages set off by commas after the people they describe. */
function isAgeApposition(
  words: readonly string[],
  text: readonly string[],
  m: DraftClaim['mention'],
): boolean {
  let i = m.first - 1;
  if (words[i] === 'both' || words[i] === 'ages' || words[i] === 'aged') return true;
  if ((m.low ?? 0) < 110 && AGE_BOUNDS.has(boundAfter(words, m.last))) return true;
  // `ages 54, 33 and 26`, `between the ages of 12 and 16`, `ranging in age from 25 to 30`: a list after `ages`.
  for (let j = i; j >= 0 && j > i - 12; j--) {
    const w = words[j] ?? '';
    if (AGE_WORDS.has(w)) return (m.low ?? 0) < 110;
    if (!/^(?:and|or|to|,|\d{1,2}|of|the|between|from|in)$/.test(w) && !AGE_NUMBER_WORDS.test(w)) break;
  }
  while (i >= 0 && (/^(?:and|\d{1,2})$/.test(words[i] ?? '') || AGE_NUMBER_WORDS.test(words[i] ?? ''))) i--;
  // `ages 8 and 15`, `ages 14, 18, 29`, `between the ages of 18 and 23`: every age of the list.
  let j = m.first - 1;
  while (j >= 0 && (/^(?:and|,|\d{1,2})$/.test(words[j] ?? '') || AGE_NUMBER_WORDS.test(words[j] ?? ''))) j--;
  if (words[j] === 'of' && /^ages?$/.test(words[j - 1] ?? '')) return true;
  if (j < m.first - 1 && (words[j] === 'ages' || words[j] === 'aged')) return true;
  if (words[i] !== ',') return false;
  // `Michael Myers Jr., 25,`: a name closed by a suffix.
  if (words[i - 1] === '.' && NAME_SUFFIXES.has(words[i - 2] ?? '')) i--;
  const owner = words[i - 1] ?? '';
  const after = words[m.last] ?? '.';
  const closes = /^(?:,|and|\.|\)|;)$/.test(after);
  return (
    closes &&
    (m.low ?? 0) < 110 &&
    (GROUP_NOUNS.matchAt(words, i - 1) !== null || /^\p{Lu}/u.test(text[i - 1] ?? '') || owner === 'others')
  );
}

const AGE_WORDS: ReadonlySet<string> = new Set(['ages', 'aged', 'age']);
/** Ages written in words inside a list (`ages four, six and 13`). */
const AGE_NUMBER_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)$/;
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr']);
/** `all 16 or younger`, `15 and under`: an age bound, not a count. */
const AGE_BOUNDS: ReadonlySet<string> = new Set(['younger', 'older', 'under', 'up']);
function boundAfter(words: readonly string[], last: number): string {
  return words[last] === 'or' || words[last] === 'and' ? (words[last + 1] ?? '') : '';
}

/** `a man in Davidson County, North Carolina was shot`, `a child in Killeen has died`: a place read as a name. */
function isPlaceName(m: DraftClaim['mention'], words: readonly string[], text: readonly string[]): boolean {
  const first = words[m.first] ?? '';
  if (m.kind !== 'definite' || !/^\p{Lu}\p{Ll}/u.test(text[m.first] ?? '') || /^(?:the|he|she)$/.test(first))
    return false;
  return (
    PLACE_NAMES.has(words.slice(m.first, m.last).join(' ')) ||
    PLACE_PREPOSITIONS.has(words[m.first - 1] ?? '')
  );
}

/** `3135 West Broward Blvd.`: a house number before a street name. */
function isAddress(words: readonly string[], text: readonly string[], at: number): boolean {
  for (let j = at; j < at + 5 && j < words.length; j++) {
    if (j > at && STREET_SUFFIXES.has(words[j] ?? '')) return true;
    if (!/^\p{Lu}/u.test(text[j] ?? '') && !/^\d+(?:st|nd|rd|th)$/.test(words[j] ?? '')) return false;
  }
  return false;
}

/** `48-hour`, `30-hour-long`, `34-year-old`: the unit is glued to the number token. */
function unitInside(word: string): { label: string } | null {
  const m = /^[\p{L}\d]+-(.+)$/u.exec(word);
  if (!m || !m[1]) return null;
  const unit = UNITS_AFTER.matchAt(['-' + m[1]], 0) ?? UNITS_AFTER.matchAt([m[1]], 0);
  if (unit) return unit;
  return /^(hour|day|minute|week|month|year|km|mile|dollar|billion|million)/.test(m[1])
    ? { label: 'unit' }
    : null;
}

function isYear(low: number | null, kind: string): boolean {
  return kind === 'number' && low !== null && low >= 1800 && low <= 2100;
}

/**
 * `one of them has died`, `one of two boys shot on Friday`, `one of the three victims`: one of a counted whole is a
 * person (link-parts puts it inside the whole); `one of the best`, `one of his friends` stay idioms.
 */
function partitiveOfCount(
  words: readonly string[],
  m: { readonly first: number; readonly last: number },
): boolean {
  if (words[m.first] !== 'one' || words[m.last] !== 'of') return false;
  const next = words[m.last + 1] ?? '';
  const after = next === 'the' || next === 'those' ? (words[m.last + 2] ?? '') : next;
  return /^(?:them|whom|those)$/.test(next) || PARTITIVE_WHOLE.test(after);
}

const PARTITIVE_WHOLE = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)$/;
