// Stores a queued chunk's documents in one transaction with one multi-row insert, where `ingestDocument` spends a
// transaction (a WAL flush) and five statements on each: a worker's round trips and commits were a third of its
// time. A document the store or an earlier one of the chunk already knows by its text, its id or its source (a
// repeat, a new version, an id to suffix) goes through `ingestDocument` in its turn, so ids and replacements are
// those of one-by-one ingest and of `analyze`. Still idempotent: a retried chunk finds its documents by text hash.
import type { Kysely, Transaction } from 'kysely';
import type { SourceDocument } from '../model/document.js';
import type { DocumentExtraction } from '../model/extraction.js';
import { extractDocument } from '../extract/extract-document.js';
import { textHash } from '../ingest/normalize-document.js';
import type { StoreDatabase } from './store-schema.js';
import { lockStore } from './store-lock.js';
import { ownDates } from './publication-dates.js';
import {
  ingestDocument,
  insertDocuments,
  storedRow,
  type IngestOptions,
  type IngestOutcome,
} from './ingest-document.js';

interface Pending {
  readonly document: SourceDocument;
  readonly hash: string;
}

/** Rows per insert statement: 16 parameters each, far below PostgreSQL's 65,535 whatever the chunk size. */
const ROWS_PER_INSERT = 200;

/** One outcome per document, in input order, as `ingestDocument` on each in turn would give. */
export async function ingestChunk(
  db: Kysely<StoreDatabase>,
  documents: readonly SourceDocument[],
  options: IngestOptions = {},
): Promise<IngestOutcome[]> {
  const pending = documents.map((document) => ({ document, hash: textHash(document.text) }));
  const known = await knownKeys(db, pending);
  const outcomes: IngestOutcome[] = [];
  let run: Pending[] = [];
  for (const p of pending) {
    const keys = keysOf(p.document, p.hash);
    const collides = keys.some((k) => known.has(k));
    for (const k of keys) known.add(k);
    if (!collides) {
      run.push(p);
      continue;
    }
    // The run before it is stored first, so this one meets the store as it would one by one.
    outcomes.push(...(await storeRun(db, run, options)));
    run = [];
    const outcome = await ingestDocument(db, p.document, options);
    if (outcome.kind === 'added') known.add(idKey(outcome.extraction.document.id));
    outcomes.push(outcome);
  }
  outcomes.push(...(await storeRun(db, run, options)));
  return outcomes;
}

/** What makes two documents meet in `ingestDocument`: the same text, the same id, the same source and id. */
function keysOf(document: SourceDocument, hash: string): string[] {
  return [`hash ${hash}`, idKey(document.id), versionKey(document.source, document.id)];
}
const idKey = (id: string) => `id ${id}`;
const versionKey = (source: string, baseId: string) => `version ${source}\u0000${baseId}`;

/** The keys of stored documents any of `pending` meets, in one indexed read. */
async function knownKeys(
  db: Kysely<StoreDatabase> | Transaction<StoreDatabase>,
  pending: readonly Pending[],
): Promise<Set<string>> {
  if (pending.length === 0) return new Set();
  const rows = await db
    .selectFrom('documents')
    .select(['hash', 'id', 'source', 'base_id', 'superseded_by'])
    .where(({ eb, or, and, refTuple, tuple }) =>
      or([
        eb(
          'hash',
          'in',
          pending.map((p) => p.hash),
        ),
        and([
          eb('superseded_by', 'is', null),
          or([
            eb(
              'id',
              'in',
              pending.map((p) => p.document.id),
            ),
            eb(
              refTuple('source', 'base_id'),
              'in',
              pending.map((p) => tuple(p.document.source, p.document.id)),
            ),
          ]),
        ]),
      ]),
    )
    .execute();
  const keys = new Set<string>();
  for (const r of rows) {
    keys.add(`hash ${r.hash}`);
    if (r.superseded_by !== null) continue;
    keys.add(idKey(r.id));
    keys.add(versionKey(r.source, r.base_id));
  }
  return keys;
}

/**
 * Documents no stored or earlier document meets: extracted outside the lock, then inserted together under it. One
 * another writer stored meanwhile (read again under the lock) is left to `ingestDocument` after the commit.
 */
async function storeRun(
  db: Kysely<StoreDatabase>,
  run: readonly Pending[],
  options: IngestOptions,
): Promise<IngestOutcome[]> {
  if (run.length === 0) return [];
  const extract = options.extract ?? extractDocument;
  const outcomes = new Map<Pending, IngestOutcome>();
  const ready: {
    readonly p: Pending;
    readonly own: SourceDocument;
    readonly extraction: DocumentExtraction;
  }[] = [];
  for (const p of run) {
    const own = ownDates(p.document, options.published);
    try {
      ready.push({ p, own, extraction: await extract(own, {}) });
    } catch (e) {
      // A bug the text triggers in extraction costs this document, not the chunk.
      outcomes.set(p, { kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }
  const late = await db.transaction().execute(async (trx) => {
    await lockStore(trx);
    const now = await knownKeys(
      trx,
      ready.map((r) => r.p),
    );
    const clear = ready.filter((r) => !keysOf(r.p.document, r.p.hash).some((k) => now.has(k)));
    for (let i = 0; i < clear.length; i += ROWS_PER_INSERT) {
      await insertDocuments(
        trx,
        clear
          .slice(i, i + ROWS_PER_INSERT)
          .map((r) => storedRow(r.extraction, r.p.hash, r.p.document, r.own, options)),
      );
    }
    for (const r of clear) outcomes.set(r.p, { kind: 'added', extraction: r.extraction, replaced: null });
    return ready.filter((r) => !clear.includes(r)).map((r) => r.p);
  });
  for (const p of late) outcomes.set(p, await ingestDocument(db, p.document, options));
  return run.map((p) => outcomes.get(p)!);
}
