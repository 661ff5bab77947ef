// The bytes of read answers, kept by URL for the view version they were made at. A request first asks the version
// (one row; on PostgreSQL one small statement shared by every request that arrives while it is out, on an embedded
// store answered from memory by the read cache); an answer kept at that version is sent as it is, before routing,
// validation, the store or serialisation: the common read costs what a bare route sending the same bytes costs.
// The version is asked before the answer is read, so an answer is never older than the version it is kept at, and
// a write anywhere moves the version: nothing kept is served after a change.
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Store } from '../store/store.js';
import { latestAnswer } from './latest-answer.js';

/** Routes whose answers depend on the view alone (not on jobs, files or the request's headers). */
const CACHED_ROUTES: ReadonlySet<string> = new Set([
  '/api/incidents',
  '/api/incidents/:id',
  '/api/claims',
  '/api/documents',
  '/api/documents/:id',
]);

export interface ResponseCacheOptions {
  /** All kept answers together stay under this many bytes; one larger than an eighth of it is not kept. */
  readonly maxBytes?: number;
  /** False: every read goes to the store (the staleness header is still sent). */
  readonly enabled?: boolean;
}

interface Kept {
  readonly version: string;
  readonly body: Buffer;
  readonly type: string;
  /** The body gzipped, made when a client that takes gzip first asks (JSON shrinks to a sixth or less). */
  gzip?: Buffer;
}

/** Bodies smaller than this are sent as they are: compressing them saves less than it costs. */
const GZIP_FROM = 1024;

/** Whether an Accept-Encoding header takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  return header.split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (name !== 'gzip' && name !== '*') return false;
    return !params.some((p) => /^q=0(\.0*)?$/.test(p));
  });
}

export function installResponseCache(
  app: FastifyInstance,
  store: Store,
  options: ResponseCacheOptions = {},
): void {
  const { maxBytes = 64 * 1024 * 1024, enabled = true } = options;
  const version = latestAnswer(() => store.viewVersion());
  const kept = new Map<string, Kept>();
  let bytes = 0;
  let current: string | null = null;
  // The version each cacheable request was asked at (absent: not cacheable), and the requests answered from memory.
  const askedAt = new WeakMap<FastifyRequest, string | null>();
  const served = new WeakSet<FastifyRequest>();
  const forget = (url: string) => {
    const old = kept.get(url);
    if (old === undefined) return;
    kept.delete(url);
    bytes -= old.body.length + (old.gzip?.length ?? 0);
  };
  const keep = (url: string, entry: Kept) => {
    forget(url);
    if (entry.body.length > maxBytes / 8) return;
    kept.set(url, entry);
    bytes += entry.body.length;
    for (const oldest of kept.keys()) {
      if (bytes <= maxBytes) break;
      forget(oldest);
    }
  };

  app.addHook('onRequest', async (request, reply) => {
    if (!enabled || request.method !== 'GET' || !CACHED_ROUTES.has(request.routeOptions.url ?? '')) return;
    const now = await version();
    askedAt.set(request, now);
    // A new version: everything kept is of an older one.
    if (now !== null && now !== current) {
      kept.clear();
      bytes = 0;
      current = now;
    }
    const hit = kept.get(request.url);
    if (now === null || hit === undefined) return;
    if (hit.version !== now) {
      forget(request.url);
      return;
    }
    // Most recently used last, so the oldest is forgotten first.
    kept.delete(request.url);
    kept.set(request.url, hit);
    served.add(request);
    reply.type(hit.type).header('vary', 'accept-encoding');
    if (hit.body.length < GZIP_FROM || !acceptsGzip(request.headers['accept-encoding']))
      return reply.send(hit.body);
    if (hit.gzip === undefined) {
      hit.gzip = gzipSync(hit.body);
      bytes += hit.gzip.length;
    }
    return reply.header('content-encoding', 'gzip').send(hit.gzip);
  });

  // A read served from the last good view (a refresh failed, an ingest runs) says so, and says what to run.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || !request.url.startsWith('/api/') || served.has(request)) return payload;
    const stale = await store.staleness().catch(() => null);
    if (stale !== null) {
      reply.header('x-triangulate-stale', stale.replace(/[^\x20-\x7e]/g, '?'));
      return payload;
    }
    const now = askedAt.get(request);
    if (now === undefined || now === null || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
    keep(request.url, { version: now, body, type: String(reply.getHeader('content-type')) });
    reply.header('vary', 'accept-encoding');
    return body;
  });
}
