// The store's ways out: delete reports (every version of each id), and rebuild the derived tables from the stored
// reports when they may be wrong (`triangulate check`). Both hold the writers' lock and move the generation, so
// the view is re-reconciled from what is left.
import { sql, type Kysely } from 'kysely';
import { DERIVED_TABLES, type StoreDatabase } from './store-schema.js';
import { fingerprint, parseBody } from './row-mapping.js';
import { lockStore } from './store-lock.js';
import { refreshView } from './refresh-view.js';
import type { Extractor } from './ingest-document.js';
import type { CheckReport } from './store.js';

/** Deletes the current documents with these ids and their earlier versions; resolves to the ids it found. */
export async function deleteDocuments(db: Kysely<StoreDatabase>, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    await lockStore(trx);
    const found = await trx
      .selectFrom('documents')
      .select('id')
      .where('id', 'in', [...new Set(ids)])
      .where('superseded_by', 'is', null)
      .execute();
    const gone = found.map((r) => r.id);
    if (gone.length === 0) return [];
    await trx.deleteFrom('documents').where('id', 'in', gone).execute();
    await trx
      .updateTable('store_state')
      .set({ generation: sql`generation + 1` })
      .execute();
    return gone;
  });
}

/**
 * Reconciles every stored report again and rewrites each derived row that differs, whatever the store believed
 * about its freshness. Throws what stops the rebuild, so `check` can say it.
 */
export async function rebuildView(db: Kysely<StoreDatabase>, extract?: Extractor): Promise<CheckReport> {
  let damaged = 0;
  for (const table of DERIVED_TABLES) {
    const rows = await db.selectFrom(table).select(['key', 'position', 'fingerprint', 'body']).execute();
    // A row whose body no longer matches its own fingerprint was changed behind the store: make the diff rewrite it.
    const bad = rows.filter(
      (r) => r.fingerprint !== fingerprint(r.position, JSON.stringify(parseBody(r.body))),
    );
    damaged += bad.length;
    if (bad.length > 0) {
      await db
        .updateTable(table)
        .set({ fingerprint: '' })
        .where(
          'key',
          'in',
          bad.map((r) => r.key),
        )
        .execute();
    }
  }
  await db
    .updateTable('store_state')
    // A repair rebuilds every derived and link table from the documents: the next refresh is a full one.
    .set({ generation: sql`generation + 1`, linked: false })
    .execute();
  const stats = await refreshView(db, extract);
  return {
    documents: stats?.documents ?? 0,
    damaged,
    repaired: (stats?.written ?? 0) + (stats?.deleted ?? 0),
  };
}
