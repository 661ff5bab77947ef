// One polite GET with hard limits: a deadline for the whole exchange, a byte cap (after decompression), a few
// redirects followed by hand so every hop is re-checked, and a media-type check before the body is read.
// Built on node:http(s) rather than fetch() so the SSRF guard can sit in the connection's own DNS lookup.
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { TriangulateError } from '../model/triangulate-error.js';
import {
  guardedLookup,
  isPrivateAddress,
  assertPublicHost,
  lookupWith,
  systemResolver,
  type Resolver,
} from './address-guard.js';
import { charsetOf, tooLarge } from './decode-bytes.js';

export interface FetchOptions {
  /** Whole exchange, redirects and body included (default 20 s). */
  readonly timeoutMs?: number;
  /** Largest body read, after decompression (default 10 MB). */
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /**
   * Private, loopback and link-local addresses: true fetches them anywhere (`--allow-private-network`); false never
   * (the API); unset (the CLI's default) only at the host the caller typed — a redirect or a feed link elsewhere
   * that leads to one is refused, so a feed cannot pull an internal service's answer into the store.
   */
  readonly allowPrivate?: boolean;
  /**
   * For a link found in content (a feed item): the host the caller typed (`host:port`), or null when they typed
   * none (a feed file). Unset: the URL being fetched is itself the one typed.
   */
  readonly typedHost?: string | null;
  /** Name resolution, injectable so tests send no query anywhere. */
  readonly resolver?: Resolver;
  readonly userAgent?: string;
}

export interface FetchedPage {
  /** The URL after redirects. */
  readonly url: string;
  /** Media type without parameters, lower case ('' when the server sent none). */
  readonly mediaType: string;
  readonly charset: string | null;
  readonly body: Buffer;
}

export const USER_AGENT = 'triangulate/0.1 (news casualty-figure analysis; one request at a time)';
const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,application/xml;q=0.8,text/plain;q=0.8,*/*;q=0.1';
// Media types a reader exists for; '' and octet-stream are let through to be sniffed (the byte cap bounds them).
const READABLE =
  /^(text\/(html|plain|markdown|xml|csv)|application\/(xhtml\+xml|rss\+xml|atom\+xml|rdf\+xml|xml|json|ld\+json|x-ndjson|octet-stream)|)$/;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function fetchUrl(input: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const controller = new AbortController();
  const why = `${input}: no complete answer within ${(timeoutMs / 1000).toFixed(1)} s`;
  const timer = setTimeout(() => controller.abort(new TriangulateError('fetch_failed', why)), timeoutMs);
  try {
    return await follow(input, options, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

export function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new TriangulateError('bad_url', `${input}: not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TriangulateError('bad_url', `${input}: only http and https URLs are read`);
  }
  return url;
}

async function follow(input: string, options: FetchOptions, signal: AbortSignal): Promise<FetchedPage> {
  const maxRedirects = options.maxRedirects ?? 5;
  const seen = new Set<string>();
  let url = parseHttpUrl(input);
  const typed = options.typedHost === undefined ? url.host : options.typedHost;
  for (;;) {
    seen.add(url.href);
    const guard = options.allowPrivate === false || (options.allowPrivate !== true && url.host !== typed);
    const res = await request(url, { ...options, guard }, signal);
    const location = res.headers.location;
    if (REDIRECTS.has(res.statusCode ?? 0) && location) {
      res.resume();
      const next = parseHttpUrl(new URL(location, url).href);
      if (seen.has(next.href)) throw fail(input, `redirect loop (${url.href} → ${next.href})`);
      if (seen.size > maxRedirects) throw fail(input, `more than ${maxRedirects} redirects`);
      url = next;
      continue;
    }
    return readResponse(input, url, res, options, signal);
  }
}

async function readResponse(
  input: string,
  url: URL,
  res: IncomingMessage,
  options: FetchOptions,
  signal: AbortSignal,
): Promise<FetchedPage> {
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 299) {
    res.resume();
    throw fail(input, `the server answered HTTP ${status} ${res.statusMessage ?? ''}`.trim());
  }
  const contentType = res.headers['content-type'] ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!READABLE.test(mediaType)) {
    res.destroy();
    throw new TriangulateError('unsupported', `${input}: serves ${mediaType}, not a web page, feed or text`);
  }
  const max = options.maxBytes ?? 10 * 1024 * 1024;
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) {
    res.destroy();
    throw tooLarge(input, declared, max);
  }
  const body = await readBody(input, res, max, signal);
  return { url: url.href, mediaType, charset: charsetOf(contentType), body };
}

function request(
  url: URL,
  options: FetchOptions & { readonly guard: boolean },
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const guard = options.guard;
    const resolver = options.resolver ?? systemResolver;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // Literal addresses never reach the lookup hook, so they are checked here.
    if (guard && isIP(host) && isPrivateAddress(host)) {
      assertPublicHost(host).catch(reject);
      return;
    }
    const req = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'GET',
        signal,
        agent: false, // no pooled sockets: a socket opened without the guard must never serve a guarded request
        lookup: guard
          ? (hostname, o, callback) => guardedLookup(hostname, o, callback, resolver)
          : options.resolver
            ? lookupWith(options.resolver)
            : undefined,
        headers: {
          'user-agent': options.userAgent ?? USER_AGENT,
          accept: ACCEPT,
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    );
    req.on('error', (e) => reject(explain(url.href, signal, e)));
    req.end();
  });
}

async function readBody(
  input: string,
  res: IncomingMessage,
  max: number,
  signal: AbortSignal,
): Promise<Buffer> {
  const decoder = decompressor(res.headers['content-encoding']);
  const stream = (decoder ? pipeline(res, decoder, () => undefined) : res) as Readable;
  const onAbort = (): void => void stream.destroy(signal.reason as Error);
  signal.addEventListener('abort', onAbort, { once: true });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > max) {
        res.destroy();
        throw tooLarge(input, size, max);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    throw explain(input, signal, e);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  return Buffer.concat(chunks);
}

function decompressor(encoding: string | undefined): NodeJS.ReadWriteStream | null {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === 'gzip' || e === 'x-gzip') return createGunzip();
  if (e === 'deflate') return createInflate();
  if (e === 'br') return createBrotliDecompress();
  return null;
}

function explain(input: string, signal: AbortSignal, e: unknown): TriangulateError {
  if (signal.aborted && signal.reason instanceof TriangulateError) return signal.reason;
  if (e instanceof TriangulateError) return e;
  const cause = (e as { cause?: unknown }).cause;
  if (cause instanceof TriangulateError) return cause;
  const code = (e as { code?: string }).code;
  const reasons: Record<string, string> = {
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name could not be resolved (no network?)',
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'the server closed the connection',
    ETIMEDOUT: 'the connection timed out',
    Z_DATA_ERROR: 'the compressed body is corrupt',
  };
  const why = (code && reasons[code]) ?? (e instanceof Error ? e.message : String(e));
  return new TriangulateError('fetch_failed', `${input}: ${why}`, { cause: e });
}

function fail(input: string, why: string): TriangulateError {
  return new TriangulateError('fetch_failed', `${input}: ${why}`);
}
