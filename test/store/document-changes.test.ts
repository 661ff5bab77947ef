// The log of changed reports a refresh reads instead of comparing every report with the view (`document_changes`,
// written by a trigger on documents): what it logs, that a refresh empties it, and that a store made before it
// starts the log with what its view lacks.
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { withOwnDates } from '../../src/analyze.js';
import { migrate } from '../../src/store/migrations.js';
import type { StoreDatabase } from '../../src/store/store-schema.js';
import type { Store } from '../../src/store/store.js';
import { MARKET, TRAIN, TRAIN_UPDATE, fixtureDocument } from './fixture-documents.js';
import { memoryStore } from './memory-store.js';
import { expectFixtureView } from './view-equality.js';

/** A new text from the same source: it replaces the stored report. */
const TRAIN_REPLACED = fixtureDocument({
  id: TRAIN.id,
  title: 'Train hijacked in Bolan',
  text: TRAIN_UPDATE.text,
});

const logged = async (db: Kysely<StoreDatabase>) =>
  (await db.selectFrom('document_changes').select('hash').orderBy('n').execute()).map((r) => r.hash);
const hashOf = async (db: Kysely<StoreDatabase>, id: string) =>
  (
    await db
      .selectFrom('documents')
      .select('hash')
      .where('id', '=', id)
      .where('superseded_by', 'is', null)
      .executeTakeFirstOrThrow()
  ).hash;

describe('the log of changed reports (in-memory PGlite)', () => {
  let db: Kysely<StoreDatabase>;
  let store: Store;
  beforeAll(async () => {
    ({ db, store } = await memoryStore());
  });
  afterAll(async () => {
    await store?.close();
  });

  const viewIs = (docs: Parameters<typeof withOwnDates>[0]) => expectFixtureView(store, docs);

  it('logs an added report until a refresh reads it', async () => {
    await store.ingest([TRAIN, MARKET], { refresh: false });
    expect(await logged(db)).toEqual([await hashOf(db, TRAIN.id), await hashOf(db, MARKET.id)]);
    await viewIs([TRAIN, MARKET]);
    expect(await logged(db)).toEqual([]);
  });

  it('logs a replaced report and its replacement, and a deleted one', async () => {
    const old = await hashOf(db, TRAIN.id);
    await store.ingest([TRAIN_REPLACED], { refresh: false });
    expect((await logged(db)).sort()).toEqual([old, await hashOf(db, TRAIN.id)].sort());
    await store.analysis();
    expect(await logged(db)).toEqual([]);
    await store.delete([MARKET.id]);
    expect(await logged(db)).toEqual([]);
    const view = await store.analysis();
    expect(view.claims.some((c) => c.document === MARKET.id)).toBe(false);
  });

  it('starts, in a store made before it, with the reports its view lacks', async () => {
    await store.ingest([MARKET], { refresh: false });
    // What the release before it left: no log, no trigger, a report not yet in the view.
    await sql`drop trigger documents_changed on documents`.execute(db);
    await sql`drop table document_changes`.execute(db);
    await sql`delete from triangulate_migration where name >= '0014-document-changes'`.execute(db);
    await migrate(db as Kysely<unknown>);
    expect(await logged(db)).toEqual([await hashOf(db, MARKET.id)]);
    await viewIs([TRAIN_REPLACED, MARKET]);
  });
});
