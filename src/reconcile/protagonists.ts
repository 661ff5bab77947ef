// The people a report is about: a name told in full once ("Jamal Williams", "Mr. Baehr") and then by its last word
// alone ("Williams was pulled over"). Reports of one arrest, one killing or one trial name the same person; two
// look-alike events (two players of one team arrested a month apart, two deputies killed years apart) each name
// their own, and a report of the one rarely names the other's. Organisations and places told the same way take
// "the" ("the Chargers") or are never told by their last word alone ("San Diego"), and are not people.
import { eng } from 'stopword';
import linking from '../lexicon/en/linking.json' with { type: 'json' };

const NOT_NAMES = new Set([...eng, ...linking.generic, ...linking.notNames]);
const MONTHS_AND_DAYS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Words that head a name without being part of it: a run starting with them starts after them. */
const LEADS = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'of',
  'for',
  'and',
  'but',
  'or',
  'when',
  'after',
  'as',
]);
/** Titles: `Mr. Baehr` is a full mention of a person as much as `Brad Baehr`. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sgt',
  'lt',
  'capt',
  'gov',
  'sen',
  'rep',
  'det',
  'officer',
  'deputy',
]);

const TOKEN = /\p{L}[\p{L}'’-]*\.?/gu;
const CAPITAL = /^\p{Lu}/u;

interface Tally {
  full: number;
  alone: number;
  withThe: number;
  /** After a title (`Deputy Ortiz`, `Mr. Baehr`): a person whether or not the name is ever told alone. */
  titled: number;
}

/**
 * The last names of the people the ranges tell most about, most mentioned first (at most `max`): a word that ends a
 * name of two or three capitalized words at least once and stands alone (not inside a longer name, not after
 * "the") at least once; or a name told after a title (`Deputy Ortiz`) and told again.
 */
export function protagonists(text: string, spans: readonly (readonly [number, number])[], max = 2): string[] {
  const tally = new Map<string, Tally>();
  const of = (w: string) => {
    let t = tally.get(w);
    if (!t) tally.set(w, (t = { full: 0, alone: 0, withThe: 0, titled: 0 }));
    return t;
  };
  for (const [start, end] of spans) {
    const part = text.slice(start, end);
    let run: string[] = [];
    let afterThe = false;
    let prevEnd = -1;
    let prevLower = '';
    const close = () => {
      let words = run.filter((w) => !/^\p{Lu}\.$/u.test(w)).map(bare);
      if (words.length > 1 && TITLES.has(words[0]!)) {
        // `Mr. Baehr`, `Deputy Jerry Ortiz`: a person told in full.
        words = words.slice(1);
        if (words.length <= 2 && !isCommon(words[words.length - 1]!)) of(words[words.length - 1]!).titled++;
        run = [];
        return;
      }
      // `Southern Iran`, `New Scotland`: a common word opens no name of a person.
      while (words.length > 1 && isCommon(words[0]!)) words = words.slice(1);
      if (words.length === 1) {
        const t = of(words[0]!);
        if (afterThe) t.withThe++;
        else t.alone++;
      } else if (words.length === 2 || words.length === 3) {
        const last = words[words.length - 1]!;
        if (words.every((w) => !isCommon(w))) of(last).full++;
        if (afterThe) of(last).withThe++;
      }
      run = [];
    };
    for (const m of part.matchAll(TOKEN)) {
      const word = m[0];
      const gap = prevEnd < 0 ? '\n' : part.slice(prevEnd, m.index);
      const joined = /^[ \t]+$/.test(gap);
      if (!joined && run.length > 0) close();
      const lower = word.toLowerCase().replace(/\.$/, '');
      // A capitalized word that is not all capitals (`NFL`, `DUI` are no names of people).
      const name = CAPITAL.test(word) && !/^\p{Lu}{2,}\.?$/u.test(word);
      if (name && !(run.length === 0 && LEADS.has(lower))) {
        if (run.length === 0) afterThe = joined && prevLower === 'the';
        run.push(word);
      } else if (run.length > 0) close();
      prevEnd = m.index + word.length;
      prevLower = lower;
    }
    if (run.length > 0) close();
  }
  return [...tally]
    .filter(
      ([w, t]) =>
        t.withThe === 0 &&
        !isCommon(w) &&
        ((t.full > 0 && t.alone > 0) || (t.titled > 0 && t.full + t.alone + t.titled >= 2)),
    )
    .sort((a, b) => mentions(b[1]) - mentions(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([w]) => w);
}

const mentions = (t: Tally) => t.full + t.alone + t.titled;

/** Lowercased, without a possessive or a closing period. */
function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/['’]s?$/, '');
}

function isCommon(w: string): boolean {
  return w.length < 3 || NOT_NAMES.has(w) || MONTHS_AND_DAYS.test(w);
}

/** Whether `text` (lowercased) holds `word` as a whole word. */
export function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i === 0 ? '' : text[i - 1]!;
    const after = text[i + word.length] ?? '';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
}

