// The pair scores kept across refreshes (src/store/pair-cache.ts): what it answers is always what the tables hold
// for the members' current rows — after pairs arrive with a new report, after a report is replaced (same members,
// another row, other scores), and when it holds fewer pairs than it is asked about.
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/migrations.js';
import { PairCache } from '../../src/store/pair-cache.js';
import type { StoreDatabase } from '../../src/store/store-schema.js';

const US = '\u001f';
const member = (doc: string, key = 'main') => `${doc}\u0000${key}`;

let db: Kysely<StoreDatabase>;
/** Each report's row as the cache knows rows: a new version after a replacement. */
const rows = new Map<string, { seq: number; hash: string; version: string }>();

async function addReport(doc: string, main = true) {
  rows.set(doc, { seq: rows.size + 1, hash: `h-${doc}`, version: '1' });
  await sql`insert into link_keys (member, document, key, lo, hi, main)
    values (${`${doc}${US}main`}, ${doc}, '', null, null, ${main})`.execute(db);
}

async function addPair(a: string, b: string, score: number) {
  const [x, y] = a < b ? [a, b] : [b, a];
  await sql`insert into link_scores (a, b, score) values (${`${x}${US}main`}, ${`${y}${US}main`}, ${score})
    on conflict (a, b) do update set score = excluded.score`.execute(db);
}

/** What the tables hold for some members, read directly. */
async function truth(docs: readonly string[]) {
  const { rows: found } = await sql<{
    a: string;
    b: string;
    score: number;
  }>`select a, b, score from link_scores`.execute(db);
  const set = new Set(docs.map((d) => `${d}${US}main`));
  return found
    .filter((r) => set.has(r.a) && set.has(r.b))
    .map((r) => `${r.a.replace(US, '\u0000')}|${r.b.replace(US, '\u0000')}|${Number(r.score)}`)
    .sort();
}

async function asked(cache: PairCache, docs: readonly string[]) {
  const got = await db
    .transaction()
    .execute((trx) =>
      cache.among(trx, new Set(docs.map((d) => member(d))), (m) => rows.get(m.split('\u0000')[0]!)),
    );
  return got.pairs.map((p) => `${p.a}|${p.b}|${p.score}`).sort();
}

beforeAll(async () => {
  db = new Kysely<StoreDatabase>({ dialect: new PGliteDialect(new PGlite()) });
  await migrate(db as Kysely<unknown>);
  for (const d of ['a', 'b', 'c', 'd']) await addReport(d);
  await addPair('a', 'b', 1.5);
  await addPair('a', 'c', -2);
  await addPair('b', 'd', -0.25);
});

afterAll(async () => {
  await db?.destroy();
});

describe('the pair cache', () => {
  it('answers the stored pairs between the members asked about, and their main flags', async () => {
    const cache = new PairCache();
    expect(await asked(cache, ['a', 'b', 'c'])).toEqual(await truth(['a', 'b', 'c']));
    expect(await asked(cache, ['a', 'b', 'c'])).toHaveLength(2);
    const got = await db
      .transaction()
      .execute((trx) =>
        cache.among(trx, new Set([member('a'), member('zz')]), (m) => rows.get(m.split('\u0000')[0]!)),
      );
    // A member of no stored report is left out.
    expect(got.members).toEqual([{ member: member('a'), main: true }]);
  });

  it('finds the pairs a new report brings with members it already holds', async () => {
    const cache = new PairCache();
    expect(await asked(cache, ['a', 'b'])).toEqual(await truth(['a', 'b']));
    await addReport('e');
    await addPair('e', 'a', 0.5);
    await addPair('e', 'b', -1);
    expect(await asked(cache, ['a', 'b', 'e'])).toEqual(await truth(['a', 'b', 'e']));
    // And pairs between members first read in different calls.
    expect(await asked(cache, ['c', 'd'])).toEqual(await truth(['c', 'd']));
    expect(await asked(cache, ['a', 'b', 'c', 'd', 'e'])).toEqual(await truth(['a', 'b', 'c', 'd', 'e']));
  });

  it('reads a replaced report again: its old scores and pairs are gone', async () => {
    const cache = new PairCache();
    expect(await asked(cache, ['a', 'b', 'c', 'd'])).toEqual(await truth(['a', 'b', 'c', 'd']));
    // Report b replaced: the same member, another row; its pairs with a and d are gone, it has one with c.
    await sql`delete from link_scores where a = ${`b${US}main`} or b = ${`b${US}main`}`.execute(db);
    await addPair('b', 'c', -3);
    rows.set('b', { ...rows.get('b')!, version: '2' });
    const now = await asked(cache, ['a', 'b', 'c', 'd']);
    expect(now).toEqual(await truth(['a', 'b', 'c', 'd']));
    expect(now).toContain(`${member('b')}|${member('c')}|-3`);
    expect(now.some((p) => p.startsWith(`${member('a')}|${member('b')}|`))).toBe(false);
  });

  it('gives the same answers when it may hold only a few pairs', async () => {
    const cache = new PairCache(2);
    for (const ask of [
      ['a', 'b', 'c'],
      ['c', 'd', 'e'],
      ['a', 'e'],
      ['a', 'b', 'c', 'd', 'e'],
      ['b', 'd'],
    ])
      expect(await asked(cache, ask)).toEqual(await truth(ask));
  });
});
