import { describe, expect, it } from 'vitest';
import { looksLikeFeed, parseFeed } from '../../src/ingest/parse-feed.js';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet href="feed.xsl"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Dawn &amp; Co</title><link>https://dawn.example/</link>
<item><title>Train attack</title><link>https://dawn.example/a</link><guid isPermaLink="false">a-1</guid>
<pubDate>Wed, 12 Mar 2025 23:10:00 +0500</pubDate><dc:creator>A. Khan</dc:creator>
<description>&lt;p&gt;Teaser&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Full <b>text</b> of the story.</p>]]></content:encoded></item>
<item><title>Only a link</title><guid>https://dawn.example/b</guid></item>
</channel></rss>`;

const atom = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Review</title>
<entry><title type="html">Siege &amp;amp; aftermath</title><id>urn:x:1</id>
<link rel="self" href="https://r.example/feed/1"/><link rel="alternate" href="https://r.example/1"/>
<published>2025-03-13T09:00:00Z</published><author><name>R. Ali</name></author>
<content type="html">&lt;p&gt;Eighteen soldiers &amp;amp; five civilians.&lt;/p&gt;</content></entry>
<entry><title>XHTML</title><id>urn:x:2</id><updated>2025-03-14T00:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Three <em>killed</em>.</p></div></content>
<summary type="text">a &lt; b</summary></entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 items: content:encoded, guid permalinks, dc:creator', () => {
    const feed = parseFeed(rss, 'f');
    expect(feed.title).toBe('Dawn & Co');
    expect(feed.items[0]).toEqual({
      title: 'Train attack',
      link: 'https://dawn.example/a',
      guid: 'a-1',
      published: 'Wed, 12 Mar 2025 23:10:00 +0500',
      author: 'A. Khan',
      content: '<p>Full <b>text</b> of the story.</p>',
      summary: '<p>Teaser</p>',
    });
    expect(feed.items[1]).toMatchObject({ link: 'https://dawn.example/b', content: null, summary: null });
  });

  it('reads Atom entries: alternate links, escaped HTML, XHTML and text content', () => {
    const feed = parseFeed(atom, 'f');
    expect(feed.title).toBe('Review');
    expect(feed.items[0]).toMatchObject({
      title: 'Siege & aftermath',
      link: 'https://r.example/1',
      guid: 'urn:x:1',
      published: '2025-03-13T09:00:00Z',
      author: 'R. Ali',
      content: '<p>Eighteen soldiers &amp; five civilians.</p>',
    });
    expect(feed.items[1]?.content).toContain('<p>Three <em>killed</em>.</p>');
    expect(feed.items[1]?.summary).toBe('a &lt; b');
    expect(feed.items[1]?.published).toBe('2025-03-14T00:00:00Z');
  });

  it('reads RSS 1.0 (RDF)', () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel><title>Old</title></channel><item><title>One</title><link>https://o.example/1</link></item></rdf:RDF>`;
    expect(parseFeed(rdf, 'f')).toMatchObject({
      title: 'Old',
      items: [{ title: 'One', link: 'https://o.example/1' }],
    });
  });

  it('refuses what is not a feed', () => {
    expect(() => parseFeed('<html><body>x</body></html>', 'f')).toThrow(/not an RSS or Atom feed/);
  });

  it('tells feeds from pages by their first element', () => {
    expect(looksLikeFeed(rss)).toBe(true);
    expect(looksLikeFeed(atom)).toBe(true);
    expect(looksLikeFeed('\uFEFF<!-- c --><rss version="2.0">')).toBe(true);
    expect(looksLikeFeed('<!DOCTYPE html><html><body><rss>')).toBe(false);
    expect(looksLikeFeed('<feedback>')).toBe(false);
  });
});
