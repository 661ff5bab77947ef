// Parsed extractions kept across refreshes (issue #13): an incremental refresh reads tens of reports around a new
// one, and parsing each from its row, and making its link nodes (memoized per extraction object in
// link-incidents.ts), was most of its cost. A cache belongs to one database handle, so two stores never share one.
//
// A row is known by its sequence (a new one for every insert: a deleted report ingested again, with the same text
// but other details, is another row), its text hash and its version (`xmin`, the id of the transaction that wrote
// it, new with every update: a `reextract`, a repair, or an edit made outside Triangulate). Only rows read as stored
// are kept: an extraction made again inside a refresh is not, since that transaction may still roll back.
import type { DocumentExtraction } from '../model/extraction.js';
import type { DocumentRow } from './row-mapping.js';

/** A document row read with its version (`xmin`). */
export type StoredRow = DocumentRow & { readonly version: string };

/** The columns a cached extraction is known by. */
export type CacheKeyColumns = Pick<StoredRow, 'seq' | 'hash' | 'version'>;

export interface ExtractionCache {
  readonly get: (row: CacheKeyColumns) => DocumentExtraction | undefined;
  /** Keeps `extraction`, read from `row`; `chars` is its text's length, what the bound counts. */
  readonly keep: (row: CacheKeyColumns & Pick<DocumentRow, 'chars'>, extraction: DocumentExtraction) => void;
}

/**
 * Characters of report text the cache holds at most, least recently used first out. A report's entry (its
 * extraction, its text and its link nodes) takes about 12 bytes of heap per character of text (995 reports of the
 * bench stream, 1.93M characters, held 22.5 MB), so 4M characters (about 2,000 news reports) is about 50 MB.
 */
export const CACHE_CHARS = 4_000_000;

export function extractionCache(limit = CACHE_CHARS): ExtractionCache {
  const entries = new Map<string, { readonly extraction: DocumentExtraction; readonly chars: number }>();
  let held = 0;
  return {
    get: (row) => {
      const key = cacheKey(row);
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      // Map order is insertion order: taken out and put back, the entry is the most recently used.
      entries.delete(key);
      entries.set(key, entry);
      return entry.extraction;
    },
    keep: (row, extraction) => {
      const key = cacheKey(row);
      const chars = Math.max(1, row.chars);
      if (chars > limit) return;
      const old = entries.get(key);
      if (old !== undefined) held -= old.chars;
      entries.delete(key);
      entries.set(key, { extraction, chars });
      held += chars;
      for (const [oldest, entry] of entries) {
        if (held <= limit) break;
        entries.delete(oldest);
        held -= entry.chars;
      }
    },
  };
}

function cacheKey(row: CacheKeyColumns): string {
  return `${row.seq}\u0000${row.hash}\u0000${row.version}`;
}

const byHandle = new WeakMap<object, ExtractionCache>();

/** The cache of one database handle (a store's Kysely instance), made on first use. */
export function cacheOf(handle: object): ExtractionCache {
  let cache = byHandle.get(handle);
  if (cache === undefined) byHandle.set(handle, (cache = extractionCache()));
  return cache;
}
