// CSV export: one row per claim, its incident's label and estimate beside it, quoted as RFC 4180 says.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Analysis } from '../../src/model/analysis.js';
import { formatCsv } from '../../src/format/format-csv.js';
import { csvTable, type Cell } from '../../src/format/csv-table.js';
import { assemble } from '../../src/analyze.js';
import { fixtureExtract } from './fixture-extractor.js';
import { BACKGROUND, MARKET, TRAIN, TRAIN_UPDATE } from './fixture-documents.js';

describe('csvTable', () => {
  const cell = (value: Cell) => csvTable(['h'], [[value]]).split('\r\n')[1];
  it.each([
    [null, ''],
    [12, '12'],
    [-3, '-3'],
    [false, 'false'],
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['he said "21"', '"he said ""21"""'],
    ['two\nlines', '"two\nlines"'],
    ['>200', '>200'],
  ])('%j → %j', (value, expected) => expect(cell(value)).toBe(expected));

  it.each(['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd'])(
    'a cell a spreadsheet would run (%j) is written as text',
    (value) => {
      const [row] = parse(csvTable(['h'], [[value]]), { columns: true }) as { h: string }[];
      expect(row!.h).toBe(`'${value}`);
    },
  );
});

describe('formatCsv', () => {
  const analysis: Analysis = assemble([TRAIN, MARKET, BACKGROUND, TRAIN_UPDATE].map(fixtureExtract));
  const rows = parse(formatCsv(analysis), { columns: true }) as Record<string, string>[];

  it('writes one row per claim, in the analysis order', () => {
    expect(rows.map((r) => r.claim)).toEqual(analysis.claims.map((c) => c.id));
    expect(rows.map((r) => r.quote)).toEqual(analysis.claims.map((c) => c.evidence.text));
  });

  it('puts the claim, its claimant and its incident side by side', () => {
    const [row] = rows;
    const [claim] = analysis.claims;
    expect(row).toMatchObject({
      incident: claim!.incident ?? '',
      outcome: claim!.outcome,
      group: claim!.group,
      low: String(claim!.value.low),
      qualifier: claim!.value.qualifier,
      claimant: claim!.claimant.name,
      claimant_kind: claim!.claimant.kind,
      document: claim!.document,
    });
    expect(row!.incident_label).toBe(analysis.incidents.find((i) => i.id === claim!.incident)?.label);
  });

  it("joins the incident's estimate for the same outcome and group, and leaves it empty without an incident", () => {
    for (const [i, claim] of analysis.claims.entries()) {
      const e = analysis.estimates.find(
        (x) => x.incident === claim.incident && x.outcome === claim.outcome && x.group === claim.group,
      );
      expect(rows[i]!.estimate_best).toBe(e?.best == null ? '' : String(e.best));
    }
    const loose = rows.find((r) => r.document === 'background');
    expect(loose).toMatchObject({ incident: '', incident_label: '', estimate_low: '', estimate_best: '' });
    expect(analysis.estimates.length).toBeGreaterThan(0);
  });
});
