// The sample articles as a reader meets them online: each wrapped in a cluttered news page, served from a
// local server directly and through an RSS feed. Reading them must give the plain text's claims, with the
// publication date taken from the page.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { clutteredPage } from '../../src/bench/bench-html.js';
import type { Analysis } from '../../src/model/analysis.js';
import { send, startServer, type LocalServer } from './local-server.js';

const DIR = 'examples/jaffar-express';

interface Sample {
  readonly file: string;
  readonly text: string;
  readonly published: string;
}

let samples: Sample[] = [];
let server: LocalServer;

beforeAll(async () => {
  const files = (await readdir(DIR)).filter((f) => f.endsWith('.txt')).sort();
  samples = await Promise.all(
    files.map(async (f, i) => ({
      file: join(DIR, f),
      text: await readFile(join(DIR, f), 'utf8'),
      published: `2025-03-${String(12 + i).padStart(2, '0')}`,
    })),
  );
  const routes = Object.fromEntries(
    samples.map((s, i) => [
      `/news/${i}`,
      send(clutteredPage({ text: s.text, title: `Report ${i}`, published: s.published })),
    ]),
  );
  const items = samples
    .map(
      (s, i) =>
        `<item><title>Report ${i}</title><link>${'http://HOST'}/news/${i}</link><guid>r${i}</guid></item>`,
    )
    .join('');
  server = await startServer({
    ...routes,
    '/feed.rss': (req, res) =>
      send(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.replaceAll('http://HOST', server.url(''))}</channel></rss>`,
        'application/rss+xml',
      )(req, res),
  });
});
afterAll(() => server.close());

/** A claim as the reader sees it, without ids or offsets (the page's text has no blank lines). */
function claimsOf(analysis: Analysis): string[] {
  return analysis.claims
    .map((c) =>
      JSON.stringify([
        c.outcome,
        c.group,
        c.value,
        c.claimant.id,
        c.claimant.kind,
        c.hedged,
        c.stated,
        c.evidence.text,
      ]),
    )
    .sort();
}

/** The plain text as the page holds it: one paragraph a line, spaces collapsed, blank lines gone. */
const paragraphs = (text: string): string =>
  text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');

describe('sample articles served as cluttered web pages', () => {
  it('keep every paragraph of the article and nothing of the clutter', async () => {
    const read = await analyze(samples.map((_, i) => server.url(`/news/${i}`)));
    expect(read.documents).toHaveLength(samples.length);
    // chars is the length of the stored text, which must be the article's paragraphs exactly.
    expect(read.documents.map((d) => d.chars)).toEqual(samples.map((s) => paragraphs(s.text).length));
  });

  it.each([0, 1, 2, 3, 4])(
    'article %i gives the claims of its plain text, directly and through the feed',
    async (i) => {
      const sample = samples[i]!;
      const plain = await analyze([sample.file], { published: sample.published });
      const page = await analyze([server.url(`/news/${i}`)]);
      expect(page.documents[0]?.published).toBe(sample.published);
      expect(page.documents[0]?.publishedInferred).toBe(false);
      expect(claimsOf(page)).toEqual(claimsOf(plain));
      const viaFeed = await analyze([server.url('/feed.rss')]);
      const fromFeed = viaFeed.documents.find((d) => d.url === server.url(`/news/${i}`));
      expect(fromFeed?.published).toBe(sample.published);
      const ids = new Set(viaFeed.claims.filter((c) => c.document === fromFeed?.id).map((c) => c.id));
      expect(claimsOf({ ...viaFeed, claims: viaFeed.claims.filter((c) => ids.has(c.id)) })).toEqual(
        claimsOf(plain),
      );
    },
  );
});
