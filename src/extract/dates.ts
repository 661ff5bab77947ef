// Dates in text, resolved with chrono-node against a reference date. chrono reads "the evening of March 12" as a
// time on the reference day, so month-day phrases are re-read on their own.
import { parseDatesIn } from './chrono-parse.js';

export interface FoundDate {
  readonly index: number;
  readonly text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY depending on what the text states. */
  readonly iso: string;
  readonly yearStated: boolean;
  readonly dayStated: boolean;
}

/** Cheap gate before chrono: a year, a month next to a number or `last`, a weekday, or `ago`. */
const HAS_DATE_WORD =
  /\b(?:1[89]\d\d|20\d\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|ago)\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d|\d (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\blast (?:week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const MONTH_DAY =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}\b(?:, \d{4})?|\b\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?: \d{4})?/gi;

export function mayHoldDate(text: string): boolean {
  return HAS_DATE_WORD.test(text);
}

/** Recent answers: find-incidents and attach-stated-date read the same sentences against the same day. */
const SEEN = new Map<string, readonly FoundDate[]>();
const SEEN_MAX = 256;

export function findDates(text: string, reference: Date | null): readonly FoundDate[] {
  if (!mayHoldDate(text)) return [];
  const key = `${reference?.getTime() ?? ''}\u0000${text}`;
  const seen = SEEN.get(key);
  if (seen) return seen;
  const found = parseDates(text, reference);
  if (SEEN.size >= SEEN_MAX) SEEN.clear();
  SEEN.set(key, found);
  return found;
}

function parseDates(text: string, reference: Date | null): readonly FoundDate[] {
  const ref = reference ?? new Date(Date.UTC(2000, 0, 1));
  const out: FoundDate[] = [];
  for (const r of parseDatesIn(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const s = r.start;
    if (!s.isCertain('year') && !s.isCertain('month') && !s.isCertain('weekday') && !s.isCertain('day'))
      continue;
    if (reference === null && !/\d{4}/.test(r.text)) continue;
    const y = s.get('year');
    const mo = s.get('month');
    const d = s.get('day');
    if (y === null || mo === null || d === null) continue;
    const dayStated = s.isCertain('day') || s.isCertain('weekday');
    const iso = dayStated ? ymd(y, mo, d) : s.isCertain('month') ? `${y}-${pad(mo)}` : `${y}`;
    out.push({ index: r.index, text: r.text, iso, yearStated: s.isCertain('year'), dayStated });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const at = (m.index ?? 0) + m[0].length - 4;
    if (!out.some((f) => f.index <= at && at < f.index + f.text.length)) {
      out.push({ index: at, text: m[1] ?? '', iso: m[1] ?? '', yearStated: true, dayStated: false });
    }
  }
  return withMonthDays(
    text,
    out.filter((f) => !/\b(?:later|earlier|after|before)\b/i.test(f.text)),
    ref,
    reference !== null,
  );
}

const BARE_YEAR =
  /\b(?:in|since|by|of|the|during|from|until|before|after|early|late|mid-?)\s+(1[89]\d\d|20\d\d)\b/gi;

/** chrono turns "the evening of March 12" into the reference day; a plain month-day phrase wins over it. */
function withMonthDays(text: string, found: FoundDate[], ref: Date, refKnown: boolean): FoundDate[] {
  for (const m of text.matchAll(MONTH_DAY)) {
    const at = m.index ?? 0;
    if (found.some((f) => f.index <= at && at < f.index + f.text.length && f.text.length >= m[0].length))
      continue;
    const [r] = parseDatesIn(m[0], { instant: ref, timezone: 0 }, { forwardDate: false });
    const s = r?.start;
    if (!s || (!refKnown && !s.isCertain('year'))) continue;
    const iso = ymd(s.get('year') ?? 0, s.get('month') ?? 1, s.get('day') ?? 1);
    const i = found.findIndex((f) => f.index <= at && at < f.index + f.text.length);
    const entry = { index: at, text: m[0], iso, yearStated: s.isCertain('year'), dayStated: true };
    if (i >= 0) found.splice(i, 1, entry);
    else found.push(entry);
  }
  return found.sort((a, b) => a.index - b.index);
}

function ymd(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function toDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12));
}
