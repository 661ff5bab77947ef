// Every number expression once, hedge included: digits (`440`, `1,200`), words (`four`, `twenty-three`,
// `one hundred and twenty`), ranges (`70 to 80`, `between 10 and 15`, `70-80`), dozens (`three dozen`),
// vague quantities (`dozens`, `several dozen`, `hundreds`), a person counted by `a`/`an` (`a soldier was killed`)
// and explicit zeros (`no one was hurt`, `no Chinese officials`).
// Rejects here only what cannot be a number; dates, durations and the like are dropped by drop-non-counts.
import type { DraftClaim, ExtractState, NumberMention, Sentence } from '../draft.js';
import { drop, traceLine } from '../draft.js';
import {
  DOZEN_PHRASES,
  GROUP_NOUNS,
  HEDGES,
  MONTHS,
  HOLIDAYS,
  WEEKDAYS,
  MULTIPLIERS,
  NUMBER_WORDS,
  OUTCOME_CUES,
  VAGUE_PHRASES,
  VAGUE_WORDS,
} from '../lexicon.js';
import { readHedge } from './read-hedge.js';
import { startsCapitalised, startsUpper } from '../tokenize.js';
import { type Core, exactCore, vagueCore } from './numbers/core.js';
import { readZero, ZERO_PRONOUNS } from './numbers/zeros.js';
import { readOrdinalPronoun } from './numbers/ordinal-pronouns.js';
import { readKinConjunct } from './numbers/kin-conjunct.js';

const STAGE = 'find-numbers';

export function findNumbers(state: ExtractState): ExtractState {
  const drafts: DraftClaim[] = [];
  for (const sentence of state.sentences) {
    const words = sentence.words;
    // The token after the last person counted with an article, where `, son and little girl` may go on.
    let listEnd: number | null = null;
    // The token after the last named person, where `and her son` may go on.
    let nameEnd: number | null = null;
    for (let i = 0; i < words.length; i++) {
      const core: Core | null =
        readCore(sentence, words, i) ??
        (listEnd !== null ? readBareConjunct(words, i, listEnd) : null) ??
        readKinConjunct(words, i, nameEnd, namesOnePerson);
      if (!core) continue;
      nameEnd = isName(sentence, core) ? (core.age ?? core.last - 1) + 1 : null;
      const draft = newDraft(mentionOf(sentence, words, core), core.rule);
      // `minus 5 killed`, `-5 killed`: a negative number is no count of people; refused, never read as 5.
      drafts.push(
        core.kind === 'number' && isNegative(sentence, core.first)
          ? drop(draft, STAGE, 'a negative number')
          : draft,
      );
      listEnd = core.end ?? null;
      // Always forward: a core that ended before its own start would read this token again without end.
      i = Math.max(i, core.age ?? core.last - 1);
    }
  }
  return { ...state, drafts };
}

function readCore(sentence: Sentence, words: readonly string[], i: number): Core | null {
  // Each reader of a named person starts at a comma, a digit or a capital: most tokens are none, and skip all four.
  const named = mayStartName(sentence, i)
    ? (readNamedPerson(sentence, words, i) ??
      readAgedName(sentence, words, i) ??
      readNamedVictim(sentence, words, i) ??
      readNamedObject(sentence, words, i))
    : null;
  if (named) return named;
  // Every reader below starts at a word of its lists, a digit or a hyphenated number word: most tokens are none.
  if (!mayStartNumber(words[i] ?? '')) return null;
  const first = readSingle(words, i);
  if (!first) return readZero(words, i) ?? readOrdinalPronoun(words, i) ?? readArticle(words, i);
  if (first.kind === 'number' && first.low !== null) {
    const range = readRangeEnd(words, first.last, first.low);
    if (range) return range;
  }
  if (first.kind === 'number' && words[i - 1] === 'between' && words[first.last] === 'and') {
    const second = readSingle(words, first.last + 1);
    // `between 10 and 2 killed` names the same range backwards: read as 2 to 10, never as 2.
    if (second?.low != null && first.low !== null && second.low !== first.low) {
      return {
        first: i - 1,
        last: second.last,
        low: Math.min(first.low, second.low),
        high: Math.max(first.low, second.low),
        kind: 'number',
        range: true,
      };
    }
  }
  return first;
}

