// Loads the compact index written by build-gazetteer.ts (dist/geo/gazetteer.tsv.gz) once per process. The same URL
// resolves from src/geo (tests) and dist/geo (the built package) because both sit two levels under the package root.
// Towns and alternate names are sorted by key and binary-searched where they lie: loading is one gunzip and one
// pass for line starts, and a line is decoded and a Place made only when looked up. The index stays as its UTF-8
// bytes (13 MB outside the JS heap) with a table of line starts: as one string it was 26 MB of heap (UTF-16, as
// some names are not Latin-1) plus 10 MB of line slices, held by every process for its whole life.
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

function readIndex(): Buffer {
  try {
    return gunzipSync(readFileSync(indexUrl));
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

/** The index's lines, decoded one at a time. */
class Lines {
  private readonly starts: Uint32Array;
  readonly length: number;

  constructor(private readonly bytes: Buffer) {
    let count = 1;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) count++;
    this.starts = new Uint32Array(count + 1);
    let n = 1;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) this.starts[n++] = i + 1;
    this.starts[count] = bytes.length + 1;
    this.length = count;
  }

  /** Line i without its newline ('' past the end), as `text.split('\n')[i]` gave it. */
  at(i: number): string {
    if (i < 0 || i >= this.length) return '';
    return this.bytes.toString('utf8', this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** Its first field (up to the first tab). */
  keyAt(i: number): string {
    if (i < 0 || i >= this.length) return '';
    const start = this.starts[i]!;
    const end = this.starts[i + 1]! - 1;
    const tab = this.bytes.indexOf(9, start);
    return this.bytes.toString('utf8', start, tab === -1 || tab > end ? end : tab);
  }

  /** The first line that is exactly `line`, or -1. */
  indexOf(line: string): number {
    const own = Buffer.from(line);
    const whole = (at: number) => at + own.length === this.bytes.length || this.bytes[at + own.length] === 10;
    let offset = -1;
    if (this.bytes.subarray(0, own.length).equals(own) && whole(0)) offset = 0;
    else
      for (let at = this.bytes.indexOf(`\n${line}`); at !== -1; at = this.bytes.indexOf(`\n${line}`, at + 1))
        if (whole(at + 1)) {
          offset = at + 1;
          break;
        }
    if (offset === -1) return -1;
    // The line starting at that byte: binary search of the starts.
    let lo = 0;
    let hi = this.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Lines from..to-1 are sorted by their first field; returns the indexes of those whose first field is `key`. */
function findSorted(lines: Lines, from: number, to: number, key: string): number[] {
  const keyAt = (i: number) => lines.keyAt(i);
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

export function parseGazetteer(text: string | Buffer): Gazetteer {
  const lines = new Lines(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
  const units = new Map<string, Place[]>();
  const countries = new Map<string, Place>();
  const admin1 = new Map<string, Place>();
  const townsAt = lines.indexOf('#towns') + 1;
  const alternatesAt = lines.indexOf('#alternates') + 1;
  if (townsAt === 0 || alternatesAt === 0)
    throw new Error('the place index has no #towns or #alternates section');
  for (let i = 0; i < townsAt - 1; i++) {
    const f = lines.at(i).split('\t');
    const place = unitPlace(f, countries);
    (place.precision === 'country' ? countries : admin1).set(place.admin1Code ?? place.countryCode, place);
    for (const name of place.precision === 'country' ? (f[2] ?? '').split('|') : [place.name])
      units.set(placeKey(name), [...(units.get(placeKey(name)) ?? []), place]);
  }
  const made = new Map<number, Place>();
  const townAt = (i: number): Place => {
    let place = made.get(i);
    if (!place) made.set(i, (place = townPlace(lines.at(i), { countries, admin1 })));
    return place;
  };
  const end = lines.length - (lines.at(lines.length - 1) === '' ? 1 : 0);
  return {
    // An alternate name counts only where no place bears it as its own name (`Lewis` is not Lewes).
    lookup: (key) => {
      const own = [
        ...(units.get(key) ?? []),
        ...findSorted(lines, townsAt, alternatesAt - 1, key).map(townAt),
      ];
      if (own.length) return own;
      return findSorted(lines, alternatesAt, end, key).map((i) =>
        townAt(townsAt + Number(lines.at(i).split('\t')[1])),
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
