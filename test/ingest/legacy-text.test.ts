// Plain text cannot declare its character set: valid UTF-8 is read as such, anything else as Windows-1252, said.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode-bytes.js';

describe('plain text in a legacy character set', () => {
  it('reads Windows-1252 bytes right and warns that it guessed', () => {
    const warnings: string[] = [];
    const text = decodeBytes(iconv.encode('Café résumé: 5 killed', 'windows-1252'), 'notes.txt', {
      onWarning: (m) => warnings.push(m),
    });
    expect(text).toBe('Café résumé: 5 killed');
    expect(warnings).toEqual([
      'notes.txt: not valid UTF-8; read as Windows-1252 (check its accented letters)',
    ]);
  });

  it('reads valid UTF-8 and a UTF-8 BOM without a warning', () => {
    const warnings: string[] = [];
    const onWarning = (m: string) => warnings.push(m);
    expect(decodeBytes(Buffer.from('Café résumé'), 'a.txt', { onWarning })).toBe('Café résumé');
    expect(decodeBytes(Buffer.from('\ufeffCafé', 'utf8'), 'b.txt', { onWarning })).toBe('Café');
    expect(warnings).toEqual([]);
  });
});