/**
 * Whether a number, a zero or a person counted by an article may start at `w` (readSingle, readZero,
 * readOrdinalPronoun, readArticle): a word that opens a phrase of theirs, a digit, or a hyphen (`twenty-three`).
 */
function mayStartNumber(w: string): boolean {
  return NUMBER_STARTS.has(w) || startsWithDigit(w) || w.includes('-');
}
const NUMBER_STARTS: ReadonlySet<string> = new Set([
  ...VAGUE_PHRASES.firstWords(),
  ...DOZEN_PHRASES.firstWords(),
  ...VAGUE_WORDS.keys(),
  ...NUMBER_WORDS.keys(),
  ...ZERO_PRONOUNS,
  ...['both', 'no', 'a', 'an', 'another', 'the', 'he', 'she'],
]);

function mayStartName(sentence: Sentence, i: number): boolean {
  const text = sentence.tokens[i]?.text ?? '';
  const c = text.charCodeAt(0);
  // `,` and `0`-`9` by their code; letters by startsUpper.
  return c === 44 || (c >= 48 && c <= 57) || startsUpper(text);
}

/** One number without range: `440`, `twenty-three`, `three dozen`, `several dozen`, `70-80`. */
function readSingle(words: readonly string[], i: number): Core | null {
  const w = words[i] ?? '';
  const vague = VAGUE_PHRASES.matchAt(words, i);
  if (vague) return vagueCore(i, i + vague.length, vague.label);
  const dozen = DOZEN_PHRASES.matchAt(words, i);
  if (dozen) return exactCore(i, i + dozen.length, dozen.label);
  // Both digit patterns below start with a digit: a word that does not is not run through them.
  const span = startsWithDigit(w) ? /^(\d+)[-–](\d+)$/.exec(w) : null;
  if (span) {
    const [lo, hi] = [Number(span[1]), Number(span[2])];
    return lo < hi ? { first: i, last: i + 1, low: lo, high: hi, kind: 'number', range: true } : null;
  }
  if (VAGUE_WORDS.has(w) && (w !== 'scores' || words[i + 1] === 'of')) {
    return vagueCore(i, i + 1, VAGUE_WORDS.get(w) ?? 0);
  }
  // `both men were killed`, `both were taken to the hospital`: two people, not the `both … and …` of a coordination.
  if (w === 'both' && words[i - 1] !== ',' && BOTH_FOLLOWERS.test(words.slice(i + 1, i + 3).join(' ')))
    return exactCore(i, i + 1, 2);
  const parsed = readCardinal(words, i);
  if (!parsed) return null;
  if (words[parsed.last] === 'dozen') return exactCore(i, parsed.last + 1, parsed.value * 12);
  return exactCore(i, parsed.last, parsed.value);
}

/** Digits or number words, with `hundred`/`thousand`/`million` and `and` inside (`one hundred and twenty`). */
function readCardinal(words: readonly string[], i: number): { value: number; last: number } | null {
  const w = words[i] ?? '';
  if (startsWithDigit(w) && /^\d{1,3}(,\d{3})+$|^\d+$/.test(w)) {
    let value = Number(w.replace(/,/g, ''));
    let last = i + 1;
    const mult = MULTIPLIERS.get(words[last] ?? '');
    if (mult && mult >= 1000) {
      value *= mult;
      last++;
    }
    return { value, last };
  }
  let total = 0;
  let current = 0;
  let last = i;
  let seen = false;
  while (last < words.length) {
    const word = words[last] ?? '';
    const small = wordValue(word);
    const mult = MULTIPLIERS.get(word);
    if (small !== null) current += small;
    else if (mult && seen) {
      current = (current || 1) * mult;
      if (mult >= 1000) {
        total += current;
        current = 0;
      }
    } else if (
      word === 'and' &&
      seen &&
      wordValue(words[last + 1] ?? '') !== null &&
      words[last - 1] === 'hundred'
    ) {
      last++;
      continue;
    } else break;
    seen = true;
    last++;
  }
  return seen ? { value: total + current, last } : null;
}

function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function wordValue(word: string): number | null {
  const direct = NUMBER_WORDS.get(word);
  if (direct !== undefined) return direct;
  if (!word.includes('-')) return null;
  const parts = word.split('-');
  if (parts.length !== 2) return null;
  const tens = NUMBER_WORDS.get(parts[0] ?? '');
  const unit = NUMBER_WORDS.get(parts[1] ?? '');
  return tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit < 10
    ? tens + unit
    : null;
}

