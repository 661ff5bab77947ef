// A worker's chunk stored together (src/store/ingest-chunk.ts): one transaction for the documents nothing else
// meets, and for the rest (a repeated text, an id taken, a new version of a stored source, an id the chunk itself
// suffixed, a text extraction cannot handle) the same outcomes, ids and view as storing them one by one.
import { PGlite } from '@electric-sql/pglite';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/model/document.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS, type Backend, type TestTarget } from './store-targets.js';
import { fixtureExtract } from './fixture-extractor.js';
import { BACKGROUND, MARKET, TRAIN, TRAIN_UPDATE, fixtureDocument } from './fixture-documents.js';

const extract = (document: SourceDocument) => {
  if (document.text.includes('BROKEN')) throw new Error(`cannot read ${document.id}`);
  return fixtureExtract(document);
};

const fresh = Array.from({ length: 6 }, (_, n) =>
  fixtureDocument({
    id: `fresh-${n}`,
    text: `Incident: Blast ${n}.\nPolice said ${n + 2} civilians were killed.\n`,
  }),
);

const chunk: readonly SourceDocument[] = [
  fresh[0]!,
  // The text of a stored document under another name: unchanged.
  { ...MARKET, id: 'market-copy', source: 'elsewhere/market.txt' },
  fresh[1]!,
  // A stored id from another source: suffixed.
  fixtureDocument({
    id: 'train-1',
    source: 'other/train-1.txt',
    text: 'Police said 4 civilians were killed.\n',
  }),
  // The id that suffix gave, asked for by a later document: suffixed again, as one by one.
  fixtureDocument({ id: 'train-1-2', text: 'Police said 5 civilians were killed.\n' }),
  // A changed text from a stored source: a new version replacing it.
  { ...BACKGROUND, text: BACKGROUND.text.replace('3 passengers', '4 passengers') },
  fresh[2]!,
  // The same text twice in the chunk: the second is unchanged.
  { ...fresh[2]!, id: 'fresh-2-again' },
  fixtureDocument({ id: 'broken', text: 'BROKEN text.\n' }),
  // The same id twice in the chunk, from one source: the second replaces the first.
  fixtureDocument({ id: 'twice', text: 'Police said 6 civilians were killed.\n' }),
  fixtureDocument({ id: 'twice', text: 'Police said 7 civilians were killed.\n' }),
  ...fresh.slice(3),
];

async function filled(backend: Backend): Promise<{ target: TestTarget; store: Store }> {
  const target = await backend.create();
  const store = await openStore(target.target, { extract });
  await store.ingest([TRAIN, MARKET, BACKGROUND, TRAIN_UPDATE]);
  return { target, store };
}

/** The transaction ids that inserted the current rows of these documents (the store closed first, for PGlite). */
async function insertingTransactions(
  backend: Backend,
  target: string,
  ids: readonly string[],
): Promise<number> {
  const text = `select count(distinct xmin::text) as n from documents where id = any($1) and superseded_by is null`;
  if (backend.name === 'postgres') {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      return Number((await client.query<{ n: string }>(text, [ids])).rows[0]!.n);
    } finally {
      await client.end();
    }
  }
  const db = await PGlite.create(join(target, 'pgdata'));
  try {
    return Number((await db.query<{ n: string }>(text, [ids])).rows[0]!.n);
  } finally {
    await db.close();
  }
}

describe.each(BACKENDS)('a chunk stored together on $name', (backend) => {
  it('gives the outcomes, ids and view of storing its documents one by one', async () => {
    const one = await filled(backend);
    const together = await filled(backend);
    try {
      const byOne = await one.store.ingest(chunk);
      const byChunk = await together.store.ingest(chunk, { together: true });
      expect(byChunk.results).toEqual(byOne.results);
      expect(byChunk.results.map((r) => `${r.kind} ${r.id}`)).toContain('added train-1-2-2');
      expect(byChunk.failed).toEqual([
        { id: 'broken', source: 'reports/broken.txt', message: 'cannot read broken' },
      ]);
      expect(JSON.stringify(await together.store.analysis())).toBe(
        JSON.stringify(await one.store.analysis()),
      );
    } finally {
      for (const s of [one, together]) {
        await s.store.close();
        await s.target.dispose();
      }
    }
  }, 60_000);

  it('commits the documents nothing else meets in one transaction, and a retry finds them all', async () => {
    const { target, store } = await filled(backend);
    try {
      const first = await store.ingest(fresh, { together: true });
      expect(first.added.map((d) => d.id)).toEqual(fresh.map((d) => d.id));
      const again = await store.ingest(fresh, { together: true });
      expect(again.added).toEqual([]);
      expect(again.unchanged.map((d) => d.id)).toEqual(fresh.map((d) => d.id));
      await store.close();
      expect(
        await insertingTransactions(
          backend,
          target.target,
          fresh.map((d) => d.id),
        ),
      ).toBe(1);
    } finally {
      await store.close().catch(() => {});
      await target.dispose();
    }
  }, 60_000);
});

describe('a chunk stored together on postgres, beside another writer', () => {
  it('leaves a document another process stored meanwhile to one-by-one ingest, which finds it unchanged', async () => {
    const backend = BACKENDS.find((b) => b.name === 'postgres')!;
    const target = await backend.create();
    const other = await openStore(target.target, { extract });
    let wrote = false;
    // While the chunk is extracted (outside the lock), the other writer stores one of its documents.
    const store = await openStore(target.target, {
      extract: async (document) => {
        if (!wrote) {
          wrote = true;
          await other.ingest([fresh[4]!]);
        }
        return extract(document);
      },
    });
    try {
      const report = await store.ingest(fresh, { together: true });
      expect(report.results.map((r) => `${r.kind} ${r.id}`)).toEqual(
        fresh.map((d, n) => `${n === 4 ? 'unchanged' : 'added'} ${d.id}`),
      );
      expect((await store.analysis()).documents.map((d) => d.id).sort()).toEqual(
        fresh.map((d) => d.id).sort(),
      );
    } finally {
      await store.close();
      await other.close();
      await target.dispose();
    }
  }, 60_000);
});
