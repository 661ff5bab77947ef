// The reference date for relative dates: the document's own publication date, else the caller's `--published`,
// else the latest full date the text states (`On March 11, 2025`) — each inferred one marked as inferred.
// Rejects: dates inside recalled history counting as "now" when a later one is stated.
import type { SourceDocument } from '../../model/document.js';
import { findDates } from '../dates.js';

export function inferPublished(document: SourceDocument, fallback: string | null | undefined): SourceDocument {
  if (document.published) return document;
  if (fallback) return { ...document, published: fallback, publishedInferred: true };
  const stated = latestStatedDate(document.text);
  return stated ? { ...document, published: stated, publishedInferred: true } : document;
}

/** The latest date with year, month and day written out in the text, or null. */
export function latestStatedDate(text: string): string | null {
  let latest: string | null = null;
  for (const line of text.split('\n')) {
    for (const d of findDates(line, null)) {
      if (d.yearStated && d.dayStated && (latest === null || d.iso > latest)) latest = d.iso;
    }
  }
  return latest;
}
