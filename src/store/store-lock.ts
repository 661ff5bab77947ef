// One writer at a time: every document commit and every view refresh holds this transaction-scoped advisory lock,
// so two `ingest` processes on one PostgreSQL store interleave documents instead of racing on ids and rows.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { StoreDatabase } from './store-schema.js';

/** 'triang' in ASCII: a fixed key no other application on the same server is likely to use. */
const LOCK_KEY = 0x747269616e67;

export async function lockStore(trx: Transaction<StoreDatabase> | Kysely<StoreDatabase>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${sql.lit(LOCK_KEY)}::bigint)`.execute(trx);
}
