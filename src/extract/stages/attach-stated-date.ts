// When the claimant said it: a date in the attribution's sentence outside quotations (`On March 12, Lt. Gen. …
// stating`, `in a statement on March 13`, `By March 12, the ISPR …`), resolved against the publication date.
// A statement dated against an earlier one (`A day after the ISPR’s statement, the BLA …`, `two days later`) takes
// the date of the last statement the text dated, moved by as many days. A statement the text names again without a
// date (`According to the BLA statement, …` after `said BLA spokesperson … in a statement on March 13`) keeps the
// date the text last gave that source's statement.
// Rejects: dates of the events themselves inside a quote (`“On March 11, terrorists targeted …”`), years of history.
import type { Attribution, DraftClaim, ExtractState, Sentence } from '../draft.js';
import { revise } from '../draft.js';
import { findDates } from '../dates.js';

export function attachStatedDate(state: ExtractState): ExtractState {
  const ref = state.document.published;
  if (!ref) return monthDaysOnly(state);
  const instant = new Date(`${ref}T12:00:00Z`);
  const cache = new Map<number, string | null>();
  let last: string | null = null;
  const order = [...state.drafts].sort((a, b) => a.mention.start - b.mention.start);
  const stated = new Map<(typeof order)[number], string>();
  const dateOf = (i: number): string | null => {
    if (!cache.has(i)) cache.set(i, sentenceDate(state.sentences[i]?.text ?? '', instant, ref));
    return cache.get(i) ?? null;
  };
  const datedBy = lastDatedBy(state, dateOf);
  for (const d of order) {
    const s = attributionSentence(state, d);
    if (!s || !d.attribution) continue;
    if (!cache.has(s.index)) {
      cache.set(s.index, sentenceDate(s.text, instant, ref) ?? afterLast(s.text, last, ref));
    }
    const date = cache.get(s.index) ?? datedBy(d.attribution);
    if (date) {
      stated.set(d, date);
      last = date;
    }
  }
  const drafts = state.drafts.map((d) => {
    const date = stated.get(d);
    return date ? revise(d, 'attach-stated-date', { stated: date }, date) : d;
  });
  return { ...state, drafts };
}

const WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
const AFTER = /\b(a|one|two|three|four|five|\d) days? (?:after|later)\b/i;

/** `A day after the ISPR’s statement`: the last dated statement of the text, moved on; never past publication. */
function afterLast(text: string, last: string | null, ref: string): string | null {
  const m = AFTER.exec(text);
  if (!m || last === null) return null;
  const n = WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  const iso = new Date(Date.parse(`${last}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  return iso <= ref ? iso : null;
}

/** The sentence that attributes the draft (else the number's own); null for a dropped or unattributed draft. */
function attributionSentence(state: ExtractState, d: DraftClaim): Sentence | null {
  const a = d.attribution;
  if (d.dropped || !a) return null;
  return sentenceAt(state.sentences, a.start) ?? state.sentences[d.mention.sentence] ?? null;
}

/** The first sentence holding offset `at`: sentences come in order and do not overlap (binary search). */
function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.start <= at ? s : undefined;
}

/**
 * The same source's statement named again without a date keeps the day the text last gave it: the date (by
 * `dateOf`) of the latest earlier sentence that names the source as a speaker. Each source's sentences are listed
 * once, and `dateOf` is asked of each at most once, in text order (it fills a cache the caller also reads): a long
 * report used to scan every sentence for every claim.
 */
function lastDatedBy(
  state: ExtractState,
  dateOf: (sentence: number) => string | null,
): (attribution: Attribution) => string | null {
  const speakers = speakerSentences(state);
  return (attribution) => {
    const said = speakers.get(attribution.claimant.id);
    if (!said) return null;
    const before = attribution.start;
    if (!said.ordered) {
      let found: string | null = null;
      for (const x of said.sentences) if (x.from < before) found = dateOf(x.index) ?? found;
      return found;
    }
    // The sentences that qualify are a prefix: those whose start and whose first frame of the source precede it.
    let lo = 0;
    let hi = said.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (said.sentences[mid]!.from < before) lo = mid + 1;
      else hi = mid;
    }
    for (; said.read < lo; said.read++) {
      const date = dateOf(said.sentences[said.read]!.index);
      said.dated.push(date ?? said.dated.at(-1) ?? null);
    }
    return lo > 0 ? (said.dated[lo - 1] ?? null) : null;
  };
}

interface SpeakerSentences {
  /** in text order; `from`: the later of the sentence's start and the source's first frame in it */
  readonly sentences: { readonly index: number; readonly from: number }[];
  /** per sentence read so far: the date of the latest dated one up to it */
  readonly dated: (string | null)[];
  read: number;
  /** false when a frame lies past a later sentence's start: then every sentence is read, as before */
  ordered: boolean;
}

function speakerSentences(state: ExtractState): Map<string, SpeakerSentences> {
  const out = new Map<string, SpeakerSentences>();
  state.frames.forEach((frames, i) => {
    const s = state.sentences[i];
    if (!s) return;
    const first = new Map<string, number>();
    for (const f of frames) first.set(f.claimant.id, Math.min(f.start, first.get(f.claimant.id) ?? Infinity));
    for (const [id, start] of first) {
      let said = out.get(id);
      if (!said) out.set(id, (said = { sentences: [], dated: [], read: 0, ordered: true }));
      const from = Math.max(s.start, start);
      if (from < (said.sentences.at(-1)?.from ?? 0)) said.ordered = false;
      said.sentences.push({ index: i, from });
    }
  });
  return out;
}

/** The text with quotations blanked: dates inside a quote are the events', not the statement's. */
function unquoted(text: string): string {
  return text.replace(/“[^”]*”?|"[^"]*"?/g, (q) => ' '.repeat(q.length));
}

function sentenceDate(text: string, instant: Date, ref: string): string | null {
  return (
    findDates(unquoted(text), instant).find((x) => x.dayStated && x.iso <= ref && x.iso.length === 10)?.iso ??
    null
  );
}

const MONTH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** Any leap year: month-days are read against it only to name them, never to date them. */
const NO_YEAR = new Date('2000-06-15T12:00:00Z');

/**
 * A report with no date of its own still names days (`in a statement on March 13`): the month-day is kept
 * (`statedDay`), and reconciliation gives it the year of the incident it is about. Weekdays need a date to
 * count from and stay undated.
 */
function monthDaysOnly(state: ExtractState): ExtractState {
  const cache = new Map<number, string | null>();
  const dayOf = (i: number): string | null => {
    if (!cache.has(i)) {
      const day = findDates(unquoted(state.sentences[i]?.text ?? ''), NO_YEAR).find(
        (x) => x.dayStated && !x.yearStated && MONTH.test(x.text),
      );
      cache.set(i, day ? day.iso.slice(5, 10) : null);
    }
    return cache.get(i) ?? null;
  };
  const datedBy = lastDatedBy(state, dayOf);
  const drafts = state.drafts.map((d) => {
    const s = attributionSentence(state, d);
    if (!s || !d.attribution) return d;
    const day = dayOf(s.index) ?? datedBy(d.attribution);
    return day ? revise(d, 'attach-stated-date', { statedDay: day }, `${day}, year unknown`) : d;
  });
  return { ...state, drafts };
}
