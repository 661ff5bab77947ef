// The sample articles in the page layouts news sites actually use: every paragraph must come back, one a line,
// and nothing from around the article.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/ingest/extract-html.js';

const DIR = 'examples/jaffar-express';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const p = (ps: readonly string[]): string => ps.map((x) => `<p>${esc(x)}</p>`).join('\n');

const shell = (body: string): string =>
  '<!doctype html><html><head><title>Report - Site</title><meta property="og:title" content="Report"></head>' +
  `<body><header><nav><a>Home</a><a>World</a></nav></header><main>${body}</main>` +
  '<footer><p>Copyright 2025, 24 offices worldwide</p></footer></body></html>';

const LAYOUTS: Readonly<Record<string, (ps: readonly string[]) => string>> = {
  'one <p> per paragraph in <article>': (ps) => `<article><h1>Report</h1>${p(ps)}</article>`,
  'text blocks in nested divs (BBC)': (ps) =>
    `<article>${ps.map((x) => `<div data-component="text-block"><div class="c1"><p class="c2">${esc(x)}</p></div></div>`).join('')}</article>`,
  'body split around an ad and a sign-up box': (ps) => {
    const half = Math.floor(ps.length / 2);
    return `<div class="article"><div class="body-part">${p(ps.slice(0, half))}</div><div class="inline-ad">ADVERT 2 for 1</div><div class="newsletter-signup"><p>Sign up, 3 emails a week</p></div><div class="body-part">${p(ps.slice(half))}</div></div>`;
  },
  '<br><br> paragraphs in <font> (old sites)': (ps) =>
    `<div id="content"><font face="Arial">${ps.map(esc).join('<br><br>\n')}</font></div>`,
  'layout table with a menu cell': (ps) =>
    `<table><tr><td class="left-menu"><a>Sports</a> <a>Weather</a></td><td class="story">${p(ps)}</td></tr></table>`,
  'bare <div> paragraphs beside a sidebar': (ps) =>
    `<div class="content">${ps.map((x) => `<div>${esc(x)}</div>`).join('')}</div><div class="sidebar"><ul><li>Top story: 7 dead</li></ul></div>`,
};

const samples = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({
    name: f.slice(0, 3),
    paragraphs: readFileSync(join(DIR, f), 'utf8')
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l !== ''),
  }));

describe.each(Object.entries(LAYOUTS))('%s', (_layout, make) => {
  it.each(samples)('sample $name comes back whole and alone', ({ paragraphs }) => {
    expect(extractHtml(shell(make(paragraphs))).text).toBe(paragraphs.join('\n'));
  });
});
