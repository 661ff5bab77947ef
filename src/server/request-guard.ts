// Who may ask and who may write: on loopback only loopback Host names (against DNS rebinding); for writes, the
// bearer token whenever one is set (always, off loopback), and never a cross-site page.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { TriangulateError } from '../model/triangulate-error.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface GuardOptions {
  readonly token: string | null;
  /** On loopback, only loopback Host headers are answered: a DNS-rebinding page names its own host. */
  readonly loopbackOnly: boolean;
}

export function installRequestGuard(app: FastifyInstance, { token, loopbackOnly }: GuardOptions): void {
  app.addHook('onRequest', async (request) => {
    // No stored text holds NUL, and PostgreSQL refuses it in a parameter: said here, not as a 500 from the query.
    if (/%00|\0/i.test(request.url)) {
      throw new TriangulateError('bad_query', 'the request URL contains a NUL byte (%00); remove it');
    }
    if (loopbackOnly && !isLoopback(hostnameOf(request.headers.host ?? ''))) {
      throw new TriangulateError(
        'bad_input',
        `Host "${request.headers.host ?? ''}" is not this server; use 127.0.0.1`,
      );
    }
    if (SAFE_METHODS.has(request.method)) return;
    // A page on another site can POST text/plain to loopback without a CORS preflight; the browser tells us.
    if (isCrossSite(request)) {
      throw new TriangulateError(
        'unauthorized',
        'cross-site writes are refused; use the app or a client without Origin',
      );
    }
    if (token !== null && !hasToken(request, token)) {
      throw new TriangulateError(
        'unauthorized',
        'this server needs "Authorization: Bearer <token>" for writes',
      );
    }
  });
}

function isCrossSite(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return origin === 'null';
  try {
    const from = new URL(origin);
    // Parse the Host the same way, so default ports (":80") compare equal to none.
    return from.host !== new URL(`${from.protocol}//${request.headers.host ?? ''}`).host;
  } catch {
    return true;
  }
}

function hasToken(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const m = /^Bearer\s+(.+)$/i.exec(header);
  if (!m?.[1]) return false;
  const given = Buffer.from(m[1].trim());
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

function hostnameOf(host: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(host);
  return bracketed?.[1] ?? host.replace(/:\d+$/, '');
}

/** Loopback addresses a server may listen on without a token. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
