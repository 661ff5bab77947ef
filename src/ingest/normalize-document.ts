// Turns what a caller gives into a SourceDocument whose text every offset refers to (SPEC.md: BOM removed, CRLF → LF).
import { createHash } from 'node:crypto';
import type { DocumentInput, SourceDocument } from '../model/document.js';
import { TriangulateError } from '../model/triangulate-error.js';

export function normalizeText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

/** sha256 of the normalised text: the store's identity for a document version. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** YYYY-MM-DD from an ISO-ish or RFC 2822 string, or null when it is not a date. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

export function normalizeDocument(input: DocumentInput, fallbackSource = 'input'): SourceDocument {
  const raw = input.text;
  if (typeof raw !== 'string') {
    throw new TriangulateError('bad_input', `${fallbackSource}: a document needs a "text" string`);
  }
  const text = normalizeText(raw);
  if (text.trim() === '') throw new TriangulateError('empty', `${fallbackSource}: the document is empty`);
  const published = toIsoDate(input.published ?? null);
  return {
    id: input.id ?? textHash(text).slice(0, 16),
    source: input.source ?? input.url ?? input.id ?? fallbackSource,
    title: input.title ?? null,
    url: input.url ?? null,
    outlet: input.outlet ?? null,
    published,
    publishedInferred: false,
    text,
  };
}
