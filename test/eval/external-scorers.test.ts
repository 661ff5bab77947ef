import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGvdb, gvdbGold } from '../../src/eval/external/read-gvdb.js';
import { formatGva, scoreGva } from '../../src/eval/external/score-gva.js';
import { harmSentences, mentionsNumber, sentenceAt } from '../../src/eval/external/text-snippets.js';
import { mismatchKind } from '../../src/eval/external/mismatch.js';
import { runExternal } from '../../src/eval/external/run-external.js';
import { formatPages, scorePages } from '../../src/eval/external/score-pages.js';

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-external-'));
  mkdirSync(join(dir, 'semeval2018-task5-gva'));
  mkdirSync(join(dir, 'gvdb-pavlick2016'));
  const incidents = [
    {
      incident_id: '1',
      has_gold: true,
      num_killed: 0,
      num_injured: 2,
      documents: [
        {
          doc_id: 'a',
          title: 't',
          dct: '2014-01-02',
          url: null,
          text: 'Nothing happened on Main Street today.',
        },
        { doc_id: 'b', title: 't', dct: '2014-01-02', url: null, text: '' },
      ],
    },
    { incident_id: '2', has_gold: false, documents: [{ doc_id: 'c', text: 'No record.' }] },
    {
      incident_id: '3',
      has_gold: true,
      num_killed: 1,
      num_injured: 0,
      documents: [{ doc_id: 'd', dct: '2014-02-02', text: 'The weather was mild.' }],
    },
  ];
  writeFileSync(
    join(dir, 'semeval2018-task5-gva', 'incidents-dev.jsonl'),
    incidents.map((i) => JSON.stringify(i)).join('\n') + '\n',
  );
  const victim = (was: string[], name = '', start = -1) => ({
    name: { value: name, startIndex: start, endIndex: start < 0 ? -1 : start + name.length },
    age: { value: '', startIndex: -1, endIndex: -1 },
    'victim-was': was,
  });
  const json = {
    'victim-section': [
      victim(['killed', 'hospitalized'], 'Ann Lee', 0),
      victim(['hospitalized']),
      victim(['injured']),
      victim([]),
    ],
  };
  writeFileSync(
    join(dir, 'gvdb-pavlick2016', 'dev.tsv'),
    'Article id\tArticle url\tArticle title\tFull text\tJson\tWorker\n' +
      `7\thttp://x\tTitle\tAnn Lee died after the shooting.\t${JSON.stringify(json)}\tw1\n`,
  );
  return dir;
}

describe('GVA scorer plumbing', () => {
  it('scores only incidents with gold, keeps empty articles out of the input, and reports the zero baseline', () => {
    const r = scoreGva({ dataDir: dataDir(), errors: true });
    expect(r.incidents).toBe(2);
    expect(r.articles).toBe(3);
    expect(r.emptyArticles).toBe(1);
    expect(r.killed.all.zeroExact).toBe(0.5);
    expect(r.wounded.all.zeroExact).toBe(0.5);
    expect(r.killed.oneArticle.n + r.killed.manyArticles.n).toBe(2);
    expect(r.killed.goldNonZero).toBe(1);
    expect(r.multiArticle).toBe(0);
    expect(formatGva(r)).toContain('2 incidents with gold');
  });

  it('honours --limit', () => {
    expect(scoreGva({ dataDir: dataDir(), limit: 1 }).incidents).toBe(1);
  });
});

describe('GVDB reading', () => {
  it('counts killed victims, and injured or hospitalized victims that were not killed', () => {
    const [a] = readGvdb(join(dataDir(), 'gvdb-pavlick2016', 'dev.tsv'));
    expect(a?.id).toBe('7');
    expect(a?.victims[0]).toMatchObject({ name: 'Ann Lee', start: 0, end: 7 });
    expect(gvdbGold(a!)).toEqual({ killed: 1, wounded: 2 });
  });
});

describe('snippets', () => {
  it('finds the gold number as digits or a word, not inside other numbers', () => {
    expect(mentionsNumber('Two men were shot.', 2)).toBe(true);
    expect(mentionsNumber('He was 23 years old.', 2)).toBe(false);
    expect(mentionsNumber('Shot at 2.5 miles.', 2)).toBe(false);
    expect(mentionsNumber('at least 12 people', 12)).toBe(true);
  });

  it('returns whole sentences about harm, once each', () => {
    const t = 'It rained. A man was shot and killed, police said. Traffic was slow. Two were injured.';
    expect(harmSentences(t)).toEqual(['A man was shot and killed, police said.', 'Two were injured.']);
    expect(sentenceAt(t, 12)).toBe('A man was shot and killed, police said.');
  });

  it('classifies mismatches', () => {
    expect([mismatchKind(2, 0), mismatchKind(0, 1), mismatchKind(1, 3), mismatchKind(3, 1)]).toEqual([
      'missed',
      'spurious',
      'over',
      'under',
    ]);
  });
});

describe('sentenceAt', () => {
  it('does not end a sentence at an initial or an abbreviated month', () => {
    const t = 'Caitlin L. Caskey was shot Jan. 27 at 2810 W. Main St. She died. Next.';
    expect(sentenceAt(t, 20)).toBe('Caitlin L. Caskey was shot Jan. 27 at 2810 W. Main St. She died.');
  });
});

describe('runExternal', () => {
  it('writes one JSON line per mismatch and ignores the flags npm run eval passes through', async () => {
    const dir = dataDir();
    const file = join(dir, 'errors.jsonl');
    expect(await runExternal(['gva', '--data', dir, '--errors', file, '--verbose', '--sample-only'])).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    // incident 1 misses 2 wounded, incident 3 misses 1 killed (the text states neither)
    expect(lines.map((l) => JSON.parse(l) as { id: string; outcome: string })).toMatchObject([
      { id: '1', outcome: 'wounded' },
      { id: '3', outcome: 'killed' },
    ]);
  });

  it('refuses an unknown data set', async () => {
    expect(await runExternal(['bogus'])).toBe(2);
  });
});

describe('scorePages', () => {
  it('analyses every saved page in one batch and passes the run to the data set’s scorer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-pages-set-'));
    const set = join(dir, 'web-pages-dev');
    for (const [page, html] of [
      [
        'quiet',
        '<html><head><title>Garden notes</title></head><body><p>The roses bloomed early.</p></body></html>',
      ],
      [
        'harm',
        '<html><head><title>Blast</title></head><body><p>Police said 4 people were killed in the blast.</p></body></html>',
      ],
    ]) {
      mkdirSync(join(set, 'pages', page!), { recursive: true });
      writeFileSync(join(set, 'pages', page!, 'source.html'), html!);
    }
    // A stand-in for the set's own scorer: it reports what it was given.
    writeFileSync(
      join(set, 'score-pages.mjs'),
      [
        "import { readFileSync } from 'node:fs';",
        'const [, pred] = process.argv.slice(2);',
        "const run = JSON.parse(readFileSync(pred, 'utf8'));",
        'for (const c of run.claims) console.log(`page\t${c.outcome}\t${c.value.text}`);',
        "console.log(JSON.stringify({ pages: run.documents.length, falseClaims: run.claims.length, harmClaims: 0, title: '2/2', outlet: '0/0', published: '0/0' }));",
      ].join('\n'),
    );
    const r = await scorePages({ dataDir: dir });
    expect(r.pages).toBe(2);
    expect(r.summary).toMatchObject({ pages: 2, falseClaims: 1, title: '2/2' });
    expect(r.noise).toEqual(['page\tkilled\t4']);
    expect(formatPages(r)).toContain('claims on pages that report no harm 1');
  });
});
