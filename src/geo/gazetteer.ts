// Loads the compact index written by build-gazetteer.ts (dist/geo/gazetteer.tsv.gz) once per process. The same URL
// resolves from src/geo (tests) and dist/geo (the built package) because both sit two levels under the package root.
// Towns and alternate names are sorted by key and binary-searched where they lie: loading is one gunzip and one
// split, and a Place is made only when looked up.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { placeKey, type Place } from './place.js';

export interface Gazetteer {
  /** every town, province and country a lookup key (placeKey) names */
  lookup(key: string): readonly Place[];
  readonly countries: ReadonlyMap<string, Place>;
  readonly admin1: ReadonlyMap<string, Place>;
}

const indexUrl = new URL('../../dist/geo/gazetteer.tsv.gz', import.meta.url);
let loaded: Gazetteer | undefined;

function readIndex(): string {
  try {
    return gunzipSync(readFileSync(indexUrl)).toString('utf8');
  } catch (error) {
    throw new Error(
      `the place index ${indexUrl.pathname} is missing or broken: run \`npm run build\` (${String(error)})`,
    );
  }
}

function unitPlace(f: readonly string[], countries: ReadonlyMap<string, Place>): Place {
  if (f[0] === 'c') {
    const name = (f[2] ?? '').split('|')[0] ?? '';
    const common = { admin1: null, admin1Code: null, precision: 'country' } as const;
    return {
      name,
      countryCode: f[1] ?? '',
      country: name,
      latitude: Number(f[3]),
      longitude: Number(f[4]),
      ...common,
    };
  }
  const countryCode = (f[1] ?? '').slice(0, 2);
  return {
    name: f[2] ?? '',
    countryCode,
    country: countries.get(countryCode)?.country ?? countryCode,
    admin1: f[2] ?? '',
    admin1Code: f[1] ?? '',
    latitude: Number(f[3]),
    longitude: Number(f[4]),
    precision: 'admin1',
    population: Number(f[5]),
  };
}

function townPlace(line: string, units: Pick<Gazetteer, 'countries' | 'admin1'>): Place {
  const f = line.split('\t');
  const countryCode = f[3] ?? '';
  const admin1Code = `${countryCode}.${f[4] ?? ''}`;
  const admin1 = units.admin1.get(admin1Code);
  return {
    name: f[2] ?? '',
    countryCode,
    country: units.countries.get(countryCode)?.country ?? countryCode,
    admin1: admin1?.name ?? null,
    admin1Code: admin1 ? admin1Code : null,
    latitude: Number(f[5]),
    longitude: Number(f[6]),
    precision: 'city',
    population: Number(f[7]),
    geonameId: Number(f[1]),
  };
}

/** Lines from..to-1 are sorted by their first field; returns the indexes of those whose first field is `key`. */
function findSorted(lines: readonly string[], from: number, to: number, key: string): number[] {
  const keyAt = (i: number) => {
    const line = lines[i] ?? '';
    return line.slice(0, line.indexOf('\t'));
  };
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(mid) < key) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < to && keyAt(i) === key; i++) out.push(i);
  return out;
}

export function parseGazetteer(text: string): Gazetteer {
  const lines = text.split('\n');
  const units = new Map<string, Place[]>();
  const countries = new Map<string, Place>();
  const admin1 = new Map<string, Place>();
  const townsAt = lines.indexOf('#towns') + 1;
  const alternatesAt = lines.indexOf('#alternates') + 1;
  if (townsAt === 0 || alternatesAt === 0)
    throw new Error('the place index has no #towns or #alternates section');
  for (const line of lines.slice(0, townsAt - 1)) {
    const f = line.split('\t');
    const place = unitPlace(f, countries);
    (place.precision === 'country' ? countries : admin1).set(place.admin1Code ?? place.countryCode, place);
    for (const name of place.precision === 'country' ? (f[2] ?? '').split('|') : [place.name])
      units.set(placeKey(name), [...(units.get(placeKey(name)) ?? []), place]);
  }
  const made = new Map<number, Place>();
  const townAt = (i: number): Place => {
    let place = made.get(i);
    if (!place) made.set(i, (place = townPlace(lines[i] ?? '', { countries, admin1 })));
    return place;
  };
  const end = lines.length - (lines.at(-1) === '' ? 1 : 0);
  return {
    // An alternate name counts only where no place bears it as its own name (`Lewis` is not Lewes).
    lookup: (key) => {
      const own = [
        ...(units.get(key) ?? []),
        ...findSorted(lines, townsAt, alternatesAt - 1, key).map(townAt),
      ];
      if (own.length) return own;
      return findSorted(lines, alternatesAt, end, key).map((i) =>
        townAt(townsAt + Number(lines[i]?.split('\t')[1])),
      );
    },
    countries,
    admin1,
  };
}

export function loadGazetteer(): Gazetteer {
  loaded ??= parseGazetteer(readIndex());
  return loaded;
}
