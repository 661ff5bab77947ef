import { describe, expect, it } from 'vitest';
import { CLUTTER_MARKERS, clutteredPage } from '../../src/bench/bench-html.js';
import { extractHtml } from '../../src/ingest/extract-html.js';
import { isTriangulateError } from '../../src/model/triangulate-error.js';

const article = [
  'Gunmen attacked a passenger train near Quetta on Tuesday, officials said.',
  'The provincial government said 21 hostages and four soldiers were killed in the operation.',
  'The Baloch Liberation Army said it was holding more than 200 people and would release them only in exchange for prisoners.',
  'Hospital staff in Quetta said at least 30 wounded people had been brought in overnight.',
].join('\n');

describe('extractHtml on a cluttered news page', () => {
  const page = extractHtml(
    clutteredPage({
      text: article,
      title: 'Train attack',
      published: '2025-03-11',
      outlet: 'Dawn',
      byline: 'A. Khan',
    }),
  );

  it('keeps every paragraph, one a line, and nothing else', () => {
    expect(page.text).toBe(article);
    for (const marker of CLUTTER_MARKERS) expect(page.text).not.toContain(marker);
  });

  it('reads title, byline, outlet and the publication date (not the modification date)', () => {
    expect(page).toMatchObject({
      title: 'Train attack',
      byline: 'A. Khan',
      outlet: 'Dawn',
      method: 'readability',
    });
    expect(page.published).toMatch(/^2025-03-11/);
  });
});

describe('extractHtml metadata', () => {
  const body = `<p>${'A long enough paragraph about the attack on the train. '.repeat(5)}</p>`;
  const html = (head: string): string =>
    `<html><head>${head}</head><body><article>${body}</article></body></html>`;

  it.each([
    [
      'JSON-LD in a @graph',
      '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","datePublished":"2025-03-13T01:00:00Z","author":[{"@type":"Person","name":"R. Ali"}],"publisher":{"name":"Eurasia Review"}}]}</script>',
      '2025-03-13',
      'R. Ali',
      'Eurasia Review',
    ],
    [
      'parse.ly',
      '<meta name="parsely-pub-date" content="2025-03-14T10:00:00Z"><meta name="parsely-author" content="S. Baloch">',
      '2025-03-14',
      'S. Baloch',
      null,
    ],
    [
      'Dublin Core',
      '<meta name="DC.date.issued" content="2025-03-15"><meta name="DC.publisher" content="BBC">',
      '2025-03-15',
      null,
      'BBC',
    ],
    ['itemprop', '<meta itemprop="datePublished" content="2025-03-16">', '2025-03-16', null, null],
    [
      'broken JSON-LD next to a meta tag',
      '<script type="application/ld+json">{oops</script><meta property="article:published_time" content="2025-03-17">',
      '2025-03-17',
      null,
      null,
    ],
  ])('%s', (_name, head, published, byline, outlet) => {
    const page = extractHtml(html(head));
    expect(page.published?.slice(0, 10)).toBe(published);
    expect(page.byline).toBe(byline);
    expect(page.outlet).toBe(outlet);
  });

  it('ignores modification dates and URL-valued authors', () => {
    const page = extractHtml(
      html(
        '<meta property="article:modified_time" content="2030-01-01"><meta property="article:author" content="https://x.com/a">',
      ),
    );
    expect(page.published).toBeNull();
    expect(page.byline).toBeNull();
  });
});

describe('extractHtml on awkward input', () => {
  it('reads fragments and short pages through the fallback', () => {
    const page = extractHtml('<p>Two killed.</p><p>Five hurt.</p>');
    expect(page.text).toBe('Two killed.\nFive hurt.');
  });

  it('reads malformed markup: unclosed tags, stray closers, no <body>', () => {
    const page = extractHtml(
      '<html><div><p>Seven people died <b>in the blast</p></i><p>Police said three were arrested',
    );
    expect(page.text).toBe('Seven people died in the blast\nPolice said three were arrested');
  });

  it('drops soft hyphens and zero-width spaces, and turns &nbsp; into a space', () => {
    expect(extractHtml('<p>Twenty&shy;one&nbsp;people were kil&#8203;led, 1&#8203;200 hurt.</p>').text).toBe(
      'Twentyone people were killed, 1200 hurt.',
    );
  });

  it('splits <br> lines, keeps table cells apart and skips comments, scripts and styles', () => {
    const page = extractHtml(
      '<div>Line one<br>line two<!-- hidden 99 --><script>var x = 5</script><style>p{}</style><table><tr><td>a</td><td>b</td></tr></table></div>',
    );
    expect(page.text).toBe('Line one\nline two\na b');
  });

  it('fails with one clear reason when the page has no text', () => {
    try {
      extractHtml(
        '<html><head><title>Only a title</title><script>x()</script></head><body><nav>Home</nav></body></html>',
        'p.html',
      );
      expect.unreachable();
    } catch (e) {
      expect(isTriangulateError(e) && e.code).toBe('empty');
      expect((e as Error).message).toBe('p.html: no article text found in the page');
    }
  });

  it('does not throw the article away with a wrapper named like clutter', () => {
    const page = extractHtml(
      `<html><body><div class="has-sidebar"><p>${'Nine people were killed in the attack. '.repeat(20)}</p></div></body></html>`,
    );
    expect(page.text).toContain('Nine people were killed');
  });

  it('reads a page nested too deep for Readability through the fallback, and refuses one nested absurdly deep', () => {
    const nested = (n: number): string =>
      `<html><body>${'<div>'.repeat(n)}<p>Deep text here.</p><pre>one\ntwo</pre>${'</div>'.repeat(n)}</body></html>`;
    const started = Date.now();
    expect(extractHtml(nested(1000))).toMatchObject({
      text: 'Deep text here.\none\ntwo',
      method: 'fallback',
    });
    expect(() => extractHtml(nested(50_000), 'deep.html')).toThrow(
      'deep.html: elements nested 50003 deep; this is not a readable page',
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
