// A store made by an older linking keeps blocking keys (`link_keys`) the current code would not make: the migration
// that changed the keys marks the link state stale, so the first refresh after opening is a full one that keys every
// report again, and a report arriving later finds its candidates among keys of the current scheme.
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemble, withOwnDates } from '../../src/analyze.js';
import { MIGRATIONS, migrate } from '../../src/store/migrations.js';
import { createSqlStore } from '../../src/store/sql-store.js';
import type { StoreDatabase } from '../../src/store/store-schema.js';
import type { Store } from '../../src/store/store.js';
import { fixtureExtract } from './fixture-extractor.js';
import { MARKET, TRAIN, TRAIN_UPDATE } from './fixture-documents.js';

/** The migrations an older release shipped: every one before the blocking keys changed. */
async function migrateBeforeRekey(db: Kysely<unknown>): Promise<void> {
  const older = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0009'));
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => older },
    migrationTableName: 'triangulate_migration',
    migrationLockTableName: 'triangulate_migration_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

const keysOf = async (db: Kysely<StoreDatabase>) =>
  (await db.selectFrom('link_keys').select(['member', 'key']).orderBy('member').orderBy('key').execute()).map(
    (r) => `${r.member} ${r.key}`,
  );

describe('a store linked by older blocking keys (in-memory PGlite)', () => {
  let db: Kysely<StoreDatabase>;
  let store: Store;
  beforeAll(async () => {
    db = new Kysely<StoreDatabase>({ dialect: new PGliteDialect(new PGlite()) });
    await migrateBeforeRekey(db as Kysely<unknown>);
    // The current code writes the pair scores, reads the log of changed reports and writes the keys' report days, so
    // their tables and column are made ahead
    // (the migrations that make them run again with the others below, and find them there).
    await MIGRATIONS['0011-link-scores']!.up(db as Kysely<unknown>);
    await MIGRATIONS['0014-document-changes']!.up(db as Kysely<unknown>);
    await MIGRATIONS['0015-key-reach']!.up(db as Kysely<unknown>);
    store = createSqlStore(db, { extract: fixtureExtract });
    await store.ingest([TRAIN, MARKET]);
    await store.analysis();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('is keyed again in full on the first refresh after the migration, and links new reports as a fresh store would', async () => {
    const current = await keysOf(db);
    expect(current.length).toBeGreaterThan(0);
    expect((await db.selectFrom('store_state').select('linked').executeTakeFirstOrThrow()).linked).toBe(true);
    // What an older linking left: keys the current one does not make, and none of those it does.
    await sql`delete from link_keys`.execute(db);
    await sql`insert into link_keys (member, document, key, lo, hi, main)
      values ('train-1' || chr(31) || 'main', 'train-1', 'r:stale', null, null, true)`.execute(db);
    await migrate(db as Kysely<unknown>);
    const state = await db.selectFrom('store_state').selectAll().executeTakeFirstOrThrow();
    expect(state.linked).toBe(false);
    expect(state.generation).not.toBe(state.view_generation);
    await store.analysis();
    expect(await keysOf(db)).toEqual(current);
    expect((await db.selectFrom('store_state').select('linked').executeTakeFirstOrThrow()).linked).toBe(true);
    // A report of a stored event arrives: the incremental refresh finds it through the keys made again.
    await store.ingest([TRAIN_UPDATE]);
    const { documents: _documents, ...view } = await store.analysis();
    const { documents: _expected, ...want } = assemble(
      withOwnDates([TRAIN, MARKET, TRAIN_UPDATE]).map(fixtureExtract),
    );
    expect(view.incidents.map((i) => i.documents)).toEqual(want.incidents.map((i) => i.documents));
  });
});
