// Full-text search over the stored view: an incident matches when its names, one of its claim sentences,
// or one of its documents match; a claim tied to no incident matches on its sentence or its document.
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Analysis } from '../model/analysis.js';
import type { StoreDatabase } from './store-schema.js';
import { searchQuery } from './search-query.js';

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

export interface SearchMatch {
  readonly incidents: ReadonlySet<string>;
  /** Positions (in the view's claim order) of matching claims that belong to no incident. */
  readonly looseClaims: ReadonlySet<number>;
}

const tsquery = (query: string): RawBuilder<unknown> =>
  sql`websearch_to_tsquery('english', ${searchQuery(query)})`;

function matchingDocuments(query: string) {
  return sql`(select id from documents where superseded_by is null and search @@ ${tsquery(query)})`;
}

export async function matchingIncidentIds(db: Db, query: string): Promise<Set<string>> {
  const q = tsquery(query);
  const docs = matchingDocuments(query);
  const { rows } = await sql<{ id: string }>`
    select id from incidents where search @@ ${q}
    union select incident from claims
      where incident is not null and (search @@ ${q} or document in ${docs})
    union select i.id from incidents i, json_array_elements_text(i.body -> 'documents') as d(doc)
      where d.doc in ${docs}`.execute(db);
  return new Set(rows.map((r) => r.id));
}

export async function searchView(db: Db, query: string): Promise<SearchMatch> {
  const { rows } = await sql<{ position: number }>`
    select position from claims
    where incident is null and (search @@ ${tsquery(query)} or document in ${matchingDocuments(query)})`.execute(
    db,
  );
  return {
    incidents: await matchingIncidentIds(db, query),
    looseClaims: new Set(rows.map((r) => r.position)),
  };
}

/** The part of an analysis about some incidents (and some incident-less claims), with the documents it cites. */
export function restrictAnalysis(analysis: Analysis, match: SearchMatch): Analysis {
  const keep = (incident: string | null) => incident !== null && match.incidents.has(incident);
  const incidents = analysis.incidents.filter((i) => keep(i.id));
  const claims = analysis.claims.filter((c, position) => keep(c.incident) || match.looseClaims.has(position));
  const cited = new Set([...incidents.flatMap((i) => i.documents), ...claims.map((c) => c.document)]);
  return {
    triangulate: 1,
    documents: analysis.documents.filter((d) => cited.has(d.id)),
    incidents,
    claims,
    conflicts: analysis.conflicts.filter((c) => keep(c.incident)),
    estimates: analysis.estimates.filter((e) => keep(e.incident)),
    timeline: analysis.timeline.filter((t) => keep(t.incident)),
  };
}
