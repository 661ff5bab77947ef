// The sample's main incident as a UCDP and an ACLED coder would code it (issue 14's measured check).
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { analyze } from '../../src/analyze.js';
import type { Analysis, Incident } from '../../src/model/analysis.js';
import { formatAcled } from '../../src/format/format-acled.js';
import { formatUcdp } from '../../src/format/format-ucdp.js';

let analysis: Analysis;
let main: Incident;
const rowsOf = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

/** Kilometres from a point to the Bolan/Mashkaf box (29.6–29.9 N, 67.3–67.6 E); 0 inside it. */
function kmToBolan(lat: number, lon: number): number {
  const dLat = lat < 29.6 ? 29.6 - lat : lat > 29.9 ? lat - 29.9 : 0;
  const dLon = lon < 67.3 ? 67.3 - lon : lon > 67.6 ? lon - 67.6 : 0;
  return Math.hypot(dLat * 111.2, dLon * 111.2 * Math.cos((lat * Math.PI) / 180));
}

beforeAll(async () => {
  analysis = await analyze(['examples/jaffar-express']);
  // The incident most reports tell, however linking splits the rest.
  main = [...analysis.incidents].sort((a, b) => b.documents.length - a.documents.length)[0]!;
}, 60_000);

describe('the Jaffar Express as event rows', () => {
  test('one UCDP row: Pakistan, Balochistan, near Bolan, government against the BLA, deaths by side, the disagreement', () => {
    const rows = rowsOf(formatUcdp(analysis)).filter((r) => r.id === main.id);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({
      country: 'Pakistan',
      country_code: 'PK',
      adm_1: 'Balochistan',
      type_of_violence: '1',
    });
    expect(row.side_a).toBe('Government of Pakistan');
    expect(row.side_b).toBe('BLA');
    expect(kmToBolan(Number(row.latitude), Number(row.longitude))).toBeLessThan(50);
    for (const side of ['deaths_a', 'deaths_b', 'deaths_civilians'] as const)
      expect(row[side]).toMatch(/^>?\d+$/u);
    expect(row.notes).toMatch(/security forces killed: .*ISPR 4 → 23/u);
    expect(row.notes).toMatch(/BLA 6/u);
    expect(row.notes).toMatch(/Local sources 200\+/u);
    // An implausibility's figures of other kinds say what they count; the whole-group statement it rests on is there.
    const rescued = row.notes!.split(' | ').find((n) => n.startsWith('hostages rescued:'))!;
    expect(rescued).toMatch(/ISPR all\b/u);
    expect(rescued).toMatch(/BLA 50 hostages executed/u);
    expect(rescued).not.toMatch(/BLA 50(?! hostages executed)/u);
    expect(Number(row.number_of_sources)).toBe(main.documents.length);
  });

  test('one ACLED row: the BLA against the military, a battle, conservative fatalities', () => {
    const rows = rowsOf(formatAcled(analysis)).filter((r) => r.event_id_cnty === `PK-${main.id}`);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({
      country: 'Pakistan',
      admin1: 'Balochistan',
      event_date: '2025-03-11',
      time_precision: '1',
    });
    expect(row.actor1).toMatch(/BLA/u);
    expect(row.actor2).toBe('Military Forces of Pakistan');
    expect(kmToBolan(Number(row.latitude), Number(row.longitude))).toBeLessThan(50);
    expect(Number(row.fatalities)).toBe(main.deaths?.total.low);
    expect(Number(row.fatalities)).toBeLessThanOrEqual(main.deaths?.total.best ?? 0);
    expect(row.notes).toMatch(/Figures disagree: .*ISPR 4 → 23/u);
  });

  test('every event field keeps its evidence span, or says it is inferred', () => {
    const texts = new Map<string, string>();
    for (const f of [main.location, main.dates, main.eventType, ...(main.actors ?? [])]) {
      expect(f).toBeTruthy();
      if (!f!.inferred) expect(f!.evidence).not.toBeNull();
      if (f!.evidence) texts.set(`${f!.evidence.documentId}:${f!.evidence.start}`, f!.evidence.text);
    }
    expect(main.location).toMatchObject({ countryCode: 'PK', admin1: 'Balochistan', inferred: false });
    expect(main.actors?.find((a) => a.role === 'perpetrator')).toMatchObject({ id: 'bla', inferred: false });
    expect(texts.size).toBeGreaterThan(2);
  });
});