function readRangeEnd(words: readonly string[], at: number, low: number): Core | null {
  const link = words[at];
  if (link !== 'to' && link !== '-' && link !== '–' && link !== 'or') return null;
  const second = readSingle(words, at + 1);
  if (!second || second.kind !== 'number' || second.low === null || second.low <= low || second.range)
    return null;
  return { first: at - 1, last: second.last, low, high: second.low, kind: 'number', range: true };
}

/** `a Pakistani soldier`, `an officer`, `another man`: one person, when a singular person noun follows closely. */
function readArticle(words: readonly string[], i: number): Core | null {
  const w = words[i];
  if (w === 'he' || w === 'she') return readPronoun(words, i);
  if (w === 'the') return readDefinite(words, i);
  if (w !== 'a' && w !== 'an' && w !== 'another') return null;
  // `killing one and wounding another`, `another was shot`: `another` standing alone is one more person.
  if (w === 'another' && words[i - 1] !== 'one' && ANOTHER_ALONE.test(words[i + 1] ?? '.')) {
    return { first: i, last: i + 1, low: 1, high: 1, kind: 'definite', range: false };
  }
  for (let j = i + 1; j <= i + 4 && j < words.length; j++) {
    const age = AGE_NOUN.test(words[j] ?? '');
    const noun =
      GROUP_NOUNS.matchAt(words, j) ??
      (age && !GROUP_NOUNS.matchAt(words, j + 1) && !GROUP_NOUNS.matchAt(words, j + 2)
        ? { label: 'people', length: 1 }
        : null);
    // A noun that modifies the noun after it (`a teenage girl`), or an age before a name of a place
    // (`a 17-year-old Holmes County teenager`): the head comes later.
    if (noun && GROUP_NOUNS.matchAt(words, j + noun.length)) continue;
    if (noun && !(age && !endsNounPhrase(words, j + noun.length))) {
      const head = words[j + noun.length - 1] ?? '';
      // `a Roy couple`, `the couple were found dead`: two people (`a couple of` is a vague few, left alone).
      if (head === 'couple')
        return words[j + 1] === 'of' || !endsNounPhrase(words, j + 1)
          ? null
          : { first: i, last: i + 1, low: 2, high: 2, kind: 'number', range: false, end: j + 1 };
      const singular = !head.endsWith('s') && !COLLECTIVE.has(head);
      return singular && endsNounPhrase(words, j + noun.length)
        ? { first: i, last: i + 1, low: 1, high: 1, kind: 'article', range: false, end: j + noun.length }
        : null;
    }
    if (
      !/^[\p{L}\d-]+$/u.test(words[j] ?? '') ||
      NOT_MODIFIERS.has(words[j] ?? '') ||
      NUMBER_WORDS.has(words[j] ?? '')
    ) {
      return null;
    }
  }
  return null;
}

/** A person counted by their name (`Ann Lee`, `17-year-old Ann Lee`), not by a pronoun or an article. */
function isName(sentence: Sentence, core: Core): boolean {
  if (core.kind !== 'definite') return false;
  const tokens = sentence.tokens.slice(core.first, core.last);
  return tokens.filter((t) => startsCapitalised(t.text)).length >= 2;
}

/** Whether the words after `i` name one person as `a` would (`his 3-year-old daughter`, `her husband`). */
export function namesOnePerson(words: readonly string[], i: number): boolean {
  return readArticle(['a', ...words.slice(i + 1, i + 5)], 0) !== null;
}

/** `the victim died`, `the 13-year-old was shot`: one person, kept only with a casualty outcome (drop-uncounted). */
function readDefinite(words: readonly string[], i: number): Core | null {
  const one = readArticle(['a', ...words.slice(i + 1, i + 5)], 0);
  return one ? { ...one, first: i, last: i + 1, kind: 'definite', end: i + (one.end ?? 1) } : null;
}

/**
 * `the shooting deaths of a mother, son and little girl`, `a father and daughter were found dead`: a bare singular
 * person noun joined to a person counted with an article shares the article and counts one more person. Not when a
 * singular verb follows (`a husband and father of two was killed` is one man).
 */
