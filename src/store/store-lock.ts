// One writer at a time: every document commit and every view refresh holds this transaction-scoped advisory lock,
// so two `ingest` processes on one PostgreSQL store interleave documents instead of racing on ids and rows.
// A second key says an ingest is running (held shared by each ingesting process for its whole run): reads then
// serve the last good view instead of rebuilding it after every document the ingest commits.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { StoreDatabase } from './store-schema.js';

/** 'triang' in ASCII: a fixed key no other application on the same server is likely to use. */
const LOCK_KEY = 0x747269616e67;
/** 'triani': held shared, for its whole run, by every process ingesting into the store. */
const INGEST_KEY = 0x747269616e69;

export async function lockStore(trx: Transaction<StoreDatabase> | Kysely<StoreDatabase>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${sql.lit(LOCK_KEY)}::bigint)`.execute(trx);
}

/** The store lock if nobody holds it (true), else false at once: a read never queues behind a refresh. */
export async function tryLockStore(trx: Transaction<StoreDatabase>): Promise<boolean> {
  const { rows } = await sql<{
    got: boolean;
  }>`select pg_try_advisory_xact_lock(${sql.lit(LOCK_KEY)}::bigint) as got`.execute(trx);
  return rows[0]?.got === true;
}

/**
 * Runs `body` with the ingest key held shared on a connection of its own (session locks belong to a connection, so
 * it stays reserved until `body` ends; a crash frees it with the connection).
 */
export async function whileIngesting<T>(db: Kysely<StoreDatabase>, body: () => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock_shared(${sql.lit(INGEST_KEY)}::bigint)`.execute(conn);
    try {
      return await body();
    } finally {
      await sql`select pg_advisory_unlock_shared(${sql.lit(INGEST_KEY)}::bigint)`.execute(conn);
    }
  });
}

/** Whether another connection holds the ingest key: tried exclusively for one transaction, never waited for. */
export async function ingestRunning(db: Kysely<StoreDatabase>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{
      got: boolean;
    }>`select pg_try_advisory_xact_lock(${sql.lit(INGEST_KEY)}::bigint) as got`.execute(trx);
    return rows[0]?.got !== true;
  });
}
