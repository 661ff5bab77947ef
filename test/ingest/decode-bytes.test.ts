import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetOf, decodeBytes, sniffCharset } from '../../src/ingest/decode-bytes.js';
import { isTriangulateError } from '../../src/model/triangulate-error.js';

const text = 'Caf\u00e9 \u201cquoted\u201d \u2014 30 killed';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (isTriangulateError(e)) return e.code;
    throw e;
  }
  return 'ok';
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(Buffer.from(text), 'f')).toBe(text);
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'f')).toBe(text);
  });

  it('reads UTF-16 little- and big-endian with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    expect(decodeBytes(le, 'f')).toBe(text);
    expect(decodeBytes(be, 'f')).toBe(text);
  });

  it('honours a legacy charset from the HTTP header, <meta charset> or the XML declaration', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>${text}</body></html>`;
    expect(decodeBytes(iconv.encode(page, 'windows-1252'), 'f', { sniffMarkup: true })).toContain(text);
    expect(decodeBytes(iconv.encode(text, 'windows-1252'), 'f', { charset: 'iso-8859-1' })).toBe(text);
    const koi = '<?xml version="1.0" encoding="KOI8-R"?><rss>Привет</rss>';
    expect(decodeBytes(iconv.encode(koi, 'koi8-r'), 'f', { sniffMarkup: true })).toBe(koi);
    // A <meta charset> is only trusted for markup: plain text stays UTF-8 as SPEC.md says.
    expect(decodeBytes(Buffer.from('<meta charset="koi8-r"> é'), 'f')).toBe('<meta charset="koi8-r"> é');
  });

  it('reads undeclared markup and plain text that are not valid UTF-8 as Windows-1252', () => {
    const legacy = iconv.encode(`<p>${text}</p>`, 'windows-1252');
    expect(decodeBytes(legacy, 'f', { sniffMarkup: true })).toBe(`<p>${text}</p>`);
    expect(decodeBytes(legacy, 'f')).toBe(`<p>${text}</p>`);
  });

  it('refuses empty, binary, oversized and unknown-charset input with a code', () => {
    expect(codeOf(() => decodeBytes(Buffer.alloc(0), 'f'))).toBe('empty');
    expect(codeOf(() => decodeBytes(Buffer.from([0x41, 0x00, 0x42]), 'f'))).toBe('binary');
    expect(codeOf(() => decodeBytes(Buffer.from('%PDF-1.7\n%âãÏÓ'), 'f'))).toBe('binary');
    expect(codeOf(() => decodeBytes(Buffer.from('\x89PNG\r\n\x1a\n'), 'f'))).toBe('binary');
    expect(codeOf(() => decodeBytes(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 65, 66]), 'f'))).toBe('binary');
    expect(codeOf(() => decodeBytes(Buffer.alloc(2000, 'a'), 'f', { maxBytes: 1000 }))).toBe('too_large');
    expect(codeOf(() => decodeBytes(Buffer.from('x'), 'f', { charset: 'x-klingon' }))).toBe('bad_encoding');
  });

  it('finds declared charsets', () => {
    expect(sniffCharset(Buffer.from('<meta charset="ISO-8859-2">'))).toBe('ISO-8859-2');
    expect(sniffCharset(Buffer.from('<meta charset="utf-16">'))).toBe('utf-8');
    expect(sniffCharset(Buffer.from('<p>no charset</p>'))).toBeNull();
    expect(charsetOf('text/html; charset="Shift_JIS"')).toBe('Shift_JIS');
    expect(charsetOf('text/html')).toBeNull();
  });
});
