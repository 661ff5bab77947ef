import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clutteredPage } from '../../src/bench/bench-html.js';
import { readInputs, type ReadItem, type ReadOptions } from '../../src/ingest/read-inputs.js';
import { redirect, send, startServer, type LocalServer } from './local-server.js';

let server: LocalServer;

const story = (n: number): string =>
  `Police said ${n} people were killed in the attack on the market.\n` +
  `A hospital official said ${n * 2} more were wounded and taken to the city hospital.\n` +
  'The attackers fled before security forces arrived, witnesses said.';

const page = (n: number, published: string): string =>
  clutteredPage({ text: story(n), title: `Story ${n}`, published, outlet: 'Example News' });

const fullContent = `<p>${story(1).split('\n').join('</p><p>')}</p>`;

const rss = (items: string): string =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example feed</title>${items}</channel></rss>`;

function item(opts: {
  link?: string;
  guid?: string;
  pubDate?: string;
  content?: string;
  description?: string;
}): string {
  return (
    '<item><title>Item</title>' +
    (opts.link ? `<link>${opts.link}</link>` : '') +
    (opts.guid ? `<guid isPermaLink="false">${opts.guid}</guid>` : '') +
    (opts.pubDate ? `<pubDate>${opts.pubDate}</pubDate>` : '') +
    (opts.description ? `<description><![CDATA[${opts.description}]]></description>` : '') +
    (opts.content ? `<content:encoded><![CDATA[${opts.content}]]></content:encoded>` : '') +
    '</item>'
  );
}

beforeAll(async () => {
  const u = (path: string): string => server.url(path);
  server = await startServer({
    '/story/2': send(page(2, '2025-03-12')),
    '/story/3': send(page(3, '2025-03-13')),
    '/story/4': send(page(4, '2025-03-14')),
    '/story/5': send(page(5, '2025-03-10')),
    '/moved': redirect('/story/2', 301),
    '/amp/2': send(page(2, '2025-03-12').replace('</head>', '<link rel="canonical" href="/story/2"></head>')),
    '/short/4': redirect('/story/4?utm_source=newsletter'),
    '/feed.rss': (req, res) =>
      send(
        rss(
          item({ guid: 'one', pubDate: 'Wed, 12 Mar 2025 09:00:00 GMT', content: fullContent }) +
            // The feed dates this item a day late: the page's own date must win.
            item({
              link: u('/story/2'),
              guid: 'two',
              pubDate: 'Thu, 13 Mar 2025 09:00:00 GMT',
              description: 'Teaser only',
            }) +
            item({ link: u('/story/3'), pubDate: 'Thu, 13 Mar 2025 09:00:00 GMT' }) +
            item({ link: u('/missing'), guid: 'broken' }) +
            item({ link: u('/feed-as-html'), guid: 'nested' }),
        ),
        'application/rss+xml',
      )(req, res),
    '/feed.atom': (req, res) =>
      send(
        `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
        <entry><id>two</id><link href="${u('/story/2')}"/><updated>2025-03-12T00:00:00Z</updated></entry>
        <entry><id>urn:four</id><link href="${u('/story/4')}#comments"/><published>2025-03-14T00:00:00Z</published></entry>
        <entry><id>urn:five</id><link href="${u('/story/5')}"/></entry>
        </feed>`,
        'application/atom+xml',
      )(req, res),
    '/feed-as-html': (req, res) =>
      send(rss(item({ guid: 'x', content: fullContent })), 'text/html')(req, res),
    '/legacy': send(
      iconv.encode(
        '<html><body><article><p>Caf\u00e9 \u201cattack\u201d: three killed.</p></article></body></html>',
        'windows-1252',
      ),
      'text/html; charset=windows-1252',
    ),
    '/plain': send('Nine killed.\r\n', 'text/plain; charset=utf-8'),
    '/docs.json': send(
      JSON.stringify([{ text: 'Ten held.', id: 'j10' }, { text: 'Eleven freed.' }]),
      'application/json',
    ),
    '/empty-feed': send(rss(''), 'application/rss+xml'),
    '/video': send('....', 'video/mp4'),
  });
});
afterAll(() => server.close());

async function read(inputs: string[], options: ReadOptions = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const i of readInputs(inputs, { timeoutMs: 5000, ...options })) items.push(i);
  return items;
}

const docs = (items: ReadItem[]) => items.flatMap((i) => (i.kind === 'document' ? [i.document] : []));
const failures = (items: ReadItem[]) =>
  items.flatMap((i) => (i.kind === 'failure' ? [`${i.error.code}: ${i.error.message}`] : []));

describe('readInputs on URLs', () => {
  it('reads a page: article text, title, outlet, page date, final URL after redirects', async () => {
    const [doc] = docs(await read([server.url('/moved')]));
    expect(doc).toMatchObject({
      text: story(2),
      title: 'Story 2',
      outlet: 'Example News',
      published: '2025-03-12',
      url: server.url('/story/2'),
      source: server.url('/moved'),
    });
  });

  it('honours the charset of the HTTP header, and reads text and JSON by media type', async () => {
    const items = await read([server.url('/legacy'), server.url('/plain'), server.url('/docs.json')]);
    expect(docs(items).map((d) => [d.id.length === 16 ? 'hash' : d.id, d.text])).toEqual([
      ['hash', 'Caf\u00e9 \u201cattack\u201d: three killed.'],
      ['hash', 'Nine killed.\n'],
      ['j10', 'Ten held.'],
      ['hash', 'Eleven freed.'],
    ]);
    expect(docs(items)[0]?.outlet).toBe('127.0.0.1'); // no og:site_name: the host names the outlet
  });

  it('reads an RSS feed: full content as is, link-only items fetched with the page date, one failure for a dead link', async () => {
    const items = await read([server.url('/feed.rss')]);
    expect(docs(items).map((d) => [d.text, d.published, d.outlet])).toEqual([
      [story(1), '2025-03-12', 'Example feed'],
      [story(2), '2025-03-12', 'Example News'],
      [story(3), '2025-03-13', 'Example News'],
    ]);
    expect(failures(items)).toEqual([
      `fetch_failed: ${server.url('/missing')}: the server answered HTTP 404 Not Found`,
      `unsupported: ${server.url('/feed-as-html')}: a feed item links to another feed, which is not followed`,
    ]);
  });

  it('reads an item found in two feeds once, by guid or by link', async () => {
    const items = await read([server.url('/feed.rss'), server.url('/feed.atom'), server.url('/story/3')]);
    expect(docs(items).map((d) => d.text)).toEqual([story(1), story(2), story(3), story(4), story(5)]);
  });

  it('reads a story once under its other addresses: tracking parameters, short links, canonical pages', async () => {
    const items = await read([
      server.url('/story/2'),
      server.url('/amp/2'),
      server.url('/story/4'),
      server.url('/short/4'),
      server.url('/story/2?utm_source=x&utm_medium=rss'),
    ]);
    expect(docs(items).map((d) => d.text)).toEqual([story(2), story(4)]);
    expect(failures(items)).toEqual([]);
  });

  it('skips feed items older than --since, by the feed date or by the page date', async () => {
    const items = await read([server.url('/feed.atom')], { since: '2025-03-13' });
    // story 2 is dated 12 March by the feed; story 5 carries no feed date but its page says 10 March.
    expect(docs(items).map((d) => d.text)).toEqual([story(4)]);
  });

  it('reads at most maxFeedItems items of a feed, and says so', async () => {
    const items = await read([server.url('/feed.atom')], { maxFeedItems: 2 });
    expect(docs(items).map((d) => d.text)).toEqual([story(2), story(4)]);
    expect(failures(items)).toEqual([
      `too_large: ${server.url('/feed.atom')}: the feed lists 3 items; only the first 2 were read`,
    ]);
  });

  it('detects a feed served with the wrong media type', async () => {
    expect(docs(await read([server.url('/feed-as-html')])).map((d) => d.text)).toEqual([story(1)]);
  });

  it('answers one line for each unreadable URL and goes on', async () => {
    const items = await read([
      server.url('/empty-feed'),
      server.url('/video'),
      'ftp://127.0.0.1/x',
      'http://127.0.0.1:1/',
      server.url('/plain'),
    ]);
    expect(failures(items)).toEqual([
      `empty: ${server.url('/empty-feed')}: the feed has no items`,
      `unsupported: ${server.url('/video')}: serves video/mp4, not a web page, feed or text`,
      'bad_url: ftp://127.0.0.1/x: only http and https URLs are read',
      'fetch_failed: http://127.0.0.1:1/: connection refused',
    ]);
    expect(docs(items).map((d) => d.text)).toEqual(['Nine killed.\n']);
  });
});
