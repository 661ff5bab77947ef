// The hierarchy city ⊂ admin1 ⊂ country, by codes (names repeat: Punjab is in India and in Pakistan).
import type { Place } from './place.js';

const rank = { city: 0, admin1: 1, country: 2 } as const;

export function containsPlace(outer: Place, inner: Place): boolean {
  if (outer.countryCode !== inner.countryCode) return false;
  if (outer.precision === 'country') return true;
  if (outer.precision === 'admin1')
    return rank[inner.precision] <= rank.admin1 && inner.admin1Code === outer.admin1Code;
  return (
    inner.precision === 'city' &&
    (outer.geonameId !== undefined ? outer.geonameId === inner.geonameId : outer.name === inner.name)
  );
}
