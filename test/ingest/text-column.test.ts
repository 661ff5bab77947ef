// `--text-column NAME`: a CSV whose reports are in another column (ACLED's `notes`) is read, not refused.
import { describe, expect, test } from 'vitest';
import { readerFor } from '../../src/ingest/file-readers.js';
import type { DocumentInput } from '../../src/model/document.js';

const csv = 'event_id_cnty,event_date,Notes\nXYZ1,2024-01-02,"Gunmen killed two guards, police said."\n';
const read = (options?: { textColumn?: string }) =>
  readerFor('.csv')(csv, 'events.csv', 'events', options) as DocumentInput[];

describe('CSV text column', () => {
  test('the named column (any case) is the text', () => {
    expect(read({ textColumn: 'notes' })).toMatchObject([{ text: 'Gunmen killed two guards, police said.' }]);
    expect(read({ textColumn: 'NOTES' })).toHaveLength(1);
  });

  test('without it the error names the columns and the option', () => {
    expect(() => read()).toThrow(/--text-column.*event_id_cnty, event_date, notes/u);
  });

  test('a column that is not there is refused by name', () => {
    expect(() => read({ textColumn: 'body' })).toThrow(/no column "body"/u);
  });
});
