// Read queries over the stored view shared by the Store's methods: whole analyses, document records, pages.
import { sql, type Kysely, type Transaction } from 'kysely';
import { leadHeadline } from '../ingest/lead-headline.js';
import type { Analysis, Conflict, Estimate, Incident, TimelineEntry } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import { TriangulateError } from '../model/triangulate-error.js';
import type { DocumentSummary, Page } from './store.js';
import { documentRecord, parseBody } from './row-mapping.js';
import type { StoreDatabase } from './store-schema.js';

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

export const RECORD_COLUMNS = [
  'id',
  'source',
  'title',
  'outlet',
  'published',
  'published_inferred',
  'url',
  'chars',
  // A record needs the extraction's assessment alone: the database cuts it out, so a page of documents does not
  // carry (and parse) every claim of every report.
  sql<string>`json_build_object('assessment', extraction -> 'assessment')`.as('extraction'),
] as const;
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const MAX_CURSOR = 4096;

export async function wholeAnalysis(trx: Db): Promise<Analysis> {
  const all = <T>(table: 'incidents' | 'claims' | 'conflicts' | 'estimates' | 'timeline') =>
    bodies<T>(trx.selectFrom(table).select(['body', 'position']).orderBy('position'));
  const documents = await trx
    .selectFrom('documents')
    .select(RECORD_COLUMNS)
    .where('superseded_by', 'is', null)
    .orderBy('seq')
    .execute();
  return {
    triangulate: 1,
    documents: documents.map(documentRecord),
    incidents: await all<Incident>('incidents'),
    claims: await all<Claim>('claims'),
    conflicts: await all<Conflict>('conflicts'),
    estimates: await all<Estimate>('estimates'),
    timeline: await all<TimelineEntry>('timeline'),
  };
}

/** Records with a headline each, for pages that list documents (the lead is cut in SQL: texts can be long). */
export async function summaries(trx: Db, ids: readonly string[]): Promise<DocumentSummary[]> {
  if (ids.length === 0) return [];
  const rows = await trx
    .selectFrom('documents')
    .select([...RECORD_COLUMNS, sql<string>`left(text, 2000)`.as('lead')])
    .where('id', 'in', ids)
    .where('superseded_by', 'is', null)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ ...documentRecord(r), headline: leadHeadline(r.title, r.lead) }));
}

export async function bodies<T>(query: { execute(): Promise<{ body: unknown }[]> }): Promise<T[]> {
  return (await query.execute()).map((r) => parseBody<T>(r.body));
}

export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1)
    throw new TriangulateError('bad_query', `limit ${limit} is not a positive integer`);
  return Math.min(limit, MAX_LIMIT);
}

/**
 * Keyset cursors: the sort key of the last item, as JSON in base64url so callers treat it as opaque. A page after
 * it starts strictly after that key, so rows added or removed elsewhere never shift a page (an offset would).
 */
export function decodeCursor<K extends readonly (string | number)[]>(
  cursor: string | null | undefined,
  shape: readonly ('string' | 'number')[],
): K | null {
  if (cursor === undefined || cursor === null || cursor === '') return null;
  let key: unknown = null;
  // Keys are short (ids are hashed when long): anything much longer is not a cursor this store gave.
  if (cursor.length <= MAX_CURSOR) {
    try {
      key = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    } catch {
      key = null;
    }
  }
  const fits =
    Array.isArray(key) &&
    key.length === shape.length &&
    key.every(
      (k, i) => typeof k === shape[i] && (typeof k !== 'number' || (Number.isSafeInteger(k) && k >= 0)),
    );
  if (!fits)
    throw new TriangulateError('bad_query', `cursor "${cursor.slice(0, 40)}" is not one this store gave`);
  return key as unknown as K;
}

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function page<R, T>(
  rows: readonly R[],
  limit: number,
  map: (row: R) => T,
  keyOf: (row: R) => readonly (string | number)[],
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const next = rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null;
  return { items: items.map(map), next };
}
