import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl, USER_AGENT } from '../../src/ingest/fetch-url.js';
import { isTriangulateError } from '../../src/model/triangulate-error.js';
import { redirect, send, startServer, type LocalServer } from './local-server.js';

let server: LocalServer;
let userAgent = '';

beforeAll(async () => {
  server = await startServer({
    '/page': (req, res) => {
      userAgent = req.headers['user-agent'] ?? '';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>hello</p>');
    },
    '/hop1': redirect('/hop2', 301),
    '/hop2': redirect('/page', 307),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`/chain${i}`, redirect(`/chain${i + 1}`)])),
    '/to-file': redirect('file:///etc/passwd'),
    '/missing': send('gone', 'text/plain', 404),
    '/image': send(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
    '/big-declared': send('x'.repeat(5000), 'text/plain'),
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 50; i++) res.write('y'.repeat(1000));
      res.end();
    },
    '/gzip-bomb': (_req, res) => {
      const body = gzipSync(Buffer.alloc(200_000, 'a'));
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(body);
    },
    '/gzip': (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
        .end(gzipSync('zipped text'));
    },
    '/latin1': send(
      iconv.encode('caf\u00e9 \u201cquoted\u201d', 'windows-1252'),
      'text/plain; charset=ISO-8859-1',
    ),
    '/silent': () => undefined, // never answers
    '/stall': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>first half'); // and never the rest
    },
  });
});
afterAll(() => server.close());

async function failureOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (e) {
    if (isTriangulateError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a failure');
}

describe('fetchUrl', () => {
  it('fetches a page with a polite user agent and reports its media type and charset', async () => {
    const page = await fetchUrl(server.url('/page'));
    expect(page.body.toString()).toBe('<p>hello</p>');
    expect(page.mediaType).toBe('text/html');
    expect(page.charset).toBe('utf-8');
    expect(userAgent).toBe(USER_AGENT);
  });

  it('follows redirects and reports the final URL', async () => {
    const page = await fetchUrl(server.url('/hop1'));
    expect(page.url).toBe(server.url('/page'));
  });

  it('stops a redirect loop', async () => {
    const f = await failureOf(fetchUrl(server.url('/loop-a')));
    expect(f).toMatchObject({ code: 'fetch_failed' });
    expect(f.message).toMatch(/redirect loop/);
  });

  it('stops after the redirect limit', async () => {
    const f = await failureOf(fetchUrl(server.url('/chain0'), { maxRedirects: 3 }));
    expect(f.message).toMatch(/more than 3 redirects/);
    // Exactly three hops are followed: /chain5 → 6 → 7 → 8, which does not exist.
    expect((await failureOf(fetchUrl(server.url('/chain5'), { maxRedirects: 3 }))).message).toMatch(
      /HTTP 404/,
    );
  });

  it('re-checks the scheme of every hop', async () => {
    const f = await failureOf(fetchUrl(server.url('/to-file')));
    expect(f).toMatchObject({ code: 'bad_url' });
  });

  it('gives up on a server that never answers, and on one that stalls mid-body', async () => {
    const t0 = Date.now();
    const silent = await failureOf(fetchUrl(server.url('/silent'), { timeoutMs: 300 }));
    expect(silent.code).toBe('fetch_failed');
    expect(silent.message).toMatch(/no complete answer within 0\.3 s/);
    const stall = await failureOf(fetchUrl(server.url('/stall'), { timeoutMs: 300 }));
    expect(stall.message).toMatch(/no complete answer/);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('refuses bodies over the cap, declared or streamed, and after decompression', async () => {
    expect(await failureOf(fetchUrl(server.url('/big-declared'), { maxBytes: 1000 }))).toMatchObject({
      code: 'too_large',
    });
    expect((await failureOf(fetchUrl(server.url('/big-chunked'), { maxBytes: 10_000 }))).code).toBe(
      'too_large',
    );
    expect((await failureOf(fetchUrl(server.url('/gzip-bomb'), { maxBytes: 50_000 }))).code).toBe(
      'too_large',
    );
  });

  it('decompresses gzip and keeps the declared charset for the decoder', async () => {
    expect((await fetchUrl(server.url('/gzip'))).body.toString()).toBe('zipped text');
    expect((await fetchUrl(server.url('/latin1'))).charset).toBe('ISO-8859-1');
  });

  it('refuses media that is not a page, feed or text, and HTTP errors', async () => {
    const image = await failureOf(fetchUrl(server.url('/image')));
    expect(image).toMatchObject({ code: 'unsupported' });
    expect(image.message).toMatch(/image\/png/);
    const missing = await failureOf(fetchUrl(server.url('/missing')));
    expect(missing).toMatchObject({ code: 'fetch_failed' });
    expect(missing.message).toMatch(/HTTP 404/);
  });

  it('says so when nothing listens or the URL is not http(s)', async () => {
    expect((await failureOf(fetchUrl('http://127.0.0.1:1/'))).message).toMatch(/connection refused/);
    expect(await failureOf(fetchUrl('ftp://example.org/x'))).toMatchObject({ code: 'bad_url' });
    expect(await failureOf(fetchUrl('http://'))).toMatchObject({ code: 'bad_url' });
  });
});
