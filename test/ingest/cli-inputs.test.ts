// `triangulate analyze` on URLs, feeds and hostile files: one line on stderr per bad input, the rest analysed.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clutteredPage } from '../../src/bench/bench-html.js';
import { main } from '../../src/cli/main.js';
import type { Analysis } from '../../src/model/analysis.js';
import { send, startServer, type LocalServer } from './local-server.js';

let server: LocalServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-cli-'));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'photo.jpg.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  const u = (p: string): string => server.url(p);
  server = await startServer({
    '/a': send(
      clutteredPage({ text: 'Police said 14 people were killed.', title: 'A', published: '2025-03-11' }),
    ),
    '/b': send(
      clutteredPage({ text: 'Officials said 15 people were wounded.', title: 'B', published: '2025-03-14' }),
    ),
    '/feed': (req, res) =>
      send(
        `<rss version="2.0"><channel><title>F</title><item><link>${u('/a')}</link><pubDate>Tue, 11 Mar 2025 10:00:00 GMT</pubDate></item><item><link>${u('/b')}</link><pubDate>Fri, 14 Mar 2025 10:00:00 GMT</pubDate></item></channel></rss>`,
        'application/rss+xml',
      )(req, res),
  });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('triangulate analyze on real-world inputs', () => {
  it('reads a feed since a date, reports each bad input on one line, and exits 2 (some failed)', async () => {
    const errors: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (errors.push(String(s)), true));
    const out = join(dir, 'out.json');
    process.exitCode = undefined;
    let code: number;
    try {
      code = await main([
        'analyze',
        server.url('/feed'),
        join(dir, 'empty.txt'),
        join(dir, 'photo.jpg.txt'),
        '--since',
        '2025-03-12',
        '--format',
        'json',
        '--out',
        out,
      ]);
    } finally {
      spy.mockRestore();
    }
    expect(code).toBe(2);
    expect(errors).toEqual([
      `triangulate: ${join(dir, 'empty.txt')}: the file is empty\n`,
      `triangulate: ${join(dir, 'photo.jpg.txt')}: looks like a JPEG image, not text\n`,
      'triangulate: 2 input(s) failed; the others were analyzed\n',
    ]);
    const analysis = JSON.parse(await readFile(out, 'utf8')) as Analysis;
    expect(analysis.documents.map((d) => [d.url, d.published])).toEqual([[server.url('/b'), '2025-03-14']]);
  });

  it('refuses a --since that is not a date', async () => {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['analyze', server.url('/a'), '--since', 'last week'])).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
