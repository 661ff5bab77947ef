// An incident's start and end dates with their evidence. The start is the incident's date, with its own words in
// an incident passage (`March 11`) or inferred. The end is later than the start only when the incident's own
// sentences say it went on or ended on a later day:
//   "The standoff ended on Wednesday."                     (a weekday after a Tuesday start: the next Wednesday)
//   "By March 12, the military declared the operation successful."
//   "…claiming victory after a 30-hour-long firefight."     (30 hours cover at least two calendar days)
//   "the three-day siege"                                   (start + 2)
// and never from:
//   "On March 13, police said the toll rose to seven."     (a later statement about the toll, not the event going on)
//   "The trial ended on June 3."                           (further than MAX_SPAN_DAYS from the start: another event)
//   "A court freed the driver on April 12."                (freed or rescued count only of hostages, captives, passengers)
//   a weekday that may lie before the start ("On Monday the siege ended", the report undated, start a Tuesday).
// Otherwise end = start, with the start's precision. Only a start known to the day gets a later end.
import type { EventDates, TextEvidence } from '../model/event.js';
import type { Passage } from './incident-passages.js';
import { reportOffset } from './blank-outside.js';

/** What dates read of a passage: its text, and where it was shortened (none in a text given whole). */
type PassageText = Pick<Passage, 'id' | 'text'> & Partial<Pick<Passage, 'shifts'>>;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const DAY_MS = 86_400_000;
/** An event told as lasting longer than this is a campaign or another event, not one incident's span. */
const MAX_SPAN_DAYS = 14;
/** An undated report's weekday is read as the first one after the start only this close to it. */
const MAX_WEEKDAY_OFFSET = 3;

/** Words that tell the event going on or coming to an end in the sentence that dates it (not a toll told later). */
const GOES_ON = new RegExp(
  String.raw`\b(?:end(?:ed|s|ing)?|came to an end|(?:was|were) over|concluded|lasted|continu(?:ed|es|ing)|` +
    String.raw`(?:still|remained) (?:held|holding|in control|trapped|hostage|captive|besieged|holed up|under)|` +
    String.raw`cleared|victory|success(?:ful)?|(?:hostages?|captives?|passengers?)\b[^.]*\b(?:freed|rescued)|(?:freed|rescued)\b[^.]*\b(?:hostages?|captives?|passengers?))\b`,
  'iu',
);
const MONTH_DAY = new RegExp(
  String.raw`\b(?:(${MONTHS.join('|')})\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?|(\d{1,2}) (${MONTHS.join('|')})(?: (\d{4}))?)\b`,
  'giu',
);
const WEEKDAY = new RegExp(String.raw`\b(${WEEKDAYS.join('|')})\b`, 'giu');
const COUNT = String.raw`(\d{1,3}|${NUMBER_WORDS.join('|')})`;
/** What lasts: a duration counts only when it measures the event itself, never a deadline or an ultimatum. */
const LASTING = String.raw`(?:siege|standoff|stand-off|battle|firefight|gunfight|fighting|clashes|operation|hijacking|hostage crisis|crisis|ordeal|assault|occupation)`;
const DURATION = new RegExp(
  String.raw`\b(?:${COUNT}[- ](day|hour)(?:-long)? ${LASTING}\b|${LASTING} (?:that |which )?lasted (?:for |over |more than |nearly |about |almost )?${COUNT} (day|hour)s?\b)`,
  'giu',
);

export function eventDates(
  date: string | null,
  passages: readonly PassageText[],
  published: ReadonlyMap<string, string | null> = new Map(),
): EventDates | null {
  if (!date) return null;
  const precision = date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
  const evidence = startEvidence(date, passages);
  const end = precision === 'day' ? laterEnd(date, passages, published) : null;
  return {
    start: date,
    end: end?.day ?? date,
    precision,
    inferred: evidence === null,
    evidence,
    ...(end ? { endEvidence: end.evidence } : {}),
  };
}

/** The date's own words in a passage (`March 11`, `11 March`, `March 2025`), else null. */
function startEvidence(date: string, passages: readonly PassageText[]): TextEvidence | null {
  const [year, month, day] = date.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  const d = day ? String(Number(day)) : undefined;
  const pattern =
    name && d
      ? new RegExp(String.raw`\b(?:${name} ${d}\b|${d} ${name}\b)`, 'iu')
      : name
        ? new RegExp(String.raw`\b${name},? ${year}\b`, 'iu')
        : new RegExp(String.raw`\b${year}\b`, 'u');
  for (const p of passages) {
    const m = pattern.exec(p.text);
    if (m) {
      const start = reportOffset(p, m.index);
      return { documentId: p.id, start, end: start + m[0].length, text: m[0] };
    }
  }
  return null;
}

