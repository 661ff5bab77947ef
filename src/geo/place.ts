// A resolved place: what event rows, exports and the map read. Coordinates are the gazetteer's point for the unit
// (a town's own point; the median of its places' points for a province or a country), so `precision` says how far
// they can be trusted.
export type PlacePrecision = 'city' | 'admin1' | 'country';

export interface Place {
  readonly name: string;
  /** ISO 3166-1 alpha-2 */
  readonly countryCode: string;
  readonly country: string;
  readonly admin1: string | null;
  /** GeoNames admin1 code, `PK.02`: two provinces may share a name, never a code */
  readonly admin1Code: string | null;
  readonly latitude: number;
  readonly longitude: number;
  readonly precision: PlacePrecision;
  readonly population?: number;
  readonly geonameId?: number;
}

/** The key places are looked up by: no diacritics, one kind of apostrophe, lower case, single spaces. */
export function placeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
