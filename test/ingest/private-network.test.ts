// Redirects and feed links to private, loopback or link-local addresses are refused unless the caller allows the
// private network; the address the caller typed is taken as given. Names resolve through an injected resolver
// (intranet.test → 127.0.0.1, wiki.corp.test → 10.0.0.7): no query and no connection leaves loopback.
import { describe, expect, it } from 'vitest';
import type { Resolver } from '../../src/ingest/address-guard.js';
import { readInputs, type ReadOptions } from '../../src/ingest/read-inputs.js';
import type { ReadItem } from '../../src/ingest/read-item.js';
import { redirect, send, startServer, type LocalServer } from './local-server.js';

const NAMES: Record<string, string> = { 'intranet.test': '127.0.0.1', 'wiki.corp.test': '10.0.0.7' };
const resolver: Resolver = (hostname, _options, callback) => {
  const address = NAMES[hostname];
  if (!address) return callback(Object.assign(new Error(`${hostname}: unknown`), { code: 'ENOTFOUND' }), []);
  callback(null, [{ address, family: 4 }]);
};

const PAGE =
  '<html><body><article><p>Police said 12 civilians were killed in the market.</p></article></body></html>';

async function read(inputs: string[], options: ReadOptions): Promise<string[]> {
  const out: string[] = [];
  for await (const item of readInputs(inputs, { resolver, ...options }) as AsyncGenerator<ReadItem>) {
    out.push(item.kind === 'document' ? 'document' : `${item.error.code}: ${item.error.message}`);
  }
  return out;
}

function feed(links: readonly string[]): string {
  const items = links.map((l, i) => `<item><title>Story ${i}</title><link>${l}</link></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>${items}</channel></rss>`;
}

describe('private addresses behind redirects and feed links', () => {
  let server: LocalServer;
  const withServer = async (routes: Parameters<typeof startServer>[0], body: () => Promise<void>) => {
    server = await startServer(routes);
    try {
      await body();
    } finally {
      await server.close();
    }
  };

  it('reads the loopback address the user typed, and its own links', async () => {
    await withServer({ '/a': send(PAGE), '/moved': redirect('/a') }, async () => {
      expect(await read([server.url('/moved')], {})).toEqual(['document']);
    });
  });

  it('refuses a redirect to another private host, names the real option, and reads it when allowed', async () => {
    await withServer({ '/a': send(PAGE) }, async () => {
      const port = new URL(server.url('/')).port;
      await withInner(port);
    });
    async function withInner(port: string): Promise<void> {
      const outer = await startServer({ '/jump': redirect(`http://intranet.test:${port}/a`) });
      try {
        const refused = await read([outer.url('/jump')], {});
        expect(refused).toHaveLength(1);
        expect(refused[0]).toMatch(/^forbidden_address: intranet\.test \(127\.0\.0\.1\) is a private/);
        expect(refused[0]).toContain('triangulate ingest --allow-private-network');
        expect(server.hits).toEqual([]);
        expect(await read([outer.url('/jump')], { allowPrivate: true })).toEqual(['document']);
        expect(server.hits).toEqual(['/a']);
      } finally {
        await outer.close();
      }
    }
  });

  it('refuses feed links to private addresses elsewhere, before connecting', async () => {
    await withServer({}, async () => {
      const port = new URL(server.url('/')).port;
      const links = [
        `http://wiki.corp.test/secret`,
        `http://intranet.test:${port}/a`,
        'http://169.254.169.254/',
      ];
      const desk = await startServer({
        '/feed.xml': send(feed(links), 'application/rss+xml'),
        '/own': send(PAGE),
      });
      try {
        const out = await read([desk.url('/feed.xml')], {});
        expect(out.map((o) => o.split(':')[0])).toEqual([
          'forbidden_address',
          'forbidden_address',
          'forbidden_address',
        ]);
        expect(server.hits).toEqual([]);
      } finally {
        await desk.close();
      }
    });
  });

  it('follows feed links to the typed host itself', async () => {
    const routes: Parameters<typeof startServer>[0] = { '/a': send(PAGE) };
    await withServer(routes, async () => {
      Object.assign(routes, { '/feed.xml': send(feed([server.url('/a')]), 'application/rss+xml') });
      expect(await read([server.url('/feed.xml')], {})).toEqual(['document']);
    });
  });

  it('bounds fetches per request and per feed', async () => {
    await withServer(
      { '/a': send(PAGE), '/b': send(PAGE.replace('12', '13')), '/c': send(PAGE.replace('12', '14')) },
      async () => {
        const urls = ['/a', '/b', '/c'].map((p) => server.url(p));
        const out = await read(urls, { maxFetches: 2 });
        expect(out.slice(0, 2)).toEqual(['document', 'document']);
        expect(out[2]).toMatch(/^too_large: .*one request reads at most 2 pages/);
      },
    );
  });
});