interface LaterDay {
  readonly day: string;
  readonly evidence: TextEvidence;
}

/** The latest day after the start that a sentence of the incident tells the event going on or ending. */
function laterEnd(
  start: string,
  passages: readonly PassageText[],
  published: ReadonlyMap<string, string | null>,
): LaterDay | null {
  let best: LaterDay | null = null;
  for (const p of passages) {
    for (const s of sentences(p.text)) {
      for (const found of daysIn(s.text, start, published.get(p.id) ?? null)) {
        const day = found.day;
        const span = (toTime(day) - toTime(start)) / DAY_MS;
        if (span < 1 || span > MAX_SPAN_DAYS || (best && best.day >= day)) continue;
        const at = reportOffset(p, s.start + found.index);
        best = {
          day,
          evidence: { documentId: p.id, start: at, end: at + found.text.length, text: found.text },
        };
      }
    }
  }
  return best;
}

interface FoundDay {
  readonly day: string;
  readonly index: number;
  readonly text: string;
}

/** Days a sentence dates the event on, when it tells the event going on or ending (else none). */
function daysIn(sentence: string, start: string, published: string | null): FoundDay[] {
  const out: FoundDay[] = [];
  for (const m of sentence.matchAll(DURATION)) {
    const n = toCount(m[1] ?? m[3] ?? '');
    const unit = (m[2] ?? m[4] ?? '').toLowerCase();
    // N days cover N calendar days; N hours at least ⌈N/24⌉ of them, whatever the hour it began.
    const days = unit === 'day' ? n : Math.ceil(n / 24);
    if (days > 1) out.push({ day: addDays(start, days - 1), index: m.index, text: m[0] });
  }
  if (!GOES_ON.test(sentence)) return out;
  for (const m of sentence.matchAll(MONTH_DAY)) {
    const month = MONTHS.indexOf((m[1] ?? m[5] ?? '').toLowerCase()) + 1;
    const day = Number(m[2] ?? m[4]);
    const year = m[3] ?? m[6];
    const found = yearFor(start, month, day, year ? Number(year) : null);
    if (found) out.push({ day: found, index: m.index, text: m[0] });
  }
  for (const m of sentence.matchAll(WEEKDAY)) {
    const found = weekdayDay(start, WEEKDAYS.indexOf((m[1] ?? '').toLowerCase()), published);
    if (found) out.push({ day: found, index: m.index, text: m[0] });
  }
  return out;
}

/** A month-day without a year is read in the start's year, or the next when that would come before the start. */
function yearFor(start: string, month: number, day: number, year: number | null): string | null {
  if (month < 1 || day < 1 || day > 31) return null;
  const y = year ?? Number(start.slice(0, 4));
  const iso = `${y}-${pad(month)}-${pad(day)}`;
  if (year !== null || iso >= start) return iso;
  return `${y + 1}-${pad(month)}-${pad(day)}`;
}

/**
 * A weekday in a dated report is the last such day on or before its publication; in an undated one, the first such
 * day after the start, and only when it falls within a few days (else it may as well lie before the start).
 */
function weekdayDay(start: string, weekday: number, published: string | null): string | null {
  if (weekday < 0) return null;
  if (published !== null && published.length >= 10 && published >= start) {
    const back = (new Date(toTime(published)).getUTCDay() - weekday + 7) % 7;
    return addDays(published, -back);
  }
  const ahead = (weekday - new Date(toTime(start)).getUTCDay() + 7) % 7;
  return ahead >= 1 && ahead <= MAX_WEEKDAY_OFFSET ? addDays(start, ahead) : null;
}

function sentences(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/gu))
    if (m[0].trim()) out.push({ start: m.index, text: m[0] });
  return out;
}

function toCount(word: string): number {
  const i = NUMBER_WORDS.indexOf(word.toLowerCase());
  return i >= 0 ? i + 1 : Number(word);
}

function toTime(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T12:00:00Z`);
}

function addDays(iso: string, days: number): string {
  return new Date(toTime(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
