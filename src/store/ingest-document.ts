// Adds one document in one transaction: deduplicated by text hash, a changed text at the same source replaces
// its previous version, and the store's generation moves so the view is refreshed before anyone reads it.
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { SourceDocument } from '../model/document.js';
import type { DocumentExtraction } from '../model/extraction.js';
import { extractDocument } from '../extract/extract-document.js';
import { textHash } from '../ingest/normalize-document.js';
import { documentRow } from './row-mapping.js';
import type { StoreDatabase } from './store-schema.js';
import { lockStore } from './store-lock.js';
import { ownDates } from './publication-dates.js';

export type IngestOutcome =
  | {
      readonly kind: 'added';
      readonly extraction: DocumentExtraction;
      /** The hash of the version it replaced, else null. */
      readonly replaced: string | null;
    }
  | { readonly kind: 'unchanged'; readonly id: string }
  | { readonly kind: 'failed'; readonly message: string };

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** The extraction step, `extractDocument` unless a caller brings its own pure function (a test) or runs it off-thread (the server). */
export type Extractor = (
  document: SourceDocument,
  options: { readonly published?: string | null },
) => DocumentExtraction | Promise<DocumentExtraction>;

export interface IngestOptions {
  readonly published?: string | null;
  /** False: a changed text from the same source is a new document (`-2`), never a replacement. */
  readonly replace?: boolean;
  readonly extract?: Extractor;
  /** Posted as a follow-up (src/store/follow-ups.ts): the incident whose page it came from, or null for none. */
  readonly followUp?: { readonly incident: string | null };
}

/** Standard input has no identity beyond its text, so two different stdin reads are two documents. */
const UNVERSIONED_SOURCES = new Set(['stdin', '-']);

export async function ingestDocument(
  db: Kysely<StoreDatabase>,
  document: SourceDocument,
  options: IngestOptions = {},
): Promise<IngestOutcome> {
  const extract = options.extract ?? extractDocument;
  const hash = textHash(document.text);
  const replace = options.replace ?? true;
  // One read says whether the text is known and which id it would get; extraction, the slow part, runs outside the
  // lock with that id, and the transaction reads again under the lock in case another writer came between.
  const seen = await lookUp(db, document, hash, replace);
  if (seen.known !== null) return { kind: 'unchanged', id: seen.known };
  const own = ownDates(document, options.published);
  const extractAs = (id: string) => extract({ ...own, id }, {});
  const guess = await plan(db, document, seen);
  let extraction: DocumentExtraction;
  try {
    extraction = await extractAs(guess.id);
  } catch (e) {
    // A bug the text triggers in extraction costs this document, not the batch.
    return { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
  return db.transaction().execute(async (trx) => {
    await lockStore(trx);
    const now = await lookUp(trx, document, hash, replace);
    if (now.known !== null) return { kind: 'unchanged', id: now.known };
    const { id, replaces } = await plan(trx, document, now);
    if (id !== guess.id) extraction = await extractAs(id);
    extraction = { ...extraction, document: { ...extraction.document, id } };
    // A replaced predecessor steps aside first: only one current row may hold the id (a data-modifying CTE would run
    // after the insert and trip that index).
    if (replaces) {
      await trx.updateTable('documents').set({ superseded_by: hash }).where('hash', '=', replaces).execute();
    }
    // An older version's text is back: it becomes the newest version, so it leaves the history.
    if (now.oldVersion) await trx.deleteFrom('documents').where('hash', '=', hash).execute();
    await insertDocuments(trx, [storedRow(extraction, hash, document, own, options)]);
    return { kind: 'added', extraction, replaced: replaces };
  });
}

/** Stores rows (`storedRow`): the rows come and the generation moves in one statement. */
export async function insertDocuments(
  trx: Transaction<StoreDatabase>,
  rows: readonly ReturnType<typeof storedRow>[],
): Promise<void> {
  await trx
    .with('moved', (q) => q.updateTable('store_state').set({ generation: sql`generation + 1` }))
    .insertInto('documents')
    .values([...rows])
    .execute();
}

/** The row a document is stored as; `own` is the document with its own dates, `document` as the reader gave it. */
export function storedRow(
  extraction: DocumentExtraction,
  hash: string,
  document: SourceDocument,
  own: SourceDocument,
  options: IngestOptions,
) {
  return {
    ...documentRow(extraction, hash, document.id, { stated: own.published }),
    follow_up: options.followUp ? JSON.stringify({ hint: options.followUp.incident }) : null,
    extraction_epoch: sql<number>`(select extraction_epoch from store_state)`,
  };
}

interface Seen {
  /** The id of the current document with this text; a superseded version does not count (its text came back). */
  readonly known: string | null;
  /** An older, superseded version with this very text is stored. */
  readonly oldVersion: boolean;
  /** The current version from the same source under the same id, which a changed text replaces. */
  readonly previous: { readonly id: string; readonly hash: string } | null;
  /** Whether a current document already has the reader's id. */
  readonly idTaken: boolean;
}

/** Everything the ingest needs to know about the stored documents, in one indexed read. */
async function lookUp(db: Db, document: SourceDocument, hash: string, replace: boolean): Promise<Seen> {
  const versioned = replace && !UNVERSIONED_SOURCES.has(document.source);
  const rows = await db
    .selectFrom('documents')
    .select(['hash', 'id', 'source', 'base_id', 'superseded_by'])
    .where((eb) =>
      eb.or([
        eb('hash', '=', hash),
        eb.and([eb('superseded_by', 'is', null), eb('id', '=', document.id)]),
        ...(versioned
          ? [
              eb.and([
                eb('superseded_by', 'is', null),
                eb('source', '=', document.source),
                eb('base_id', '=', document.id),
              ]),
            ]
          : []),
      ]),
    )
    .execute();
  const current = rows.filter((r) => r.superseded_by === null);
  const previous = versioned
    ? current.find((r) => r.source === document.source && r.base_id === document.id)
    : undefined;
  return {
    known: current.find((r) => r.hash === hash)?.id ?? null,
    oldVersion: rows.some((r) => r.hash === hash && r.superseded_by !== null),
    previous: previous ? { id: previous.id, hash: previous.hash } : null,
    idTaken: current.some((r) => r.id === document.id),
  };
}

/** A changed text from the same source and id takes its predecessor's place; any other id collision gets `-2`, `-3` … like `analyze`. */
async function plan(
  db: Db,
  document: SourceDocument,
  seen: Seen,
): Promise<{ id: string; replaces: string | null }> {
  if (seen.previous) return { id: seen.previous.id, replaces: seen.previous.hash };
  if (!seen.idTaken) return { id: document.id, replaces: null };
  // Rare: only a colliding id pays for the scan of its `-n` siblings.
  const taken = await db
    .selectFrom('documents')
    .select('id')
    .where('superseded_by', 'is', null)
    .where('id', 'like', `${escapeLike(document.id)}-%`)
    .execute();
  const ids = new Set(taken.map((r) => r.id));
  let n = 2;
  while (ids.has(`${document.id}-${n}`)) n++;
  return { id: `${document.id}-${n}`, replaces: null };
}

/** `s` matched literally inside a LIKE pattern. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
