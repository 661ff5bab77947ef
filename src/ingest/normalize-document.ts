// Turns what a caller gives into a SourceDocument whose text every offset refers to (SPEC.md: BOM removed, CRLF → LF).
import { createHash } from 'node:crypto';
import type { DocumentInput, SourceDocument } from '../model/document.js';
import { TriangulateError } from '../model/triangulate-error.js';
import { extractHtml } from './extract-html.js';
import { readTextHeader } from './plain-text-header.js';

export function normalizeText(text: string): string {
  // NUL is removed: no PostgreSQL text can hold it, and it is never part of what a report says.
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n').replace(/\0/g, '');
}

/** sha256 of the normalised text: the store's identity for a document version. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * YYYY-MM-DD from an ISO-ish, RFC 2822 or "March 12, 2025" string, or null when it is not a date. The calendar
 * day the publisher wrote is kept whatever its zone: a Karachi paper's 23:30 on the 12th is the 12th.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const monthFirst = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(value);
  const dayFirst = /\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i.exec(value);
  const written =
    (dayFirst && ymd(dayFirst[3], dayFirst[2], dayFirst[1])) ??
    (monthFirst && ymd(monthFirst[3], monthFirst[1], monthFirst[2]));
  if (written) return written;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  const d = new Date(t); // zone-less strings parse as local time, so the local calendar day is the one written
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function ymd(year: string | undefined, month: string | undefined, day: string | undefined): string | null {
  const m = MONTHS.indexOf((month ?? '').toLowerCase()) + 1;
  const dd = Number(day);
  if (m === 0 || dd < 1 || dd > 31) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
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
  // Plain text carries no metadata: its first lines may name the outlet and the headline.
  const plain = typeof given.text === 'string' && (input.title == null || input.outlet == null);
  const header = plain ? readTextHeader(text) : { title: null, outlet: null };
  return {
    id: withoutNul(input.id) ?? textHash(text).slice(0, 16),
    source: withoutNul(input.source ?? input.url ?? input.id) ?? fallbackSource,
    title: withoutNul(input.title) ?? header.title,
    url: withoutNul(input.url) ?? null,
    outlet: withoutNul(input.outlet) ?? header.outlet,
    published,
    publishedInferred: false,
    text,
  };
}

function withoutNul<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' ? value.replace(/\0/g, '') : value) as T;
}
