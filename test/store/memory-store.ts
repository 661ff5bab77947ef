// A store on an in-memory PGlite database, migrated to the current schema, reading reports with the fixture
// extractor: for tests that also reach into its tables (`db`).
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { migrate } from '../../src/store/migrations.js';
import { createSqlStore } from '../../src/store/sql-store.js';
import type { StoreDatabase } from '../../src/store/store-schema.js';
import type { Store } from '../../src/store/store.js';
import { fixtureExtract } from './fixture-extractor.js';

export async function memoryStore(): Promise<{ db: Kysely<StoreDatabase>; store: Store }> {
  const db = new Kysely<StoreDatabase>({ dialect: new PGliteDialect(new PGlite()) });
  await migrate(db as Kysely<unknown>);
  return { db, store: createSqlStore(db, { extract: fixtureExtract }) };
}
