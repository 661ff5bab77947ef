// A feed's items to documents: full content is read as it stands, link-only items are fetched (a few at a time,
// in feed order), items older than `since` are skipped, and an item already read from another feed is skipped.
import type { DocumentInput } from '../model/document.js';
import { TriangulateError } from '../model/triangulate-error.js';
import { toIsoDate } from './normalize-document.js';
import { parseFeed, type Feed, type FeedItem } from './parse-feed.js';
import { asError, failure, settle, type ReadItem } from './read-item.js';
import { urlKey, type ReadContext } from './read-options.js';
import { readUrl } from './read-url.js';

// Items whose content holds fewer characters than this are teasers: the linked page is read instead.
const FULL_CONTENT_CHARS = 500;
const PARALLEL_FETCHES = 3;

export async function* readFeed(xml: string, source: string, ctx: ReadContext): AsyncGenerator<ReadItem> {
  let feed: Feed;
  try {
    feed = parseFeed(xml, source);
  } catch (e) {
    yield failure(source, asError(source, e));
    return;
  }
  if (feed.items.length === 0) {
    yield failure(source, new TriangulateError('empty', `${source}: the feed has no items`));
    return;
  }
  const since = ctx.options.since ?? null;
  const max = ctx.options.maxFeedItems ?? 200;
  // Item links are the feed's words, not the caller's: only the host they typed is taken as given.
  const links: ReadContext = { ...ctx, options: { ...ctx.options, typedHost: typedHostOf(source) } };
  const tasks = feed.items
    .slice(0, max)
    .map((item, i) => ({ item, where: item.link ?? `${source}#${i + 1}` }))
    .filter(({ item }) => !before(item.published, since) && firstSighting(item, ctx))
    .map(
      ({ item, where }) =>
        () =>
          collect(readItem(item, where, feed, links)),
    );
  for await (const items of inOrder(tasks, PARALLEL_FETCHES)) {
    // A page may carry an older date than its feed item claimed; `since` holds for what the page says too.
    yield* items.filter((r) => r.kind === 'failure' || !before(r.document.published, since));
  }
  if (feed.items.length > max) {
    const why = `${source}: the feed lists ${feed.items.length} items; only the first ${max} were read`;
    yield failure(source, new TriangulateError('too_large', why));
  }
}

async function* readItem(
  item: FeedItem,
  where: string,
  feed: Feed,
  ctx: ReadContext,
): AsyncGenerator<ReadItem> {
  const base: DocumentInput = {
    title: item.title,
    url: item.link,
    outlet: feed.title,
    published: item.published,
    source: where,
  };
  if (item.content && (!item.link || visibleChars(item.content) >= FULL_CONTENT_CHARS)) {
    yield settle(where, { ...base, html: item.content });
  } else if (item.link) {
    yield* readUrl(item.link, ctx, base);
  } else if (item.summary) {
    yield settle(where, { ...base, html: item.summary });
  } else {
    yield failure(
      where,
      new TriangulateError('empty', `${where}: the feed item has neither content nor a link`),
    );
  }
}

function before(published: string | null, since: string | null): boolean {
  const date = since ? toIsoDate(published) : null;
  return date !== null && since !== null && date < since;
}

/** Marks the item's guid and link as read; false when either was read already. */
function firstSighting(item: FeedItem, ctx: ReadContext): boolean {
  const keys = [item.guid ? `guid:${item.guid}` : null, item.link ? urlKey(item.link) : null].filter(
    (k): k is string => k !== null,
  );
  if (keys.some((k) => ctx.seen.has(k))) return false;
  for (const k of keys) ctx.seen.add(k);
  return true;
}

function visibleChars(html: string): number {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim().length;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Runs up to `width` tasks at once and yields their results in task order. */
async function* inOrder<T>(tasks: readonly (() => Promise<T>)[], width: number): AsyncGenerator<T> {
  const running: Promise<T>[] = [];
  let next = 0;
  const start = (): void => {
    const task = tasks[next++];
    if (task) running.push(task());
  };
  while (running.length < width && next < tasks.length) start();
  while (running.length > 0) {
    const value = await (running.shift() as Promise<T>);
    start();
    yield value;
  }
}

function typedHostOf(source: string): string | null {
  try {
    const url = new URL(source);
    return /^https?:$/.test(url.protocol) ? url.host : null;
  } catch {
    return null;
  }
}
