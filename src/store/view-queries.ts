// Read queries over the stored view shared by the Store's methods: whole analyses, document records, pages.
import type { Kysely, Transaction } from 'kysely';
import type { Analysis, Conflict, Estimate, Incident, TimelineEntry } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import type { DocumentRecord } from '../model/document.js';
import { TriangulateError } from '../model/triangulate-error.js';
import type { Page } from './store.js';
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
] as const;
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const MAX_POSITION = 2 ** 31 - 1;

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

export async function records(trx: Db, ids: readonly string[]): Promise<DocumentRecord[]> {
  if (ids.length === 0) return [];
  const rows = await trx
    .selectFrom('documents')
    .select(RECORD_COLUMNS)
    .where('id', 'in', ids)
    .where('superseded_by', 'is', null)
    .orderBy('seq')
    .execute();
  return rows.map(documentRecord);
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

/** Cursors are the view position of the last item, base64url-encoded so callers treat them as opaque. */
export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === undefined || cursor === null || cursor === '') return -1;
  // Positions are PostgreSQL integers: anything longer or larger is not a cursor this store gave.
  const n = cursor.length > 16 ? NaN : Number(Buffer.from(cursor, 'base64url').toString());
  if (!Number.isInteger(n) || n < 0 || n > MAX_POSITION)
    throw new TriangulateError('bad_query', `cursor "${cursor.slice(0, 40)}" is not one this store gave`);
  return n;
}

export function page<R extends { position: number }, T>(
  rows: readonly R[],
  limit: number,
  map: (row: R) => T,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const next = rows.length > limit && last ? Buffer.from(String(last.position)).toString('base64url') : null;
  return { items: items.map(map), next };
}
