// The reference date for relative dates: the document's own publication date, else the caller's `--published`,
// else the latest date the text states — a full date (`On March 11, 2025`), then month-days and weekdays read
// forward from it (`on March 12`, `on Friday`) within a month. Every inferred date is marked as inferred.
// Rejects: a year alone (`In 2024`) as a publication date.
import type { SourceDocument } from '../../model/document.js';
import { findDates, toDate } from '../dates.js';

const WINDOW_DAYS = 31;

export function inferPublished(
  document: SourceDocument,
  fallback: string | null | undefined,
): SourceDocument {
  if (document.published) return document;
  const stated = latestStatedDate(document.text);
  const chosen = stated ?? fallback ?? null;
  return chosen ? { ...document, published: chosen, publishedInferred: true } : document;
}

/** The latest date the text states, anchored on a full date with a year; null when it states none. */
export function latestStatedDate(text: string): string | null {
  let anchor: string | null = null;
  const lines = text.split('\n');
  for (const line of lines) {
    for (const d of findDates(line, null)) {
      if (d.yearStated && d.dayStated && d.iso.length === 10 && (anchor === null || d.iso > anchor))
        anchor = d.iso;
    }
  }
  if (anchor === null) return null;
  const limit = new Date(toDate(anchor).getTime() + WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
  let latest = anchor;
  for (const line of lines) {
    for (const d of findDates(line, toDate(anchor))) {
      if (d.dayStated && d.iso.length === 10 && d.iso > latest && d.iso <= limit && !d.yearStated)
        latest = d.iso;
    }
  }
  return latest;
}
