// Options of readInputs (and so of analyze): the reference date, the feed filter, and the limits on fetching.
import type { FetchOptions } from './fetch-url.js';

export interface ReadOptions extends FetchOptions {
  /** Reference date (YYYY-MM-DD) for documents that carry none. */
  readonly published?: string | null;
  /** Feed items published before this date (YYYY-MM-DD) are skipped; items without a date are kept. */
  readonly since?: string | null;
  /** Items read from one feed, at most (default 200): a feed of 10,000 links is not fetched whole. */
  readonly maxFeedItems?: number;
  /** Standard input, injectable for tests. */
  readonly stdin?: () => Promise<Buffer>;
}

/** State shared by everything one readInputs call reads. */
export interface ReadContext {
  readonly options: ReadOptions;
  /** URLs and feed guids already read: a story in two feeds, or given twice, is read once. */
  readonly seen: Set<string>;
}

/** Files may be large archives of text (50 MB); a single web page over 10 MB is almost surely not an article. */
export const FILE_MAX_BYTES = 50 * 1024 * 1024;
export const URL_MAX_BYTES = 10 * 1024 * 1024;

/** The key a URL is remembered by: no fragment, so `page#comments` and `page` are one page. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}
