// Brings the derived tables (incidents, claims, conflicts, estimates, timeline) up to date with the documents.
// `reconcile` is a pure function of all current extractions, so it runs over all of them — in memory, which is
// cheap next to extraction — and only the rows whose content or place changed are written back.
import type { Kysely, Transaction } from 'kysely';
import { reconcile } from '../reconcile/reconcile.js';
import { derivedRows, documentExtraction, type DerivedRow } from './row-mapping.js';
import { DERIVED_TABLES, type DerivedTable, type StoreDatabase } from './store-schema.js';
import { lockStore } from './store-lock.js';

export interface RefreshStats {
  readonly documents: number;
  readonly written: number;
  readonly deleted: number;
}

export async function isViewFresh(db: Kysely<StoreDatabase>): Promise<boolean> {
  const state = await db.selectFrom('store_state').selectAll().executeTakeFirstOrThrow();
  return state.generation === state.view_generation;
}

export async function refreshView(db: Kysely<StoreDatabase>): Promise<RefreshStats | null> {
  return db.transaction().execute(async (trx) => {
    await lockStore(trx);
    const state = await trx.selectFrom('store_state').selectAll().executeTakeFirstOrThrow();
    if (state.generation === state.view_generation) return null;
    const rows = await trx
      .selectFrom('documents')
      .select([
        'hash',
        'seq',
        'id',
        'base_id',
        'source',
        'title',
        'url',
        'outlet',
        'published',
        'published_inferred',
        'chars',
        'text',
        'extraction',
        'superseded_by',
        'ingested_at',
      ])
      .where('superseded_by', 'is', null)
      .orderBy('seq')
      .execute();
    const next = derivedRows(reconcile(rows.map(documentExtraction)));
    let written = 0;
    let deleted = 0;
    for (const table of DERIVED_TABLES) {
      const diff = await applyDiff(trx, table, next[table]);
      written += diff.written;
      deleted += diff.deleted;
    }
    await trx.updateTable('store_state').set({ view_generation: state.generation }).execute();
    return { documents: rows.length, written, deleted };
  });
}

const CHUNK = 500;

async function applyDiff(trx: Transaction<StoreDatabase>, table: DerivedTable, rows: readonly DerivedRow[]) {
  const stored = await trx.selectFrom(table).select(['key', 'fingerprint']).execute();
  const have = new Map(stored.map((r) => [r.key, r.fingerprint]));
  const wanted = new Set(rows.map((r) => r.key));
  const changed = rows.filter((r) => have.get(r.key) !== r.fingerprint);
  const stale = stored.filter((r) => !wanted.has(r.key)).map((r) => r.key);
  const replaced = changed.filter((r) => have.has(r.key)).map((r) => r.key);
  const remove = [...stale, ...replaced];
  for (let i = 0; i < remove.length; i += CHUNK) {
    await trx
      .deleteFrom(table)
      .where('key', 'in', remove.slice(i, i + CHUNK))
      .execute();
  }
  for (let i = 0; i < changed.length; i += CHUNK) {
    // The union of row shapes is sound per table; Kysely cannot relate a table-name union to it.
    await trx
      .insertInto(table)
      .values(changed.slice(i, i + CHUNK) as never)
      .execute();
  }
  return { written: changed.length, deleted: stale.length };
}
