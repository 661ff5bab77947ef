// Turns what a caller gives into a SourceDocument whose text every offset refers to (SPEC.md: BOM removed, CRLF → LF).
import { createHash } from 'node:crypto';
import type { DocumentInput, SourceDocument } from '../model/document.js';
import { TriangulateError } from '../model/triangulate-error.js';
import { extractHtml } from './extract-html.js';

export function normalizeText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

/** sha256 of the normalised text: the store's identity for a document version. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** YYYY-MM-DD from an ISO-ish or RFC 2822 string, or null when it is not a date. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  // RFC 2822 (RSS pubDate): keep the calendar day the publisher wrote, whatever its zone.
  const r = /\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4})\b/i.exec(
    value,
  );
  if (r) {
    const month = MONTHS.indexOf((r[2] ?? '').toLowerCase()) + 1;
    return `${r[3]}-${String(month).padStart(2, '0')}-${(r[1] ?? '').padStart(2, '0')}`;
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** A document given as `html` (and no `text`) becomes its article text; fields the caller gave win over the page's. */
export function withHtmlExtracted(input: DocumentInput, source: string): DocumentInput {
  if (typeof input.text === 'string' || typeof input.html !== 'string') return input;
  const page = extractHtml(input.html, source);
  return {
    ...input,
    text: page.text,
    title: input.title ?? page.title,
    outlet: input.outlet ?? page.outlet,
    published: input.published ?? page.published,
  };
}

export function normalizeDocument(given: DocumentInput, fallbackSource = 'input'): SourceDocument {
  const input = withHtmlExtracted(given, given.source ?? fallbackSource);
  const raw = input.text;
  if (typeof raw !== 'string') {
    throw new TriangulateError(
      'bad_input',
      `${given.source ?? fallbackSource}: a document needs a "text" or "html" string`,
    );
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
