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
  const known = await storedId(db, hash);
  if (known !== null) return { kind: 'unchanged', id: known };
  const own = ownDates(document, options.published);
  const extractAs = (id: string) => extract({ ...own, id }, {});
  // Extraction is the slow part: do it outside the lock with the id the store will most likely choose.
  const replace = options.replace ?? true;
  const guess = await plan(db, document, replace);
  let extraction: DocumentExtraction;
  try {
    extraction = await extractAs(guess.id);
  } catch (e) {
    // A bug the text triggers in extraction costs this document, not the batch.
    return { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
  return db.transaction().execute(async (trx) => {
    await lockStore(trx);
    const raced = await storedId(trx, hash);
    if (raced !== null) return { kind: 'unchanged', id: raced };
    const { id, replaces } = await plan(trx, document, replace);
    if (id !== guess.id) extraction = await extractAs(id);
    extraction = { ...extraction, document: { ...extraction.document, id } };
    if (replaces) {
      await trx.updateTable('documents').set({ superseded_by: hash }).where('hash', '=', replaces).execute();
    }
    // An older version's text is back: it becomes the newest version, so it leaves the history.
    await trx.deleteFrom('documents').where('hash', '=', hash).execute();
    await trx
      .insertInto('documents')
      .values({
        ...documentRow(extraction, hash, document.id, { stated: own.published }),
        follow_up: options.followUp ? JSON.stringify({ hint: options.followUp.incident }) : null,
        extraction_epoch: sql<number>`(select extraction_epoch from store_state)`,
      })
      .execute();
    await trx
      .updateTable('store_state')
      .set({ generation: sql`generation + 1` })
      .execute();
    return { kind: 'added', extraction, replaced: replaces };
  });
}

/** The id of the current document with this text; a superseded version does not count (its text came back). */
async function storedId(db: Db, hash: string): Promise<string | null> {
  const row = await db
    .selectFrom('documents')
    .select('id')
    .where('hash', '=', hash)
    .where('superseded_by', 'is', null)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** A changed text from the same source and id takes its predecessor's place; any other id collision gets `-2`, `-3` … like `analyze`. */
async function plan(
  db: Db,
  document: SourceDocument,
  replace: boolean,
): Promise<{ id: string; replaces: string | null }> {
  if (replace && !UNVERSIONED_SOURCES.has(document.source)) {
    const previous = await db
      .selectFrom('documents')
      .select(['hash', 'id'])
      .where('source', '=', document.source)
      .where('base_id', '=', document.id)
      .where('superseded_by', 'is', null)
      .executeTakeFirst();
    if (previous) return { id: previous.id, replaces: previous.hash };
  }
  const free = !(await db
    .selectFrom('documents')
    .select('id')
    .where('id', '=', document.id)
    .where('superseded_by', 'is', null)
    .executeTakeFirst());
  if (free) return { id: document.id, replaces: null };
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