function readBareConjunct(words: readonly string[], i: number, listEnd: number): Core | null {
  // One or two words between (checked before the gap is sliced: most tokens are further on).
  if (i - listEnd < 1 || i - listEnd > 2) return null;
  const gap = words.slice(listEnd, i);
  if (gap.length === 0 || gap.length > 2 || !gap.every((w) => w === ',' || w === 'and')) return null;
  if (
    !/^\p{Ll}/u.test(words[i] ?? '') ||
    NOT_MODIFIERS.has(words[i] ?? '') ||
    NUMBER_WORDS.has(words[i] ?? '')
  )
    return null;
  const one = readArticle(['a', ...words.slice(i, i + 4)], 0);
  if (!one?.end) return null;
  const end = i - 1 + one.end;
  // `the mother and brother of the girl`: relatives of someone, not a list of the people it happened to.
  if (words[end] === 'of') return null;
  // After a comma alone the list must go on with `and` (`a mother, son and girl`), else it is an apposition
  // (`a sixth victim, male, went …`).
  if (!gap.includes('and') && words[end] !== 'and' && !(words[end] === ',' && words[end + 1] === 'and'))
    return null;
  for (let k = end; k < end + 8 && k < words.length; k++) {
    const w = words[k] ?? '';
    if (/^(?:was|is|has)$/.test(w)) return null;
    if (/^(?:were|are|have|had|died|dead|[.;:])$/.test(w)) break;
  }
  return { first: i, last: end, low: 1, high: 1, kind: 'article', range: false, end };
}

/** `He died at the hospital`, `she was shot`: a pronoun directly followed by what happened to its person. */
function readPronoun(words: readonly string[], i: number): Core | null {
  let j = i + 1;
  let passive = false;
  while (/^(?:was|is|has|had|been|later|also|then)$|ly$/.test(words[j] ?? '')) {
    if (/^(?:was|is|been)$/.test(words[j] ?? '')) passive = true;
    j++;
  }
  const cue = OUTCOME_CUES.matchAt(words, j);
  // `he shot his wife`, `she killed two people`: the pronoun did it; only `he was shot` is what happened to him.
  // A reflexive object makes the pronoun the victim again: `he shot himself`, `she injured herself`.
  const reflexive = /^(?:himself|herself)$/.test(words[j + (cue?.length ?? 0)] ?? '');
  if (!cue || (!passive && !reflexive && ACTIVE_VERBS.test(words[j] ?? ''))) return null;
  return { first: i, last: i + 1, low: 1, high: 1, kind: 'definite', range: false };
}

const NOT_MODIFIERS = new Set([
  'of',
  'a',
  'an',
  'the',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'from',
  'and',
  'or',
  'his',
  'her',
  'their',
  'its',
  'was',
  'were',
  'is',
  'are',
  'who',
  'that',
]);
/** Verbs whose subject is the one who did it unless passive (`he shot` vs `he was shot`). */
const ACTIVE_VERBS =
  /^(?:shot|shoots|killed|kills|wounded|wounds|injured|injures|struck|hit|stabbed|murdered)$/;
const BOTH_FOLLOWERS =
  /^(?:men|women|victims|boys|girls|teens|teenagers|people|children|brothers|sisters|officers|deputies|were|are|died|had|have|suffered|survived|remain|remained|of them|of the|of whom)\b/;
const ANOTHER_ALONE =
  /^(?:[.,;:)]|was|is|has|had|were|who|in|on|at|with|during|later|also|remains|died|suffered|wounded|injured|hurt|killed|dead)$/;
const AGE_NOUN = /^\d{1,3}-(?:year|month|week|day)s?-old$/;
const COLLECTIVE = new Set([
  'personnel',
  'police',
  'military',
  'army',
  'crew',
  'staff',
  'forces',
  'people',
  'men',
  'women',
  'children',
  'lives',
  'others',
]);
const PHRASE_FOLLOWERS = new Set([
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'who',
  'and',
  'or',
  'but',
  'in',
  'on',
  'at',
  'from',
  'with',
  'by',
  'to',
  'for',
  'of',
  'after',
  'before',
  'then',
  'over',
  'during',
  'near',
  'inside',
  'outside',
  'dead',
  'as',
  'while',
  'that',
  'also',
  'later',
  'reportedly',
  'allegedly',
  'himself',
  'herself',
  'named',
  'identified',
  // A reduced relative clause of the victim's state (`found a boy suffering from a gunshot wound`, `a teen remains in
  // the hospital`), not the second noun of a compound.
  'suffering',
  'bleeding',
  'lying',
  'sustaining',
  'clinging',
  'remains',
  'remained',
]);

