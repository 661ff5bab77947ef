// Bytes to text: BOMs first, then the declared charset (HTTP header, <meta charset>, <?xml encoding?>), else UTF-8
// (or Windows-1252 for undeclared markup that is not valid UTF-8). Binary and oversized input is refused here so
// every reader (files, stdin, URLs) says the same thing about it.
import iconv from 'iconv-lite';
import { TriangulateError } from '../model/triangulate-error.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface DecodeOptions {
  /** Charset from an HTTP `Content-Type` header; wins over what the bytes declare (as browsers do). */
  readonly charset?: string | null;
  /** Look for `<meta charset>` / `<?xml encoding?>` in the first bytes (HTML and XML input). */
  readonly sniffMarkup?: boolean;
  readonly maxBytes?: number;
  /** Told when the bytes were not valid UTF-8 and a legacy character set was guessed. */
  readonly onWarning?: (message: string) => void;
}

// Signatures of common binary formats that may not contain a NUL byte early on.
const MAGIC: readonly (readonly [string, string])[] = [
  ['%PDF-', 'a PDF'],
  ['PK\x03\x04', 'a ZIP archive (or an Office document)'],
  ['\x1f\x8b', 'a gzip archive'],
  ['\x89PNG', 'a PNG image'],
  ['GIF8', 'a GIF image'],
  ['\xff\xd8\xff', 'a JPEG image'],
  ['\x7fELF', 'an executable'],
];

export function decodeBytes(bytes: Uint8Array, source: string, options: DecodeOptions = {}): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buf.length === 0) throw new TriangulateError('empty', `${source}: the file is empty`);
  if (buf.length > max) throw tooLarge(source, buf.length, max);
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2)).swap16().toString('utf16le');
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  refuseBinary(buf, source);
  const charset = normalizeCharset(options.charset ?? (options.sniffMarkup ? sniffCharset(buf) : null));
  if (charset === 'utf-8') return buf.toString('utf8');
  if (charset === null) return utf8OrLegacy(buf, source, options.onWarning);
  if (!iconv.encodingExists(charset)) {
    throw new TriangulateError('bad_encoding', `${source}: unknown character set "${charset}"`);
  }
  // A page that declares a legacy charset but is written in UTF-8 (a CMS re-encoded it, the header stayed):
  // when the declared decoding yields replacement characters and the bytes are valid UTF-8, UTF-8 is the truth.
  const decoded = iconv.decode(buf, charset);
  if (options.sniffMarkup && decoded.includes('\uFFFD') && isUtf8(buf)) {
    process.emitWarning(`${source}: declares ${charset} but is valid UTF-8; read as UTF-8`, 'CharsetWarning');
    return buf.toString('utf8');
  }
  return decoded;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

// An old page or text file that declares nothing and is not valid UTF-8 is almost always Windows-1252 (what
// browsers assume); plain text has no way to declare it, so the guess is said.
function utf8OrLegacy(buf: Buffer, source: string, onWarning?: (message: string) => void): string {
  try {
    return strictUtf8.decode(buf);
  } catch {
    onWarning?.(`${source}: not valid UTF-8; read as Windows-1252 (check its accented letters)`);
    return iconv.decode(buf, 'windows-1252');
  }
}

function isUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/**
 * `source: 50.3 MB is over the 50 MB cap; …` — `bytes` is what was seen (a stream stops at the first byte over). A
 * size that rounds to the cap is said in bytes: never `50 MB is over the 50 MB cap`.
 */
export function tooLarge(source: string, bytes: number, max: number): TriangulateError {
  const exact = (n: number): string => `${n.toLocaleString('en-US')} bytes`;
  const over =
    size(bytes) === size(max)
      ? `${exact(bytes)} is over the ${size(max)} cap (${exact(max)})`
      : `${size(bytes)} is over the ${size(max)} cap`;
  return new TriangulateError('too_large', `${source}: ${over}; split it or raise the cap`);
}

function size(n: number): string {
  if (n >= 1024 * 1024) return `${Number((n / 1024 / 1024).toFixed(1))} MB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} KB`;
  return `${n} bytes`;
}

function refuseBinary(buf: Buffer, source: string): void {
  const head = buf.subarray(0, 8192);
  const latin = head.toString('latin1');
  const magic = MAGIC.find(([sig]) => latin.startsWith(sig));
  if (magic) throw new TriangulateError('binary', `${source}: looks like ${magic[1]}, not text`);
  // Text never holds NULs (UTF-16 was handled by its BOM) and rarely many C0 controls.
  let controls = 0;
  for (const b of head) {
    if (b === 0) throw new TriangulateError('binary', `${source}: looks like a binary file, not text`);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  if (controls > head.length * 0.05) {
    throw new TriangulateError('binary', `${source}: looks like a binary file, not text`);
  }
}

/** The charset a page or XML document declares in its first 2 KB, or null. */
export function sniffCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 2048).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  const declared = xml?.[1] ?? /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
  // Bytes that reach here have no BOM and no NULs, so a declared UTF-16 is wrong (HTML spec: read it as UTF-8).
  return declared && /^utf-?16/i.test(declared) ? 'utf-8' : declared;
}

/** `charset=` of a Content-Type header value, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return m?.[1] ?? null;
}

// Browsers read latin1/ascii labels as windows-1252 (WHATWG Encoding), and pages rely on it for “smart quotes”.
function normalizeCharset(label: string | null): string | null {
  if (label === null) return null;
  const l = label.trim().toLowerCase();
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (['iso-8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'iso8859-1', 'cp1252'].includes(l))
    return 'windows-1252';
  return l;
}
