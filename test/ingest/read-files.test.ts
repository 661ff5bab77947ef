import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clutteredPage } from '../../src/bench/bench-html.js';
import { readInputs, type ReadItem, type ReadOptions } from '../../src/ingest/read-inputs.js';
import type { DocumentInput } from '../../src/model/document.js';

let dir: string;
const file = (name: string): string => join(dir, name);

async function read(inputs: (string | DocumentInput)[], options: ReadOptions = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

/** `document:<text>` or `<code>: <message>` per item, for compact expectations. */
function summary(items: ReadItem[]): string[] {
  return items.map((i) =>
    i.kind === 'document' ? `document:${i.document.text}` : `${i.error.code}: ${i.error.message}`,
  );
}

const article = 'Officials said 12 people were killed.\nA hospital said 40 were wounded.';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-ingest-'));
  await writeFile(
    file('page.html'),
    clutteredPage({ text: article, title: 'Blast', published: '2025-03-12' }),
  );
  await writeFile(
    file('latin.htm'),
    iconv.encode(
      '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9 \u201cattack\u201d: 3 killed.</p></body></html>',
      'windows-1252',
    ),
  );
  await writeFile(
    file('utf16.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Two killed.\r\n', 'utf16le')]),
  );
  await writeFile(file('bom.txt'), '\uFEFFFour killed.\r\n');
  await writeFile(file('empty.txt'), '');
  await writeFile(file('binary.txt'), Buffer.from([0x41, 0x00, 0x01, 0x02, 0x42]));
  await writeFile(file('scan.pdf'), '%PDF-1.4\n');
  await writeFile(file('big.txt'), 'x'.repeat(5000));
  await writeFile(file('blank.html'), '<html><body><script>var a = 1;</script></body></html>');
  await writeFile(
    file('sheet.csv'),
    '\uFEFFid,Title,text,html,published,outlet\n' +
      'r1,First,"Five killed, police said.",,2025-03-12,Dawn\n' +
      'r2,Second,,"<p>Six <b>hurt</b>.</p>",,\n' +
      'r3,Empty,,,,\n',
  );
  await writeFile(
    file('docs.jsonl'),
    '{"text":"Seven killed.","id":"j1","published":"12 March 2025"}\n{broken\n\n{"html":"<p>Eight held.</p>","title":"T"}\n[1]\n',
  );
  await writeFile(
    file('docs.json'),
    JSON.stringify([{ text: 'Nine freed.', url: 'https://x.example/9' }, { html: '<p>Ten missing.</p>' }]),
  );
  await writeFile(file('no-text.csv'), 'title,body\nA,B\n');
  await writeFile(
    file('news.rss'),
    '<rss version="2.0"><channel><title>Local</title><item><title>A</title><guid>g1</guid><description>&lt;p&gt;Eleven rescued.&lt;/p&gt;</description><pubDate>Thu, 13 Mar 2025 08:00:00 GMT</pubDate></item></channel></rss>',
  );
  await writeFile(file('sitemap.xml'), '<?xml version="1.0"?><urlset><url>x</url></urlset>');
  await mkdir(file('tree/sub'), { recursive: true });
  await writeFile(file('tree/a.txt'), 'A one.');
  await writeFile(file('tree/sub/b.html'), '<p>B two.</p>');
  await writeFile(file('tree/sub/c.csv'), 'text\nC three.\n');
  await writeFile(file('tree/sub/image.png'), Buffer.from([0x89, 0x50]));
  await writeFile(file('tree/.hidden.txt'), 'hidden');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readInputs on files', () => {
  it('reads a saved web page: article text, title, outlet and the page date', async () => {
    const [item] = await read([file('page.html')]);
    expect(item?.kind === 'document' && item.document).toMatchObject({
      id: 'page',
      text: article,
      title: 'Blast',
      outlet: 'The Daily Example',
      published: '2025-03-12',
    });
  });

  it('honours <meta charset> of a legacy page and decodes UTF-16 and BOMs', async () => {
    expect(summary(await read([file('latin.htm'), file('utf16.txt'), file('bom.txt')]))).toEqual([
      'document:Caf\u00e9 \u201cattack\u201d: 3 killed.',
      'document:Two killed.\n',
      'document:Four killed.\n',
    ]);
  });

  it('answers one line per hostile file and goes on with the others', async () => {
    const items = await read(
      [
        file('empty.txt'),
        file('binary.txt'),
        file('scan.pdf'),
        file('big.txt'),
        file('blank.html'),
        file('nope.txt'),
        file('bom.txt'),
      ],
      { maxBytes: 1000 },
    );
    expect(summary(items)).toEqual([
      `empty: ${file('empty.txt')}: the file is empty`,
      `binary: ${file('binary.txt')}: looks like a binary file, not text`,
      `binary: ${file('scan.pdf')}: looks like a PDF, not text`,
      `too_large: ${file('big.txt')}: 4.9 KB is over the 1000 bytes cap; split it or raise the cap`,
      `empty: ${file('blank.html')}: no article text found in the page`,
      `not_found: ${file('nope.txt')}: no such file or directory`,
      'document:Four killed.\n',
    ]);
  });

  it('reads CSV rows with text or html columns and the optional fields; a bad row fails alone', async () => {
    const items = await read([file('sheet.csv')]);
    expect(items.map((i) => (i.kind === 'document' ? i.document : i.error.message))).toEqual([
      expect.objectContaining({
        id: 'r1',
        title: 'First',
        text: 'Five killed, police said.',
        published: '2025-03-12',
        outlet: 'Dawn',
      }),
      expect.objectContaining({ id: 'r2', title: 'Second', text: 'Six hurt.', published: null }),
      `${file('sheet.csv')}:4: each document needs a "text" or "html" string`,
    ]);
    expect(summary(await read([file('no-text.csv')]))).toEqual([
      `bad_input: ${file('no-text.csv')}: the CSV needs a "text" or "html" column, or name the one holding the text with --text-column (it has title, body)`,
    ]);
  });

  it('reads JSONL and JSON documents, html included; a broken line fails alone', async () => {
    const items = await read([file('docs.jsonl'), file('docs.json')]);
    expect(summary(items)).toEqual([
      'document:Seven killed.',
      expect.stringMatching(/^bad_input: .*docs\.jsonl:2: not valid JSON/),
      'document:Eight held.',
      `bad_input: ${file('docs.jsonl')}:5: each document must be an object with a "text" or "html" string`,
      'document:Nine freed.',
      'document:Ten missing.',
    ]);
    expect(items[0]?.kind === 'document' && items[0].document.published).toBe('2025-03-12');
    expect(items[4]?.kind === 'document' && items[4].document).toMatchObject({
      url: 'https://x.example/9',
      source: 'https://x.example/9',
    });
  });

  it('reads a feed file, and refuses XML that is not a feed', async () => {
    const items = await read([file('news.rss'), file('sitemap.xml')]);
    expect(summary(items)).toEqual([
      'document:Eleven rescued.',
      `unsupported: ${file('sitemap.xml')}: an XML file that is not an RSS or Atom feed`,
    ]);
    expect(items[0]?.kind === 'document' && items[0].document).toMatchObject({
      outlet: 'Local',
      published: '2025-03-13',
      title: 'A',
    });
  });

  it('walks a directory through every readable kind, skipping hidden and unknown files', async () => {
    expect(summary(await read([file('tree')]))).toEqual([
      'document:A one.',
      'document:B two.',
      'document:C three.',
    ]);
  });

  it('reads web pages and feeds from standard input', async () => {
    const stdin = (s: string) => () => Promise.resolve(Buffer.from(s));
    expect(
      summary(await read(['-'], { stdin: stdin('<!DOCTYPE html><html><body><p>Twelve.</p></body></html>') })),
    ).toEqual(['document:Twelve.']);
    expect(summary(await read(['-'], { stdin: stdin('<b>not a page</b>') }))).toEqual([
      'document:<b>not a page</b>',
    ]);
  });

  it('extracts html given to the library as a document object', async () => {
    const items = await read([
      { html: clutteredPage({ text: article, title: 'Obj', outlet: 'Wire' }), title: 'Mine' },
    ]);
    expect(items[0]?.kind === 'document' && items[0].document).toMatchObject({
      text: article,
      title: 'Mine',
      outlet: 'Wire',
    });
  });
});