/** `a soldier was killed`, not `a passenger train`: the person noun must end the noun phrase. */
function endsNounPhrase(words: readonly string[], at: number): boolean {
  const next = words[at];
  return (
    next === undefined ||
    !/^[\p{L}]/u.test(next) ||
    PHRASE_FOLLOWERS.has(next) ||
    OUTCOME_CUES.matchAt(words, at) !== null ||
    /(?:ed|ly)$/.test(next)
  );
}

/**
 * `Jon Boring, 51, who was shot` / `Emmanuel C. Stokes, 28, and Edwin Davis, 32, were fatally shot`: the number is
 * the age of a named person, and the name counts one. The mention spans the name.
 */
function readNamedPerson(sentence: Sentence, words: readonly string[], i: number): Core | null {
  if (
    words[i] !== ',' ||
    !/^\d{1,3}$/.test(words[i + 1] ?? '') ||
    !/^(?:,|and|\)|\.|;|of|from|who)$/.test(words[i + 2] ?? '.')
  ) {
    return null;
  }
  let first = i;
  const namePart = (t: string) =>
    startsUpper(t) || (t === '.' && /^(?:\p{Lu}|Jr|Sr)$/u.test(sentence.tokens[first - 2]?.text ?? ''));
  while (first > 0 && first > i - 6 && namePart(sentence.tokens[first - 1]?.text ?? '')) first--;
  if (first === i || (first === i - 1 && first === 0)) return null;
  return { first, last: i, low: 1, high: 1, kind: 'definite', range: false, age: i + 1 };
}

/**
 * `the shooting death of 17-year-old Jaylene Damaris Cruz`, `17-year-old Javeer Arter was found dead`:
 * an age before a full name names one person (the age and the name are the mention). After `a`/`the` the age is read as the
 * noun itself (`a 17-year-old was shot`).
 */
function readAgedName(sentence: Sentence, words: readonly string[], i: number): Core | null {
  // After a comma it is an apposition to someone already counted (`The victim, 24-year-old David Atherton,`).
  if (/^(?:a|an|the|,)$/.test(words[i - 1] ?? '')) return null;
  // `17-year-old`, or written apart: `67 year old`, `15 year-old`.
  const from = AGE_NOUN.test(words[i] ?? '')
    ? i + 1
    : /^\d{1,3}$/.test(words[i] ?? '')
      ? spacedAgeEnd(words, i)
      : -1;
  if (from < 0) return null;
  const t = sentence.tokens;
  let end = from;
  while (end < t.length && end < from + 4 && startsCapitalised(t[end]?.text ?? '')) {
    end++;
    if (t[end - 1]?.possessive) return null;
  }
  if (end - from < 2 || words.slice(from, end).some((w) => NOT_PEOPLE.has(w))) return null;
  return { first: i, last: end, low: 1, high: 1, kind: 'definite', range: false };
}

/** The token after `67 year old` / `15 year-old` starting at the number, or -1. */
function spacedAgeEnd(words: readonly string[], i: number): number {
  if (/^years?-old$/.test(words[i + 1] ?? '')) return i + 2;
  return /^years?$/.test(words[i + 1] ?? '') && words[i + 2] === 'old' ? i + 3 : -1;
}

/**
 * `Hall was pronounced dead`, `Kyre Bethea died`: a name that is the subject of a passive casualty verb counts one.
 * Only at a word that starts a name, and only with verbs that cannot make the name the one who shot.
 */
