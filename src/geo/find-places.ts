// Places named in running text. A place is a whole proper-noun chunk: `in Mashkaf, Dhadar, Bolan` → Dhadar;
// `Balochistan’s mountains` → Balochistan (the possessive ends the chunk); `Compton, California` → Compton within
// California. Rejected: a chunk that is more than a place (`Jaffar Express`, `Balochistan Liberation Army`,
// `China-Pakistan Economic Corridor`, `Peshawar-bound`), a month or weekday (`March 11`), a capitalised word the text
// also uses in lower case, and a sentence-initial word or small town abroad (`Police said`: Police, Poland) unless the
// document is about that country.
import { bestPlace, placeCandidates, type PlaceHint } from './resolve-place.js';
import type { Place } from './place.js';

export interface PlaceSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly place: Place;
}

interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentenceInitial: boolean;
  readonly words: number;
}

// A full stop stays only in an initialism (`U.S.`), not at a sentence's end (`in Balochistan.`).
const token = /\p{Lu}[\p{L}\p{M}\d]*(?:[-.'’][\p{L}\p{M}]+)*(?:(?<=\.\p{L})\.)?/gu;
// Lower-case words that stay inside a place name between two capitalised ones (Bay of Bengal, Rio de Janeiro).
const joiner = /^ (?:(?:of|de|del|la|le|al|el|da|do|dos|du|van|von|upon|on) )?$/u;
// A bare compass word names a direction, not one of the provinces called so (Western, Fiji; West, Cameroon).
const compass = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)$/u;
const calendar =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
// A small town abroad is believed only this large or in the document's own country.
const foreignCityFloor = 100_000;

function isSentenceInitial(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  return start === 0 || /(?:[.!?:]["”’)]?\s+|\n\s*|^\s*["“])$/u.test(before);
}

/**
 * The parts of a text worth reading: everything outside them is whitespace (an incident's passage is a report with
 * all but its sentences blanked). Sorted, disjoint, not touching; reading only them finds what reading the whole
 * text finds, as no token or word crosses whitespace.
 */
export type Windows = readonly (readonly [number, number])[];

function* matchesIn(
  text: string,
  pattern: RegExp,
  windows: Windows | undefined,
): Generator<[number, string]> {
  if (!windows) {
    for (const m of text.matchAll(pattern)) yield [m.index, m[0]];
    return;
  }
  for (const [from, to] of windows)
    for (const m of text.slice(from, to).matchAll(pattern)) yield [from + m.index, m[0]];
}

/** The chunks one at a time: a list of every chunk of a long report was its largest allocation while reconciling. */
function* properChunks(text: string, windows?: Windows): Generator<Chunk> {
  let open: { start: number; end: number; words: number } | null = null;
  const chunk = (o: { start: number; end: number; words: number }): Chunk => ({
    ...o,
    text: text.slice(o.start, o.end),
    sentenceInitial: isSentenceInitial(text, o.start),
  });
  for (const [start, word] of matchesIn(text, token, windows)) {
    let end = start + word.length;
    const possessive = /['’]s?$/u.test(word) && !/\.$/u.test(word);
    if (possessive) end = start + word.replace(/['’]s?$/u, '').length;
    if (open && joiner.test(text.slice(open.end, start)))
      open = { start: open.start, end, words: open.words + 1 };
    else {
      if (open) yield chunk(open);
      open = { start, end, words: 1 };
    }
    if (possessive) {
      yield chunk(open);
      open = null;
    }
  }
  if (open) yield chunk(open);
}

function lowerCaseUse(text: string, windows: Windows | undefined): (word: string) => boolean {
  const words = new Set<string>();
  for (const [, word] of matchesIn(text, /\b\p{Ll}+\b/gu, windows)) words.add(word);
  return (word) => words.has(word.toLowerCase());
}

/** Drops a sentence's first word when it is not part of the name (`In Balochistan` → `Balochistan`). */
function variants(chunk: Chunk): { start: number; text: string }[] {
  const out = [{ start: chunk.start, text: chunk.text }];
  const space = chunk.text.indexOf(' ');
  if (chunk.sentenceInitial && space > 0)
    out.push({ start: chunk.start + space + 1, text: chunk.text.slice(space + 1) });
  return out;
}

function plausible(
  chunk: Chunk,
  text: string,
  place: Place,
  hint: PlaceHint,
  usedLower: (w: string) => boolean,
): boolean {
  if (!text.includes(' ') && (calendar.test(text) || compass.test(text) || usedLower(text))) return false;
  if (place.precision !== 'city') return true;
  const initialWord = chunk.sentenceInitial && !text.includes(' ');
  if (hint.countryCode)
    return (
      place.countryCode === hint.countryCode || (!initialWord && (place.population ?? 0) >= foreignCityFloor)
    );
  return !initialWord || (place.population ?? 0) >= foreignCityFloor;
}

function spansWith(text: string, hint: PlaceHint, windows: Windows | undefined): PlaceSpan[] {
  const usedLower = lowerCaseUse(text, windows);
  const spans: PlaceSpan[] = [];
  for (const chunk of properChunks(text, windows)) {
    for (const variant of variants(chunk)) {
      const place = bestPlace(placeCandidates(variant.text, hint));
      if (!place || !plausible(chunk, variant.text, place, hint, usedLower)) continue;
      spans.push({
        start: variant.start,
        end: variant.start + variant.text.length,
        text: variant.text,
        place,
      });
      break;
    }
  }
  return spans;
}

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The country and province a text names most, from its country and province names (never its towns). */
export function documentHint(spans: readonly PlaceSpan[], given?: PlaceHint): PlaceHint {
  const units = spans.filter((s) => s.place.precision !== 'city');
  const countryCode = given?.countryCode ?? mostFrequent(units.map((s) => s.place.countryCode));
  const admin1Code =
    given?.admin1Code ??
    mostFrequent(
      units.flatMap((s) =>
        s.place.countryCode === countryCode && s.place.admin1Code ? [s.place.admin1Code] : [],
      ),
    );
  return { ...(countryCode ? { countryCode } : {}), ...(admin1Code ? { admin1Code } : {}) };
}

/** Places named in `text`, read only inside `windows` when given (whitespace outside them). */
export function findPlaces(text: string, hint?: PlaceHint, windows?: Windows): PlaceSpan[] {
  return placeReader(text, windows)(hint);
}

/**
 * `findPlaces` of one text under several hints, reading the text once per distinct hint (a reading is a pass of
 * the gazetteer over the text; the same hint gives the same reading, so an incident located under the hint its
 * own report gives is read twice, not four times).
 */
export function placeReader(text: string, windows?: Windows): (hint?: PlaceHint) => PlaceSpan[] {
  const readings = new Map<string, PlaceSpan[]>();
  const read = (hint: PlaceHint): PlaceSpan[] => {
    const key = `${hint.countryCode ?? ''}\u0000${hint.admin1Code ?? ''}`;
    let spans = readings.get(key);
    if (spans === undefined) readings.set(key, (spans = spansWith(text, hint, windows)));
    return spans;
  };
  return (hint) => read(documentHint(read(hint ?? {}), hint));
}
