// Where an incident happened, from every report of it. The place is the most specific one the reports put the event
// in: `in the Mashkaf region of Bolan`, `in Mashkaf, Dhadar, Bolan` (a locative, through a list or `the … region
// of`), inside the country and province they name most. Route ends (`from Quetta to Peshawar`, `Peshawar-bound`)
// never locate it. With no locative town, the province, then the country, chosen by frequency: `inferred`.
import { documentHint, placeReader, type PlaceSpan, type Windows } from './find-places.js';
import type { PlaceHint } from './resolve-place.js';
import type { EventLocation, LocationEvidence } from '../model/event.js';
import type { Place } from './place.js';

export type { EventLocation, LocationEvidence };

/** A report's text (or an incident's passage of it, with the windows outside which it is blank). */
export interface PlaceText {
  readonly id: string;
  readonly text: string;
  readonly windows?: Windows;
}

interface Located extends PlaceSpan {
  readonly documentId: string;
  readonly locative: boolean;
}

// Capitalised list items and `the X region of` between a locative preposition and the name.
const listBefore = /(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*,? (?:and )?)*$/u;
const regionOf =
  /(?:the )?(?:\p{Lu}[\p{L}'’-]* )*(?:region|area|district|province|state|county|city|town|village|outskirts|suburbs?) of $/u;
const locativeWord = /\b(?:in|near|at|outside|inside|around|across|into)(?: the)? $/iu;
const cityFloor = 50_000;
const routeAfter = /^-(?:bound|based)\b/u;

// A dateline: `HOUSTON (AP) —`, `GREENSBURG, Ind. —`, `Compton, California:` at a paragraph's start.
const datelineAfter = /^(?:,[ \p{L}.]{2,20})?\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s/u;

export function isLocative(text: string, start: number, end: number): boolean {
  if (routeAfter.test(text.slice(end, end + 7))) return false;
  const lineStart = /(?:^|\n)\s*$/u.test(text.slice(Math.max(0, start - 4), start));
  if (lineStart && datelineAfter.test(text.slice(end, end + 60))) return true;
  let before = text.slice(Math.max(0, start - 80), start);
  before = before.replace(listBefore, '');
  before = before.replace(regionOf, '');
  return locativeWord.test(before);
}

function mostFrequent<T>(
  items: readonly T[],
  key: (item: T) => string | null,
  weight: (item: T) => number,
): string | null {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + weight(item));
  }
  let best: string | null = null;
  for (const [k, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = k;
  return best;
}

function toLocation(place: Place, span: Located | undefined, inferred: boolean): EventLocation {
  return {
    name: place.name,
    countryCode: place.countryCode,
    country: place.country,
    admin1: place.admin1,
    latitude: place.latitude,
    longitude: place.longitude,
    precision: place.precision,
    inferred,
    evidence: span
      ? { documentId: span.documentId, start: span.start, end: span.end, text: span.text }
      : null,
  };
}

function mostFrequentPlace(spans: readonly Located[]): Located | undefined {
  const id = mostFrequent(
    spans,
    (s) => String(s.place.geonameId),
    () => 1,
  );
  return spans.find((s) => String(s.place.geonameId) === id);
}

/**
 * A report locates its event from the first 100,000 characters of its passage (a news article is 2,000–10,000): a
 * place is named where the story starts, and a 4 MB report read whole took 2 s of the server's event loop on every
 * refresh of its incident.
 */
export const LOCATE_CHARS = 100_000;

function head(d: PlaceText): PlaceText {
  if (d.text.length <= LOCATE_CHARS) return d;
  const windows = d.windows
    ?.filter(([start]) => start < LOCATE_CHARS)
    .map(([start, end]) => [start, Math.min(end, LOCATE_CHARS)] as const);
  return { id: d.id, text: d.text.slice(0, LOCATE_CHARS), ...(windows ? { windows } : {}) };
}

export function locatedSpans(all: readonly PlaceText[], hint?: PlaceHint): Located[] {
  const documents = all.map(head);
  const readers = documents.map(readerOf);
  const first = readers.flatMap((read) => read(hint));
  const shared = documentHint(first, hint);
  return documents.flatMap((d, n) => readers[n]!(shared).map((s) => ({ ...s, documentId: d.id })));
}

type Reader = (hint?: PlaceHint) => readonly Omit<Located, 'documentId'>[];

/**
 * Characters of passages whose readings are kept. An incident is described again whenever a refresh touches it,
 * and a store's refresh touches the same incidents' passages again and again (issue #13: reading them was half of
 * one more report at 1,000 stored), so a passage is read by the gazetteer once per text, windows and hint, until
 * the passages read hold this many characters; then they start afresh.
 */
export const READ_CHARS = 4_000_000;

const readers = new Map<string, Map<string, Reader>>();
let readChars = 0;

function readerOf(d: PlaceText): Reader {
  let byWindows = readers.get(d.text);
  if (byWindows === undefined) {
    if (readChars + d.text.length > READ_CHARS) {
      readers.clear();
      readChars = 0;
    }
    readers.set(d.text, (byWindows = new Map()));
    readChars += d.text.length;
  }
  const key = d.windows?.map(([a, b]) => `${a}:${b}`).join(' ') ?? '';
  let reader = byWindows.get(key);
  if (reader === undefined) byWindows.set(key, (reader = locatedReader(d)));
  return reader;
}

function locatedReader(d: PlaceText): Reader {
  const read = placeReader(d.text, d.windows);
  // A reading is one array per hint it resolves to (placeReader keeps them): its spans are weighed once.
  const weighed = new Map<readonly PlaceSpan[], Omit<Located, 'documentId'>[]>();
  return (hint) => {
    const spans = read(hint);
    let located = weighed.get(spans);
    if (located === undefined)
      weighed.set(
        spans,
        (located = spans.map((s) => ({ ...s, locative: isLocative(d.text, s.start, s.end) }))),
      );
    return located;
  };
}

export function locateEvent(documents: readonly PlaceText[], hint?: PlaceHint): EventLocation | null {
  const spans = locatedSpans(documents, hint);
  const weight = (s: Located) => (s.locative ? 2 : 1);
  const countryCode = mostFrequent(spans, (s) => s.place.countryCode, weight);
  if (countryCode === null) return null;
  const inCountry = spans.filter((s) => s.place.countryCode === countryCode);
  const admin1Code = mostFrequent(inCountry, (s) => s.place.admin1Code, weight);
  const inAdmin1 = admin1Code ? inCountry.filter((s) => s.place.admin1Code === admin1Code) : inCountry;
  const towns = inAdmin1.filter((s) => s.place.precision === 'city' && s.locative);
  const town = mostFrequentPlace(towns);
  if (town) return toLocation(town.place, town, false);
  const unit =
    inAdmin1.find((s) => s.place.precision === 'admin1') ??
    inCountry.find((s) => s.place.precision === 'country');
  if (!unit) {
    // Local news names no state: a town named twice, or a city, locates it (inferred). Once, a small town may be
    // a person (`Jackson said`), so it is not enough.
    const towns = inAdmin1.filter((s) => s.place.precision === 'city');
    const likely = towns.filter(
      (s) => (s.place.population ?? 0) >= cityFloor || towns.filter((t) => t.place === s.place).length >= 2,
    );
    const guess = mostFrequentPlace(likely);
    return guess ? toLocation(guess.place, guess, true) : null;
  }
  // A town the reports name inside the province they name, though never as the event's place: inferred.
  const named =
    unit.place.precision === 'admin1'
      ? mostFrequentPlace(inAdmin1.filter((s) => s.place.precision === 'city'))
      : undefined;
  if (named) return toLocation(named.place, named, true);
  const said = inAdmin1.find((s) => s.place === unit.place && s.locative);
  return toLocation(unit.place, said ?? unit, !said);
}
