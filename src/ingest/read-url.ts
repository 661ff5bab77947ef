// An http(s) URL to documents: a page becomes one article, a feed becomes its items, JSON/CSV/text are read
// like the files of that kind. Fields a feed gave (title, date, outlet) fill in what the page itself does not say.
import type { DocumentInput } from '../model/document.js';
import { TriangulateError } from '../model/triangulate-error.js';
import { decodeBytes } from './decode-bytes.js';
import { extractHtml } from './extract-html.js';
import { fetchUrl, type FetchedPage } from './fetch-url.js';
import { readerFor } from './file-readers.js';
import { looksLikeFeed } from './parse-feed.js';
import { readFeed } from './read-feed.js';
import { asError, failure, settle, settleAll, type ReadItem } from './read-item.js';
import { URL_MAX_BYTES, urlKey, type ReadContext } from './read-options.js';

const FEED_TYPES = /^application\/(rss|atom|rdf)\+xml$/;
const READER_BY_TYPE: Readonly<Record<string, string>> = {
  'text/plain': '.txt',
  'text/markdown': '.md',
  'text/csv': '.csv',
  'application/json': '.json',
  'application/ld+json': '.json',
  'application/x-ndjson': '.jsonl',
};

/** Fetches one URL; `fromFeed` carries the item's fields and forbids reading a feed again (no feed-of-feeds). */
export async function* readUrl(
  input: string,
  ctx: ReadContext,
  fromFeed?: DocumentInput,
): AsyncGenerator<ReadItem> {
  const maxBytes = ctx.options.maxBytes ?? URL_MAX_BYTES;
  let page: FetchedPage;
  let text: string;
  const refused = overBudget(input, ctx);
  if (refused) return yield failure(input, refused);
  const left = (ctx.budget?.endsAt ?? Infinity) - Date.now();
  const timeoutMs = Math.min(ctx.options.timeoutMs ?? 20_000, left);
  try {
    page = await fetchUrl(input, { ...ctx.options, maxBytes, timeoutMs });
    // A <meta charset> inside plain text or JSON is content, not a declaration.
    const sniffMarkup = !/^(text\/(plain|markdown|csv)|application\/(json|ld\+json|x-ndjson))$/.test(
      page.mediaType,
    );
    text = decodeBytes(page.body, input, { charset: page.charset, sniffMarkup, maxBytes });
  } catch (e) {
    yield failure(input, asError(input, e));
    return;
  }
  const finalKey = urlKey(page.url);
  if (finalKey !== urlKey(input) && ctx.seen.has(finalKey)) return; // a second address of a page already read
  ctx.seen.add(finalKey);
  if (FEED_TYPES.test(page.mediaType) || looksLikeFeed(text)) {
    if (!fromFeed) return yield* readFeed(text, input, ctx);
    const why = `${input}: a feed item links to another feed, which is not followed`;
    return yield failure(input, new TriangulateError('unsupported', why));
  }
  const ext = READER_BY_TYPE[page.mediaType];
  if (ext === '.txt' || ext === '.md') {
    if (!/^\s*</.test(text)) return yield* settleAll(input, () => [{ text, url: page.url, source: input }]);
  } else if (ext) {
    // Rows without an id get the hash of their text, as pasted documents do, not the URL as a name.
    const rows = async (): Promise<DocumentInput[]> =>
      (await readerFor(ext)(text, input, input)).map((d) => (d.id === input ? { ...d, id: undefined } : d));
    return yield* settleAll(input, rows);
  }
  let read: { document: DocumentInput; canonical: string | null };
  try {
    read = pageDocument(page, text, input, fromFeed);
  } catch (e) {
    yield failure(input, asError(input, e));
    return;
  }
  // The same story under another address (tracking links, AMP, mirrors) names one canonical URL.
  if (read.canonical !== null && read.canonical !== finalKey) {
    if (ctx.seen.has(read.canonical)) return;
    ctx.seen.add(read.canonical);
  }
  yield settle(input, read.document);
}

function pageDocument(
  page: FetchedPage,
  html: string,
  input: string,
  fromFeed?: DocumentInput,
): { document: DocumentInput; canonical: string | null } {
  const article = extractHtml(html, input);
  const document: DocumentInput = {
    text: article.text,
    title: article.title ?? fromFeed?.title ?? null,
    // A page's own date beats the feed's: feeds re-date items they re-publish.
    published: article.published ?? fromFeed?.published ?? null,
    outlet: article.outlet ?? fromFeed?.outlet ?? hostOf(page.url),
    url: page.url,
    source: input,
  };
  return { document, canonical: article.canonicalUrl ? absoluteKey(article.canonicalUrl, page.url) : null };
}

function absoluteKey(href: string, base: string): string | null {
  try {
    return urlKey(new URL(href, base).href);
  } catch {
    return null;
  }
}

/** `www.dawn.com` → `dawn.com`: the outlet when the page does not name itself. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Counts this fetch against the call's budget; the error when the budget is spent. */
function overBudget(input: string, ctx: ReadContext): TriangulateError | null {
  const budget = ctx.budget;
  if (!budget) return null;
  const max = ctx.options.maxFetches ?? Infinity;
  if (budget.fetches >= max) {
    return new TriangulateError('too_large', `${input}: not fetched; one request reads at most ${max} pages`);
  }
  if (Date.now() >= budget.endsAt) {
    const s = (ctx.options.deadlineMs ?? 0) / 1000;
    return new TriangulateError(
      'fetch_failed',
      `${input}: not fetched; one request fetches for at most ${s} s`,
    );
  }
  budget.fetches++;
  return null;
}
