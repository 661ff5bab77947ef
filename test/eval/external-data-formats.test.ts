// The readers against the real external files (skipped where the data folder is absent).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGva } from '../../src/eval/external/read-gva.js';
import { gvdbGold, readGvdb } from '../../src/eval/external/read-gvdb.js';
import { readPolnear } from '../../src/eval/external/read-polnear.js';

const DATA = process.env.TRIANGULATE_EXTERNAL_EVAL ?? resolve('../shared/eval/external');

describe.skipIf(!existsSync(DATA))('external data formats', () => {
  it('GVA: 1,147 incidents with gold, 1,942 articles', () => {
    const incidents = readGva(join(DATA, 'semeval2018-task5-gva', 'incidents-dev.jsonl'));
    expect(incidents).toHaveLength(1147);
    expect(incidents.reduce((s, i) => s + i.articles.length, 0)).toBe(1942);
  });

  it('GVDB: 400 articles, 535 victims, 269 killed, and name offsets that point at the names', () => {
    const articles = readGvdb(join(DATA, 'gvdb-pavlick2016', 'dev.tsv'));
    expect(articles).toHaveLength(400);
    expect(articles.reduce((s, a) => s + a.victims.length, 0)).toBe(535);
    expect(articles.reduce((s, a) => s + gvdbGold(a).killed, 0)).toBe(269);
    const named = articles.flatMap((a) =>
      a.victims.filter((v) => v.name && v.start !== null).map((v) => ({ a, v })),
    );
    const pointing = named.filter(({ a, v }) => a.text.slice(v.start!, v.end!) === v.name);
    expect(pointing.length / named.length).toBeGreaterThan(0.9);
  });

  it('PolNeAR: 84 articles whose spans match their text', () => {
    const dir = join(DATA, 'polnear-attribution');
    const articles = readPolnear(join(dir, 'dev'), join(dir, 'metadata.tsv'));
    expect(articles).toHaveLength(84);
    const sources = articles.flatMap((a) => a.attributions.flatMap((x) => x.sources.map((s) => ({ a, s }))));
    expect(sources.length).toBeGreaterThan(1500);
    const exact = sources.filter(({ a, s }) => {
      const [start, end] = s.fragments[0]!;
      return s.fragments.length > 1 || a.text.slice(start, end) === s.text;
    });
    expect(exact.length).toBe(sources.length);
    expect(articles.every((a) => a.published !== null)).toBe(true);
  });
});