function readNamedVictim(sentence: Sentence, words: readonly string[], i: number): Core | null {
  const t = sentence.tokens;
  if (
    !startsCapitalised(t[i]?.text ?? '') ||
    startsUpper(t[i - 1]?.text ?? '') ||
    (i === 0 && /^(?:the|a|an|he|she)$/.test(words[0] ?? '')) ||
    // `in downtown Des Moines has died`: a name after `in`, `at` … is a place.
    PLACE_BEFORE.has(words[i - 1] ?? '') ||
    // `Nobody was killed`: a capitalised zero is no name.
    ZERO_PRONOUNS.has(words[i] ?? '')
  ) {
    return null;
  }
  let end = i;
  while (end < t.length && end < i + 3 && startsCapitalised(t[end]?.text ?? '') && !t[end]?.possessive) end++;
  // `including Died's unborn child`: a possessive name is someone's, and a core must cover a token (else the
  // sentence loop would read the same place forever).
  if (end === i) return null;
  // Both phrasings need one of these words right after the name or `and` before it (checked before any string is made).
  if (!NAMED_NEXT.has(words[end] ?? '') && words[i - 1] !== 'and') return null;
  const tail = words.slice(end, end + 4).join(' ');
  if (NOT_PEOPLE.has(words[end - 1] ?? '')) return null;
  if (!NAMED_VICTIM.test(tail) && !namedPair(sentence, words, i, end)) return null;
  return { first: i, last: end, low: 1, high: 1, kind: 'definite', range: false };
}

/** Verbs whose object is the one harmed: `gunmen killed John Smith`, `shot and wounded Officer Ray Cole`. */
const HARMED_OBJECT = /^(?:killed|shot|wounded|injured|murdered|stabbed|slew|slain|executed)$/;
/** A title before a name (`killed Officer Ray Cole`), read past to find the verb. */
const TITLE =
  /^(?:officer|deputy|sgt|sergeant|trooper|detective|cpl|corporal|lt|lieutenant|capt|captain|mr|mrs|ms|dr|rev|pastor|judge)$/;