/**
 * Words that say a sentence tells an earlier event beside the report's own: `another`, `earlier`, `last month`,
 * `five days before`, `at the time`, `a similar case`. Not `also`: `a bystander was also shot` is the same event.
 */
const RECALL_CUE =
  /\b(?:another|earlier|previous(?:ly)?|prior|recently|similar|at the time|last (?:week|month|year|season|summer|fall|autumn|winter|spring)|(?:days?|weeks?|months?|years?) (?:ago|earlier|before))\b/;
/**
 * A sentence that points back at the report's event (`his involvement with the shooting`, `charged in the attack`)
 * tells an earlier step of that event, not another one: `Police had previously arrested Andrew Hale last week for
 * his involvement with the shooting`.
 */
const SAME_EVENT =
  /\bthe (?:[\p{L}-]+ )?(?:shooting|attack|killing|murder|homicide|bombing|blast|explosion|fire|crash|quake|earthquake|stabbing|robbery|incident)s?\b/u;

/** A full stop after these ends no sentence: `Jan. 6`, `Mr. Baehr`, `J. Smith`. */
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:\p{Lu}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|sgt|lt|gen|col|capt|gov|sen|rep|det|no|jr|sr|inc|co|ave|blvd)\.$/iu;

/** The sentences of a text: lines, cut after `.`, `!` or `?` before a capital, except after an abbreviation. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    let current = '';
    for (const piece of line.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u)) {
      current = current === '' ? piece : `${current} ${piece}`;
      if (!ABBREVIATION.test(current)) {
        out.push(current);
        current = '';
      }
    }
    if (current.trim() !== '') out.push(current);
  }
  return out;
}

/** The last words of the names of two or three capitalized words a sentence tells in full. */
function fullNames(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)+/gu)) {
    const words = m[0].split(/[ \t]+/).map(bare);
    if (words.length <= 3 && words.every((w) => !isCommon(w))) out.push(words[words.length - 1]!);
  }
  return out;
}

/**
 * The names (lowercased words of a capitalized name) that `text` tells only as part of an earlier event: every
 * sentence naming one either carries a recall cue (`RECALL_CUE`), or continues sentences that recall it (naming it
 * again, or no one), or names the report's own protagonist `own` too; and at least one carries a cue. `Vincent
 * Jackson was also arrested last month` in a report of another player's arrest: Jackson is the subject of an earlier
 * event, not of this one.
 */
export function recalledOnly(
  text: string,
  own: string | undefined,
  read: readonly NamingSentence[] = namingSentences(text),
): Set<string> {
  const cued = new Set<string>();
  const told = new Set<string>();
  let recalling = new Set<string>();
  for (const sentence of read) {
    const names = own === undefined ? sentence.names : sentence.names.filter((w) => w !== own);
    if (names.length === 0) continue;
    if (sentence.recalls) {
      // A person told in full (`Vincent Jackson`), not a word that may be a place (`the Houston area`).
      for (const w of sentence.fullNames) if (names.includes(w)) cued.add(w);
      recalling = new Set([...recalling, ...names]);
      continue;
    }
    const withOwn = own !== undefined && hasWord(sentence.lower, own);
    const continues = names.some((w) => recalling.has(w));
    if (!continues && !withOwn) {
      for (const w of names) told.add(w);
      recalling = new Set();
    }
  }
  return new Set([...cued].filter((w) => !told.has(w)));
}

export interface NamingSentence {
  /** The names it tells (`bare`, common words aside), in order, each once. */
  readonly names: readonly string[];
  readonly lower: string;
  /** It carries a recall cue and does not point back at the report's own event. */
  readonly recalls: boolean;
  readonly fullNames: readonly string[];
}

/**
 * The sentences of `text` that tell a name: a report asks `recalledOnly` once per incident it tells, with another
 * protagonist each time, and reads these once for all of them.
 */
export function namingSentences(text: string): readonly NamingSentence[] {
  const out: NamingSentence[] = [];
  for (const sentence of sentences(text)) {
    const names = new Set<string>();
    for (const t of sentence.matchAll(TOKEN))
      if (CAPITAL.test(t[0]) && !/^\p{Lu}{2,}\.?$/u.test(t[0])) {
        const w = bare(t[0]);
        if (!isCommon(w)) names.add(w);
      }
    if (names.size === 0) continue;
    const lower = sentence.toLowerCase();
    const recalls = RECALL_CUE.test(lower) && !SAME_EVENT.test(lower);
    out.push({ names: [...names], lower, recalls, fullNames: recalls ? fullNames(sentence) : [] });
  }
  return out;
}
