// The one place where snake_case rows meet camelCase domain types, both ways.
import { createHash } from 'node:crypto';
import type { Analysis } from '../model/analysis.js';
import type { DocumentRecord, SourceDocument } from '../model/document.js';
import type { DocumentAssessment, DocumentExtraction } from '../model/extraction.js';
import type { Selectable } from 'kysely';
import { claimantTextKey } from '../reconcile/unify-claimants.js';
import { numberKey, timelineKey, type TimelinePlace } from '../reconcile/sort-keys.js';
import type {
  ClaimsTable,
  DerivedTable,
  DocumentsTable,
  IncidentScopedTable,
  IncidentsTable,
} from './store-schema.js';

/** Text as the store keeps it: PostgreSQL text holds no NUL, so member keys and notes keep it as the unit separator. */
export const toDb = (s: string) => s.replaceAll('\u0000', '\u001f');
export const fromDb = (s: string) => s.replaceAll('\u001f', '\u0000');

export type ReconciledView = Pick<Analysis, 'incidents' | 'claims' | 'conflicts' | 'estimates' | 'timeline'>;

type Row<T> = Omit<T, 'search' | 'date' | 'place'>;
export type DerivedRow = Row<IncidentsTable> | Row<ClaimsTable> | Row<IncidentScopedTable>;
export type DerivedRows = { readonly [T in DerivedTable]: readonly DerivedRow[] };

/** The columns a document row is read with (everything but the tsvector). */
export type DocumentRow = Omit<Selectable<DocumentsTable>, 'search'>;

type RecordColumns =
  'id' | 'source' | 'title' | 'outlet' | 'published' | 'published_inferred' | 'url' | 'chars' | 'extraction';

export function documentRecord(row: Pick<DocumentRow, RecordColumns>): DocumentRecord {
  // The language and the report-level decision live in the stored extraction (absent in older stores).
  const stored = (typeof row.extraction === 'string' ? JSON.parse(row.extraction) : row.extraction) as {
    assessment?: DocumentAssessment;
  };
  const a = stored.assessment;
  return {
    id: row.id,
    source: row.source,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    publishedInferred: row.published_inferred,
    url: row.url,
    chars: row.chars,
    ...(a ? { language: a.language, about: a.about } : {}),
  };
}

export function sourceDocument(row: DocumentRow): SourceDocument {
  return {
    id: row.id,
    source: row.source,
    title: row.title,
    url: row.url,
    outlet: row.outlet,
    published: row.published,
    publishedInferred: row.published_inferred,
    text: row.text,
  };
}

/** A stored extraction back into what `reconcile` takes; the row's id wins (it may carry a `-2` suffix). */
export function documentExtraction(row: DocumentRow): DocumentExtraction {
  const parsed = (typeof row.extraction === 'string' ? JSON.parse(row.extraction) : row.extraction) as Omit<
    DocumentExtraction,
    'document'
  >;
  const document = sourceDocument(row);
  // Everything the extraction held comes back (its assessment too: linking reads it), not a list of known fields.
  return {
    ...parsed,
    document,
    claims: parsed.claims.map((c) => (c.document === document.id ? c : { ...c, document: document.id })),
  };
}

/**
 * The document as its re-extraction starts from it: with the date it states itself, and none where it states
 * none (stores written before dates stopped being borrowed hold a batch date there).
 */
export function ownDatedDocument(row: DocumentRow): SourceDocument {
  return row.stated_published === null
    ? { ...sourceDocument(row), published: null, publishedInferred: false }
    : sourceDocument(row);
}

/** `baseId` is the id the reader gave; the extraction's document carries the id the store chose. */
export function documentRow(
  extraction: DocumentExtraction,
  hash: string,
  baseId: string,
  dates: { readonly stated: string | null },
): Omit<DocumentRow, 'seq' | 'ingested_at' | 'superseded_by' | 'extraction_epoch' | 'follow_up'> {
  const { document, ...rest } = extraction;
  return {
    hash,
    stated_published: dates.stated,
    // Kept for stores written when undated documents borrowed a batch date: non-null marks such a row.
    extracted_with: null,
    id: document.id,
    base_id: baseId,
    source: document.source,
    title: document.title,
    url: document.url,
    outlet: document.outlet,
    published: document.published,
    published_inferred: document.publishedInferred,
    chars: document.text.length,
    text: document.text,
    extraction: JSON.stringify(rest),
  };
}

