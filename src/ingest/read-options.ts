// Options of readInputs (and so of analyze): the reference date, the feed filter, and the limits on fetching.
import type { FetchOptions } from './fetch-url.js';

export interface ReadOptions extends FetchOptions {
  /** Reference date (YYYY-MM-DD) for documents that carry none. */
  readonly published?: string | null;
  /** Feed items published before this date (YYYY-MM-DD) are skipped; items without a date are kept. */
  readonly since?: string | null;
  /**
   * Whether string inputs may name local files, directories and `-` (stdin). Defaults to false when
   * `allowPrivate` is false: a remote caller who may not reach 127.0.0.1 may not read /etc/passwd either.
   */
  readonly allowFiles?: boolean;
  /** Items read from one feed, at most (default 200): a feed of 10,000 links is not fetched whole. */
  readonly maxFeedItems?: number;
  /** The CSV column that holds the text (`--text-column notes` for an ACLED export). */
  readonly textColumn?: string;
  /** Pages fetched by one readInputs call, at most (feeds' items included); unset: no bound (the CLI). */
  readonly maxFetches?: number;
  /** All fetching of one readInputs call ends after this long; what is read by then is kept. Unset: none. */
  readonly deadlineMs?: number;
  /** Told what was read on a guess (a legacy character set), without failing the input. */
  readonly onWarning?: (message: string) => void;
  /** Standard input, injectable for tests. */
  readonly stdin?: () => Promise<Buffer>;
}

/** State shared by everything one readInputs call reads. */
export interface ReadContext {
  readonly options: ReadOptions;
  /** URLs and feed guids already read: a story in two feeds, or given twice, is read once. */
  readonly seen: Set<string>;
  /** Fetches made so far and when fetching must end (epoch ms), shared by everything one call reads. */
  readonly budget?: { fetches: number; readonly endsAt: number };
}

/** Files may be large archives of text (50 MB); a single web page over 10 MB is almost surely not an article. */
export const FILE_MAX_BYTES = 50 * 1024 * 1024;
export const URL_MAX_BYTES = 10 * 1024 * 1024;

// Parameters that only say who sent the reader: a story linked from a newsletter and a feed is one story.
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|rss)$/i;

/** The key a URL is remembered by: no fragment and no tracking parameters. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
    return u.href;
  } catch {
    return url;
  }
}
