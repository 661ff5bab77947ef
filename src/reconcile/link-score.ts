// How alike two local incidents of different documents are, or null when they cannot be one event. The signals:
// the words of their own sentences (TF-IDF cosine), the names they give the event, the event dates (not the
// statement dates), places, victims both name, and counts both state. Weights and threshold were calibrated on
// ECB+ dev and GVA dev (docs/linking.md); each signal is tested on invented reports in test/reconcile/.
import { packedCosine, type PackedVector } from './incident-terms.js';
import { keysSimilarity, nameWords } from './name-key.js';
import { datesCompatible, datesSameDay } from './partial-date.js';
import { magnitudesDisagree } from './link-measures.js';
import { hasWord } from './protagonists.js';
import { boundedMemo } from './tally.js';

export interface LinkNode {
  readonly doc: string;
  readonly main: boolean;
  readonly background: boolean;
  readonly date: string | null;
  readonly place: string | null;
  readonly names: readonly string[];
  /** Name keys of each name, computed once: pairs compare these, not strings. */
  readonly keys: readonly (readonly string[])[];
  /** The people its claims name as victims (`Jon Boring`), first and last name, lowercased. */
  readonly people: ReadonlySet<string>;
  /** Counts of two or more its claims state, with their outcome: `33 killed`. */
  readonly numbers: ReadonlySet<string>;
  /** The document's text, lowercased: a place one report names may be a part of the place another names. */
  readonly text: string;
  readonly vector: PackedVector;
  /** TF-IDF of its proper names. */
  readonly properNames: PackedVector;
  /** Last names of the people its sentences tell most about, most mentioned first (`protagonists.ts`). */
  readonly protagonists: readonly string[];
  /** Magnitudes its own sentences state (`link-measures.ts`): a quake's 5.6. */
  readonly magnitudes: readonly number[];
  /** Names its report tells only as part of an earlier event (`recalledOnly` in protagonists.ts). */
  readonly recalledNames: ReadonlySet<string>;
}

/** The signals a pair is scored on, each in 0..1; `pairFeatures` returns them in this order. */
export const LINK_FEATURES = [
  'words',
  'properNames',
  'eventName',
  'sameDay',
  'datesApart',
  'person',
  'samePlace',
  'otherPlace',
  'numbers',
  'sameDayWords',
  'undated',
  'protagonist',
  'otherProtagonist',
  'otherMagnitude',
  'recalledProtagonist',
] as const;
export type LinkFeature = (typeof LINK_FEATURES)[number];

/**
 * A logistic model: the pair score is the log-odds that two incidents are one event. Fitted on ECB+ dev and GVA
 * dev pairs (docs/linking.md gives the data and the fit); the clustering merges while the mean log-odds of the
 * scored pairs between two clusters is at least `threshold`.
 */
export const LINK: {
  threshold: number;
  /** What a pair of main events that share no blocking key scores in the clustering's means (docs/linking.md). */
  unscored: number | undefined;
  /**
   * The mean two clusters that both hold main events need when recalled incidents join (the second pass, where pairs
   * never scored are unknown): a report's own events were clustered on every pair between them first, and joining
   * two such clusters later on the few pairs that were scored takes this much (docs/linking.md, "Clustering").
   */
  mainsJoin: number;
  recalledPenalty: number;
  bias: number;
  weights: Record<LinkFeature, number>;
} = {
  threshold: -0.6,
  unscored: -1,
  mainsJoin: 1,
  recalledPenalty: 2,
  bias: -2.61,
  weights: {
    words: 10.82,
    properNames: 2.32,
    eventName: 3,
    sameDay: 0,
    datesApart: -2,
    person: 0.12,
    samePlace: 0,
    otherPlace: -1.41,
    numbers: 3.52,
    sameDayWords: 4.33,
    undated: 0,
    protagonist: 2.48,
    otherProtagonist: -0.01,
    otherMagnitude: -4,
    recalledProtagonist: -3,
  },
};

export const BROAD_PLACES = new Set([
  'pakistan',
  'pakistani',
  'balochistan',
  'baluchistan',
  'province',
  'region',
  'district',
  'area',
  'near',
  'city',
  'county',
  'state',
  'island',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
]);

/** Where `pairScore` writes a pair's features: scoring millions of pairs allocates nothing per pair. */
const SCRATCH = new Float64Array(LINK_FEATURES.length);
const AT = Object.fromEntries(LINK_FEATURES.map((name, i) => [name, i])) as Record<LinkFeature, number>;

export function pairScore(a: LinkNode, b: LinkNode): number | null {
  if (!writeFeatures(a, b, SCRATCH)) return null;
  let s = LINK.bias;
  for (let i = 0; i < LINK_FEATURES.length; i++) s += LINK.weights[LINK_FEATURES[i]!] * SCRATCH[i]!;
  // A recalled incident is told in a sentence or two: it joins another report's main event on stronger evidence.
  return a.main === b.main ? s : s - LINK.recalledPenalty;
}

