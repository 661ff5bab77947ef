// Throughput of HTML extraction (`npm run bench`, or `node dist/bench/bench-html.js [limit]`): real article
// texts from the GVA dev corpus, each wrapped in a cluttered news page (navigation, ads, scripts, comments,
// share bar, related links, footer), then extracted. Also counts how many of the article's paragraphs come back intact and how many clutter lines leak in.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { extractHtml } from '../ingest/extract-html.js';
import { readInputs } from '../ingest/read-inputs.js';

export interface PageParts {
  readonly text: string;
  readonly title: string;
  readonly published?: string | null;
  readonly outlet?: string | null;
  readonly byline?: string | null;
}

/** Marker words that occur only in the clutter, so a test can tell whether any of it leaked into the text. */
export const CLUTTER_MARKERS = [
  'SUBSCRIBE-NOW',
  'ADVERT-SLOT',
  'NAV-HOME',
  'FOOTER-RIGHTS',
  'RELATED-STORY',
  'COMMENT-BY',
];

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A realistic news page around the article: one <p> per non-empty line of `text`, an ad slot after the second. */
export function clutteredPage(parts: PageParts): string {
  const paragraphs = parts.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map(
      (l, i) =>
        `<p>${escape(l)}</p>${i === 1 ? '\n<div class="ad-container"><span>ADVERT-SLOT</span> Buy a car at 50% off</div>' : ''}`,
    );
  const date = parts.published ?? '2025-03-12';
  const outlet = escape(parts.outlet ?? 'The Daily Example');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${escape(parts.title)} | ${outlet}</title>
<meta property="og:title" content="${escape(parts.title)}">
<meta property="og:site_name" content="${outlet}">
<meta property="article:published_time" content="${date}T08:30:00+05:00">
<meta property="article:modified_time" content="2031-01-01T00:00:00Z">
<meta name="author" content="${escape(parts.byline ?? 'Staff Reporter')}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(parts.title)},"datePublished":"${date}T08:30:00+05:00"}</script>
<script>window.dataLayer=[];function track(){ return "NAV-HOME 99 killed"; }</script>
<style>.ad-container{float:right} body{font:16px serif}</style>
</head><body>
<header class="site-header"><a href="/">${outlet}</a>
<nav class="main-menu"><ul><li><a href="/">NAV-HOME</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<div id="top-ad" class="ad"><span>ADVERT-SLOT</span> 3 hotels from $99</div>
<main><article class="story">
<h1>${escape(parts.title)}</h1>
<div class="byline">By ${escape(parts.byline ?? 'Staff Reporter')} · <time datetime="${date}">${date}</time></div>
<div class="share-bar"><a>Share on X</a> <a>Share on Facebook</a> <a>Email</a></div>
<div class="story-body">
<!-- paywall: 12 free articles left -->
${paragraphs.join('\n')}
</div>
<aside class="newsletter"><p>SUBSCRIBE-NOW to our morning briefing, read by 250,000 people.</p></aside>
</article>
<section class="related"><h2>Related</h2><ul><li><a href="/a">RELATED-STORY: 12 dead in bus crash</a></li><li><a href="/b">RELATED-STORY: 3 injured in fire</a></li></ul></section>
<section id="comments" class="comments"><h3>2 comments</h3><div class="comment"><p>COMMENT-BY reader: I heard 500 people died.</p></div></section>
</main>
<footer class="site-footer"><p>FOOTER-RIGHTS © 2025 ${outlet}. All rights reserved.</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
<script src="/analytics.js"></script>
</body></html>`;
}

export interface HtmlBenchResult {
  readonly pages: number;
  readonly pagesPerSecond: number;
  readonly msPerPage: number;
  readonly p95MsPerPage: number;
  /** The same pages fetched one by one from a loopback HTTP server through readInputs (fetch + decode + extract). */
  readonly urlPagesPerSecond: number;
  readonly meanPageBytes: number;
  /** Share of article paragraphs found whole, in the extracted text. */
  readonly paragraphsKept: number;
  /** Pages whose text contains any clutter marker. */
  readonly pagesWithClutter: number;
  /** Pages whose publication date was read back correctly from the page's metadata. */
  readonly datesRead: number;
  readonly fallbackPages: number;
}

export const GVA_DEV = '/work/shared/eval/external/semeval2018-task5-gva/incidents-dev.jsonl';

interface GvaDocument {
  readonly title?: string;
  readonly dct?: string;
  readonly text?: string;
}

/** Pages built from the dev corpus at run time (the corpus is never copied into the repository). */
export async function loadBenchPages(
  path = GVA_DEV,
  limit = Infinity,
): Promise<{ parts: PageParts; html: string }[]> {
  const lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  const pages: { parts: PageParts; html: string }[] = [];
  for (const line of lines) {
    for (const d of (JSON.parse(line) as { documents?: GvaDocument[] }).documents ?? []) {
      if (!d.text || d.text.trim().length < 200 || pages.length >= limit) continue;
      const parts = { text: d.text, title: d.title ?? 'Untitled', published: d.dct ?? null };
      pages.push({ parts, html: clutteredPage(parts) });
    }
  }
  return pages;
}

export async function benchHtml(options: { path?: string; limit?: number } = {}): Promise<HtmlBenchResult> {
  const pages = await loadBenchPages(options.path, options.limit);
  for (const p of pages.slice(0, 20)) extractHtml(p.html); // warm-up: JIT and linkedom's lazy setup
  const results = [];
  const times: number[] = [];
  const start = process.hrtime.bigint();
  for (const p of pages) {
    const t0 = process.hrtime.bigint();
    results.push(extractHtml(p.html));
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  let kept = 0;
  let total = 0;
  let clutter = 0;
  let dates = 0;
  let fallback = 0;
  for (const [i, page] of results.entries()) {
    const parts = (pages[i] as { parts: PageParts }).parts;
    const paragraphs = parts.text
      .split('\n')
      // Compared as extraction writes them: invisible soft hyphens and zero-width spaces dropped.
      .map((l) =>
        l
          .replace(/[\u00ad\u200b\ufeff]/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((l) => l !== '');
    total += paragraphs.length;
    kept += paragraphs.filter((l) => page.text.includes(l)).length;
    if (CLUTTER_MARKERS.some((m) => page.text.includes(m))) clutter++;
    if (page.published?.slice(0, 10) === parts.published) dates++;
    if (page.method === 'fallback') fallback++;
  }
  times.sort((a, b) => a - b);
  return {
    pages: pages.length,
    pagesPerSecond: Math.round(pages.length / seconds),
    msPerPage: Number(((seconds * 1000) / pages.length).toFixed(2)),
    p95MsPerPage: Number((times[Math.floor(times.length * 0.95)] ?? 0).toFixed(2)),
    urlPagesPerSecond: await benchUrls(pages.slice(0, 300).map((p) => p.html)),
    meanPageBytes: Math.round(pages.reduce((n, p) => n + p.html.length, 0) / pages.length),
    paragraphsKept: Number((kept / total).toFixed(4)),
    pagesWithClutter: clutter,
    datesRead: dates,
    fallbackPages: fallback,
  };
}

async function benchUrls(pages: readonly string[]): Promise<number> {
  const server = createServer((req, res) => {
    const page = pages[Number((req.url ?? '/').slice(1))];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(page ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const urls = pages.map((_, i) => `http://127.0.0.1:${port}/${i}`);
    const start = process.hrtime.bigint();
    let read = 0;
    for await (const item of readInputs(urls)) if (item.kind === 'document') read++;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (read !== pages.length) throw new Error(`bench: read ${read} of ${pages.length} served pages`);
    return Math.round(read / seconds);
  } finally {
    server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const limit = process.argv[2] ? Number(process.argv[2]) : undefined;
  console.log(JSON.stringify(await benchHtml({ limit }), null, 2));
}