/** What may follow a name that ends its noun phrase: punctuation, a preposition, a conjunction, a time word. */
const AFTER_NAME =
  /^(?:[,.;:)!?'"”’-]|on|in|at|and|or|but|as|during|while|after|before|near|outside|inside|with|when|who|early|late|last|this|following|because|earlier|later|then)$/;

/**
 * `Gunmen killed John Smith on Sunday`, `the shooting killed Ann Lee and wounded a student`: a name of two or three
 * capitalised words right after an active verb of harm (a title may stand between) is the one harmed, and counts one.
 * Not a name that goes on into a noun (`killed Pakistan Army soldiers`), nor places, bodies or days (`NOT_PEOPLE`).
 */
function readNamedObject(sentence: Sentence, words: readonly string[], i: number): Core | null {
  const t = sentence.tokens;
  if (!startsCapitalised(t[i]?.text ?? '') || startsUpper(t[i - 1]?.text ?? '')) return null;
  let v = i - 1;
  if (words[v] === '.' && TITLE.test(words[v - 1] ?? '')) v -= 2;
  else if (TITLE.test(words[v] ?? '')) v -= 1;
  if (!HARMED_OBJECT.test(words[v] ?? '') || /^(?:was|were|been|being|is|are|be)$/.test(words[v - 1] ?? ''))
    return null;
  let end = i;
  while (
    end < t.length &&
    end < i + 3 &&
    startsCapitalised(t[end]?.text ?? '') &&
    !NOT_PEOPLE.has(words[end] ?? '') &&
    !MONTHS.has(words[end] ?? '') &&
    // `killed Christmas Eve`: a holiday is a day.
    !HOLIDAYS.has(words[end] ?? '')
  ) {
    end++;
    if (t[end - 1]?.possessive) return null;
  }
  if (end - i < 2) return null;
  // `killed Ann Lee, 34, and her son`: a name with its age is read with the age (readNamedPerson).
  if (words[end] === ',' && /^\d{1,3}$/.test(words[end + 1] ?? '')) return null;
  // A day may follow the name (`killed John Smith Sunday`, `… Christmas Eve`); a place's or a body's noun makes it
  // that place's or body's name (`a slain Prince William County officer`, `shot Lake Worth Police officers`).
  const next = words[end] ?? '';
  if (
    end < t.length &&
    !AFTER_NAME.test(next) &&
    !WEEKDAYS.has(next) &&
    !MONTHS.has(next) &&
    !HOLIDAYS.has(next)
  )
    return null;
  return { first: i, last: end, low: 1, high: 1, kind: 'definite', range: false };
}

/**
 * `Kelso and Lum were shot and killed`, `Joe Knarr and Jen Knarr were found dead`: two names joined by `and` as the
 * subject of a plural casualty verb are two people; each name counts one.
 */
function namedPair(sentence: Sentence, words: readonly string[], i: number, end: number): boolean {
  const t = sentence.tokens;
  const name = (k: number) => startsCapitalised(t[k]?.text ?? '') && !NOT_PEOPLE.has(words[k] ?? '');
  if (words[end] === 'and' && name(end + 1)) {
    let k = end + 1;
    while (k < end + 4 && name(k)) k++;
    return PAIR_VICTIMS.test(words.slice(k, k + 4).join(' '));
  }
  if (words[i - 1] !== 'and' || !name(i - 2)) return false;
  // The name before `and` is a whole name, not the end of a place (`in Lake and Sumter counties`).
  let k = i - 2;
  while (k > i - 5 && name(k - 1)) k--;
  return !PLACE_BEFORE.has(words[k - 1] ?? '') && PAIR_VICTIMS.test(words.slice(end, end + 4).join(' '));
}
const PAIR_VICTIMS =
  /^(?:died\b|were (?:both )?(?:fatally |critically |seriously )?(?:shot|killed|wounded|injured|found dead|pronounced dead)\b)/;

const PLACE_BEFORE = new Set([
  'in',
  'at',
  'near',
  'from',
  'downtown',
  'outside',
  'across',
  'of',
  'to',
  'into',
]);
/** The first words of NAMED_VICTIM, and the `and` of a named pair. */
const NAMED_NEXT = new Set(['died', 'was', 'has', 'later', 'and']);
const NAMED_VICTIM =
  /^(?:died\b|was (?:fatally |critically |seriously )?(?:shot|killed|wounded|injured|pronounced dead|struck|hit)\b|has died\b|later died\b)/;
/** Capitalised words that name places, bodies or days rather than people. */
const NOT_PEOPLE = new Set([
  'police',
  'department',
  'office',
  'county',
  'city',
  'street',
  'avenue',
  'road',
  'hospital',
  'center',
  'school',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'officials',
  'authorities',
  'news',
  'state',
  'university',
  'church',
]);

function mentionOf(sentence: Sentence, words: readonly string[], core: Core): NumberMention {
  const hedge = core.kind === 'number' && !core.range ? readHedge(HEDGES, words, core.first) : null;
  const first = hedge ? core.first - hedge.length : core.first;
  const value = hedge ? hedge.apply(core.low ?? 0) : { low: core.low, high: core.high };
  const qualifier = hedge?.qualifier ?? (core.range ? 'range' : core.kind === 'vague' ? 'vague' : 'exact');
  const startToken = sentence.tokens[first];
  const endToken = sentence.tokens[(core.textEnd ?? core.last) - 1];
  if (!startToken || !endToken)
    throw new Error(`token range ${first}..${core.last} outside sentence ${sentence.index}`);
  return {
    sentence: sentence.index,
    first,
    last: core.last,
    start: startToken.start,
    end: endToken.end,
    text: sentence.text.slice(startToken.start - sentence.start, endToken.end - sentence.start),
    ...value,
    qualifier,
    kind: core.kind,
    ...(core.beyond ? { beyond: true } : {}),
  };
}

function newDraft(mention: NumberMention, rule: string | undefined): DraftClaim {
  return {
    mention,
    group: null,
    groupHow: 'inferred',
    head: null,
    outcome: null,
    outcomeHow: 'inferred',
    outcomeCue: null,
    attribution: null,
    incident: null,
    stated: null,
    hedged: false,
    dropped: null,
    trace: [
      traceLine(
        `${STAGE}: "${mention.text}" → ${mention.low}..${mention.high} (${mention.qualifier})${rule ? ` [${rule}]` : ''}`,
      ),
    ],
  };
}

/** A number written negative: `minus 5`, or a minus sign glued to it after a space (`-5`, `−5`; not `70-80`). */
function isNegative(sentence: Sentence, i: number): boolean {
  if (sentence.words[i - 1] === 'minus') return true;
  const token = sentence.tokens[i];
  if (!token) return false;
  const at = token.start - sentence.start;
  return /[-−]/.test(sentence.text[at - 1] ?? '') && /^\s?$/.test(sentence.text[at - 2] ?? '');
}