/** The pair's features in `LINK_FEATURES` order, or null when the two cannot be one event. */
export function pairFeatures(a: LinkNode, b: LinkNode): number[] | null {
  const out = new Array<number>(LINK_FEATURES.length).fill(0);
  return writeFeatures(a, b, out) ? out : null;
}

function writeFeatures(a: LinkNode, b: LinkNode, f: { [i: number]: number }): boolean {
  if (a.doc === b.doc || a.background || b.background) return false;
  // A recalled incident (the 2024 station bombing) is never silently the main event of another report: both
  // must be dated.
  if (a.main !== b.main && (a.date === null || b.date === null)) return false;
  const person = sharePerson(a, b);
  const words = packedCosine(a.vector, b.vector);
  const properNames = packedCosine(a.properNames, b.properNames);
  const sameDay = datesSameDay(a.date, b.date) ? 1 : 0;
  const place = placeRelation(a, b);
  let shared = 0;
  for (const n of a.numbers) if (b.numbers.has(n)) shared++;
  f[AT.words] = words;
  f[AT.properNames] = properNames;
  f[AT.eventName] = keysSimilarity(a.keys, b.keys);
  f[AT.sameDay] = sameDay;
  f[AT.datesApart] = person ? 0 : datesApart(a.date, b.date);
  f[AT.person] = person ? 1 : 0;
  f[AT.samePlace] = place === 'same' ? 1 : 0;
  f[AT.otherPlace] = place === 'other' ? 1 : 0;
  f[AT.numbers] = Math.min(shared, 3) / 3;
  f[AT.sameDayWords] = sameDay * Math.min(1, words + properNames);
  f[AT.undated] = a.date === null || b.date === null ? 1 : 0;
  writeProtagonistFeatures(a, b, f);
  f[AT.otherMagnitude] = magnitudesDisagree(a.magnitudes, b.magnitudes);
  return true;
}

/**
 * How far apart two dates that do not fit are, 0..1 on a log scale of days (a week ≈ 0.25, a year ≈ 0.73): a report
 * of the trial or the manhunt dates its story by the latest step, and dates read from undated reports are guesses,
 * so distance counts against without forbidding. Dates that fit (or one unknown) give 0.
 */
function datesApart(a: string | null, b: string | null): number {
  if (datesCompatible(a, b)) return 0;
  const days = Math.abs(Date.parse(pad(a!)) - Date.parse(pad(b!))) / 86_400_000;
  return Math.min(1, Math.log1p(days) / Math.log1p(3650));
}

function pad(d: string): string {
  return d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d.slice(0, 10);
}

/**
 * Whether the person each report tells most about is named in the other: `protagonist` 1 when both are,
 * `otherProtagonist` 1 when neither is. One named in the other is no evidence by itself (a later report recalls the
 * earlier arrest's name as often as a report of the same one names it), unless the one report names the other's
 * person only in sentences that recall an earlier event (`recalledProtagonist`: `Vincent Jackson was arrested last
 * month`) while the other never names the one's. All 0 when either names nobody.
 */
function writeProtagonistFeatures(a: LinkNode, b: LinkNode, f: { [i: number]: number }): void {
  const [pa, pb] = [a.protagonists[0], b.protagonists[0]];
  if (pa === undefined || pb === undefined) {
    f[AT.protagonist] = f[AT.otherProtagonist] = f[AT.recalledProtagonist] = 0;
    return;
  }
  const [aInB, bInA] = [hasWord(b.text, pa), hasWord(a.text, pb)];
  const missing = (aInB ? 0 : 1) + (bInA ? 0 : 1);
  // The one report's person is named in the other only as the subject of an earlier event, and the other's person
  // is never named in the one: the second arrest recalling the first.
  const recalled = (aInB && !bInA && b.recalledNames.has(pa)) || (bInA && !aInB && a.recalledNames.has(pb));
  f[AT.protagonist] = missing === 0 ? 1 : 0;
  f[AT.otherProtagonist] = missing === 2 ? 1 : 0;
  f[AT.recalledProtagonist] = recalled ? 1 : 0;
}

export function sharePerson(a: LinkNode, b: LinkNode): boolean {
  for (const p of a.people) if (b.people.has(p)) return true;
  return false;
}

/** `same`: the places share a word, or one report names the other's place; `other`: both named, neither. */
function placeRelation(a: LinkNode, b: LinkNode): 'same' | 'other' | 'unknown' {
  if (a.place === null || b.place === null) return 'unknown';
  if (placesOverlap(a.place, b.place) || placeIn(a.place, b) || placeIn(b.place, a)) return 'same';
  return 'other';
}

/** `Englewood` in a report that places the shooting in `Chicago`: the one place may lie in the other. */
function placeIn(place: string, other: LinkNode): boolean {
  return place.length >= 4 && other.text.includes(place.toLowerCase());
}

export function placesOverlap(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const wb = placeWords(b);
  return placeWords(a).some((w) => wb.includes(w));
}

/** A place's words that can tell it from another (`BROAD_PLACES` aside), computed once per place (bounded). */
const placeWords = boundedMemo(50_000, (place): readonly string[] =>
  nameWords(place).filter((w) => !BROAD_PLACES.has(w)),
);
