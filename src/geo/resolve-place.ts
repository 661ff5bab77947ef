// One place name → one place. Accepts `Balochistan`, `Balochistan’s`, `the Punjab`, `Sindh province`,
// `Compton, California`, `Dhadar` (a GeoNames alternate of Dadhar). Rejects what the index does not hold
// (`Mashkaf`) and a container that contradicts the name (`Compton, Oregon` → null).
import { containsPlace } from './contains-place.js';
import { loadGazetteer } from './gazetteer.js';
import { placeKey, type Place } from './place.js';

export interface PlaceHint {
  /** ISO 3166-1 alpha-2: prefer places in this country when the name is ambiguous */
  readonly countryCode?: string;
  /** GeoNames admin1 code (`PK.02`): prefer places in this province or state */
  readonly admin1Code?: string;
}

const possessive = /['’]s?$/u;
const designator = / (province|state|district|county|region|division|governorate|oblast|prefecture|city)$/u;
const kindRank = { country: 3, admin1: 2, city: 1 } as const;

export function cleanPlaceName(text: string): string {
  return placeKey(text)
    .replace(/[,;:]+$/u, '')
    .replace(/(?<!\.\p{L})\.$/u, '')
    .replace(possessive, '')
    .replace(/^the /u, '')
    .trim();
}

function candidates(name: string): readonly Place[] {
  const gazetteer = loadGazetteer();
  const key = cleanPlaceName(name);
  const found = gazetteer.lookup(key);
  if (found.length || !designator.test(key)) return found;
  // `Sindh province` is Sindh; `Johnson County` is no town called Johnson (counties are not in the index).
  return gazetteer.lookup(key.replace(designator, '')).filter((p) => p.precision !== 'city');
}

/** Narrow to the hinted country and province where that leaves anything; an ambiguous name keeps all. */
function narrow(places: readonly Place[], hint: PlaceHint | undefined): readonly Place[] {
  let kept = places;
  if (hint?.countryCode) {
    const inCountry = kept.filter((p) => p.countryCode === hint.countryCode);
    if (inCountry.length) kept = inCountry;
  }
  if (hint?.admin1Code) {
    const inAdmin1 = kept.filter((p) => p.admin1Code === hint.admin1Code);
    if (inAdmin1.length) kept = inAdmin1;
  }
  return kept;
}

/** Countries before provinces before towns; within a kind, the most populous. */
export function bestPlace(places: readonly Place[]): Place | null {
  let best: Place | null = null;
  for (const place of places) {
    if (
      !best ||
      kindRank[place.precision] > kindRank[best.precision] ||
      (place.precision === best.precision && (place.population ?? 0) > (best.population ?? 0))
    )
      best = place;
  }
  return best;
}

export function placeCandidates(text: string, hint?: PlaceHint): readonly Place[] {
  const comma = text.indexOf(',');
  if (comma > 0) {
    const outer = resolvePlace(text.slice(comma + 1), hint);
    if (!outer) return [];
    return candidates(text.slice(0, comma)).filter((p) => p !== outer && containsPlace(outer, p));
  }
  return narrow(candidates(text), hint);
}

export function resolvePlace(text: string, hint?: PlaceHint): Place | null {
  return bestPlace(placeCandidates(text, hint));
}
