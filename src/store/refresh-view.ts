// Brings the derived tables (incidents, claims, conflicts, estimates, timeline) up to date with the documents.
// `reconcile` is a pure function of all current extractions, so it runs over all of them — in memory, which is
// cheap next to extraction — and only the rows whose content or place changed are written back.
import type { Kysely, Transaction } from 'kysely';
import type { DocumentExtraction } from '../model/extraction.js';
import { extractDocument } from '../extract/extract-document.js';
import {
  derivedRows,
  documentExtraction,
  documentRow,
  ownDatedDocument,
  type DerivedRow,
} from './row-mapping.js';
import type { Extractor } from './ingest-document.js';
import { DERIVED_TABLES, type DerivedTable, type StoreDatabase } from './store-schema.js';
import { lockStore, tryLockStore } from './store-lock.js';
import { identifiedView } from './identified-view.js';
import { cacheOf, type ExtractionCache, type StoredRow } from './extraction-cache.js';
import { DOCUMENT_COLUMNS, notesOf, refreshIncrementally, saveLinkState } from './incremental-view.js';
import { resolverFrom, sumNotes } from '../reconcile/unify-claimants.js';

export interface RefreshStats {
  readonly documents: number;
  readonly written: number;
  readonly deleted: number;
}

export async function isViewFresh(db: Kysely<StoreDatabase>): Promise<boolean> {
  const state = await db.selectFrom('store_state').selectAll().executeTakeFirstOrThrow();
  return state.generation === state.view_generation;
}

/** Rebuilds the view unless it is fresh (null), after any refresh or commit in progress. */
export async function refreshView(
  db: Kysely<StoreDatabase>,
  extract: Extractor = extractDocument,
): Promise<RefreshStats | null> {
  const done = await refreshWith(db, extract, false);
  return done === 'busy' ? null : done;
}

/** As refreshView, but 'busy' at once when a refresh or a document commit holds the store: for reads. */
export function refreshViewIfFree(
  db: Kysely<StoreDatabase>,
  extract: Extractor = extractDocument,
): Promise<RefreshStats | 'busy' | null> {
  return refreshWith(db, extract, true);
}

async function refreshWith(
  db: Kysely<StoreDatabase>,
  extract: Extractor,
  ifFree: boolean,
): Promise<RefreshStats | 'busy' | null> {
  return db.transaction().execute(async (trx) => {
    if (!ifFree) await lockStore(trx);
    else if (!(await tryLockStore(trx))) return 'busy';
    const state = await trx.selectFrom('store_state').selectAll().executeTakeFirstOrThrow();
    if (state.generation === state.view_generation) return null;
    const cache = cacheOf(db);
    const partial = state.linked ? await refreshIncrementally(trx, state.extraction_epoch, cache) : null;
    if (partial !== null) {
      await trx.updateTable('store_state').set({ view_generation: state.generation }).execute();
      return { documents: partial.documents, written: partial.written, deleted: partial.deleted };
    }
    const rows = await trx
      .selectFrom('documents')
      .select(DOCUMENT_COLUMNS)
      .where('superseded_by', 'is', null)
      .orderBy('seq')
      .execute();
    const extractions = await currentExtractions(trx, rows, extract, state.extraction_epoch, cache);
    const notes = notesOf(rows, extractions);
    const made = await identifiedView(trx, rows, extractions, resolverFrom(sumNotes(notes)));
    const next = derivedRows(made.view, made.order);
    let written = 0;
    let deleted = 0;
    for (const table of DERIVED_TABLES) {
      const diff = await applyDiff(trx, table, next[table]);
      written += diff.written;
      deleted += diff.deleted;
    }
    await saveLinkState(trx, rows, made.graph, notes);
    await trx.updateTable('store_state').set({ view_generation: state.generation }).execute();
    return { documents: rows.length, written, deleted };
  });
}

/**
 * Every current extraction, as `analyzeDocuments` would make it now. Extracted again, and the row updated: any
 * document extracted before the last `reextract`, and a document a store of an older version dated with another
 * document's date (`extracted_with`).
 */
async function currentExtractions(
  trx: Transaction<StoreDatabase>,
  rows: readonly StoredRow[],
  extract: Extractor,
  epoch: number,
  cache: ExtractionCache,
): Promise<DocumentExtraction[]> {
  const extractions: DocumentExtraction[] = [];
  for (const row of rows) {
    if (row.extraction_epoch >= epoch && row.extracted_with === null) {
      // Parsed again whatever the cache holds, and kept: a full refresh reads every report as stored.
      const e = documentExtraction(row);
      cache.keep(row, e);
      extractions.push(e);
      continue;
    }
    let redone: DocumentExtraction;
    try {
      redone = await extract(ownDatedDocument(row), {});
    } catch {
      // The text now trips extraction: keep the extraction it had rather than lose the document.
      extractions.push(documentExtraction(row));
      continue;
    }
    const { published, published_inferred, extraction, extracted_with } = documentRow(
      redone,
      row.hash,
      row.base_id,
      { stated: row.stated_published },
    );
    await trx
      .updateTable('documents')
      .set({ published, published_inferred, extraction, extracted_with, extraction_epoch: epoch })
      .where('hash', '=', row.hash)
      .execute();
    extractions.push(redone);
  }
  return extractions;
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