/**
 * Where each row of a view stands, parallel to its arrays (src/reconcile/reconcile.ts `ViewOrder`, with incident
 * keys by position, so they survive the store's id changes).
 */
export interface RowOrder {
  readonly incidents: readonly string[];
  readonly claims: readonly number[];
  readonly timeline: readonly TimelinePlace[];
}

/**
 * The reconciled view as rows of the five derived tables, each with a unique key, a position made from the row alone
 * (so a refresh that rewrites some incidents leaves the others' rows where they were) and a fingerprint. Read in
 * position order, the rows give back the view's arrays in their order.
 */
export function derivedRows(view: ReconciledView, order: RowOrder): DerivedRows {
  const incidentKey = new Map(view.incidents.map((i, n) => [i.id, order.incidents[n]!]));
  const within = <T extends { incident: string }>(items: readonly T[]) => {
    const seen = new Map<string, number>();
    return items.map((item) => {
      const n = seen.get(item.incident) ?? 0;
      seen.set(item.incident, n + 1);
      return `${incidentKey.get(item.incident) ?? ''}${numberKey(n)}`;
    });
  };
  const conflictAt = within(view.conflicts);
  const estimateAt = within(view.estimates);
  return {
    incidents: keyed(
      view.incidents,
      (_, n) => order.incidents[n]!,
      (i) => i.id,
      (i) => ({
        id: i.id,
        search_text: [i.label, i.place ?? '', ...i.aliases].join(' '),
      }),
    ),
    claims: keyed(
      view.claims,
      (_, n) => numberKey(order.claims[n]!),
      (c) => `${c.document}|${c.id}`,
      (c) => ({
        id: c.id,
        document: c.document,
        incident: c.incident,
        outcome: c.outcome,
        group_name: c.group,
        claimant_id: c.claimant.id,
        claimant_kind: c.claimant.kind,
        claimant_text: claimantTextKey(c),
        sentence: c.evidence.text,
      }),
    ),
    conflicts: keyed(
      view.conflicts,
      (_, n) => conflictAt[n]!,
      (c) => c.id,
      (c) => ({ incident: c.incident }),
    ),
    estimates: keyed(
      view.estimates,
      (_, n) => estimateAt[n]!,
      (e) => `${e.incident}|${e.outcome}|${e.group}`,
      (e) => ({ incident: e.incident }),
    ),
    timeline: keyed(
      view.timeline,
      (_, n) => timelineKey(order.timeline[n]!),
      (t) => `${t.incident}|${t.date ?? ''}|${t.claimant.id}|${t.claims.join(',')}`,
      (t) => ({ incident: t.incident }),
    ),
  };
}

function keyed<T, C extends object>(
  items: readonly T[],
  positionOf: (item: T, n: number) => string,
  keyOf: (item: T) => string,
  columns: (item: T) => C,
) {
  const seen = new Map<string, number>();
  return items.map((item, n) => {
    const base = keyOf(item);
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    const body = JSON.stringify(item);
    const position = positionOf(item, n);
    return {
      key: boundedKey(k === 1 ? base : `${base}#${k}`),
      position,
      fingerprint: fingerprint(position, body),
      body,
      ...columns(item),
    };
  });
}

export function fingerprint(position: string, body: string): string {
  return createHash('sha1').update(`${position}\n${body}`).digest('base64');
}

/** Longest key kept verbatim; btree index rows stop at 2,704 bytes, and a key is at most 4 bytes a character. */
export const MAX_KEY_CHARS = 200;

/**
 * A composite key (a timeline entry lists every claim id of one statement) grows with its input; past the bound it
 * keeps a readable prefix and a hash of the whole, so no store can be made unwritable by a long statement.
 */
export function boundedKey(key: string): string {
  if (key.length <= MAX_KEY_CHARS) return key;
  const digest = createHash('sha256').update(key).digest('base64url');
  return `${key.slice(0, MAX_KEY_CHARS - digest.length - 1)}~${digest}`;
}

/** A `json` column comes back parsed from PGlite and from pg alike; accept text too, to be safe. */
export function parseBody<T>(body: unknown): T {
  return (typeof body === 'string' ? JSON.parse(body) : body) as T;
}
