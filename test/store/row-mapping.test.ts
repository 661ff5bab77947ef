// A stored extraction reads back as the extraction that was stored: the store's view is `analyze` of its reports
// only if nothing a later stage reads is lost on the way (linking reads the report's assessment, for one).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.js';
import type { DocumentExtraction } from '../../src/model/extraction.js';
import { assemble } from '../../src/analyze.js';
import { documentExtraction, documentRow, type DocumentRow } from '../../src/store/row-mapping.js';
import { BACKGROUND, MARKET, TRAIN, fixtureDocument, newsReport } from './fixture-documents.js';

function roundTrip(e: DocumentExtraction): DocumentExtraction {
  const row: DocumentRow = {
    ...documentRow(e, 'hash', e.document.id, { stated: null }),
    seq: 1,
    ingested_at: new Date(0),
    superseded_by: null,
    extraction_epoch: 1,
    follow_up: null,
  };
  return documentExtraction(row);
}

const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

// A report that tells of no harm (the council story) beside reports that do.
const reports = [
  TRAIN,
  MARKET,
  BACKGROUND,
  newsReport('council', '2025-03-12', 'City council approves new budget for parks. The vote was 7 to 2.'),
  fixtureDocument({
    id: 'headline-only',
    title: 'Two killed in Quetta blast',
    text: 'Read more at our site.',
  }),
].map((d) => extractDocument(d));

describe('stored extractions', () => {
  it('read back whole, assessment included', () => {
    for (const e of reports) {
      expect(e.assessment).toBeDefined();
      expect(plain(roundTrip(e))).toEqual(plain(e));
    }
  });

  it('give the same analysis as the extractions stored', () => {
    expect(plain(assemble(reports.map(roundTrip)))).toEqual(plain(assemble(reports)));
  });

  it('take the row id over the one the extraction was made with (negative: the stored id is not kept)', () => {
    const e = reports[0]!;
    const row: DocumentRow = {
      ...documentRow(e, 'hash', e.document.id, { stated: null }),
      id: `${e.document.id}-2`,
      seq: 2,
      ingested_at: new Date(0),
      superseded_by: null,
      extraction_epoch: 1,
      follow_up: null,
    };
    const back = documentExtraction(row);
    expect(back.document.id).toBe(`${e.document.id}-2`);
    expect(back.claims.length).toBeGreaterThan(0);
    expect(back.claims.every((c) => c.document === `${e.document.id}-2`)).toBe(true);
  });
});
