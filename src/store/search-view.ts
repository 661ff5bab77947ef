// Full-text search over the stored view: an incident matches when its names or one of its claim sentences match;
// a claim tied to no incident matches on its own sentence. Whole documents are not searched: a background paragraph
// that mentions "coffins" must not pull in every incident the article recalls.
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Analysis } from '../model/analysis.js';
import type { StoreDatabase } from './store-schema.js';
import { searchQuery } from './search-query.js';

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

export interface SearchMatch {
  readonly incidents: ReadonlySet<string>;
  /** Matching claims that belong to no incident, as `document NUL claim id`. */
  readonly looseClaims: ReadonlySet<string>;
}

const tsquery = (query: string): RawBuilder<unknown> =>
  sql`websearch_to_tsquery('english', ${searchQuery(query)})`;

/** The ids of the incidents that match: by their names, or by one of their claims' sentences. */
const matchingIds = (query: string): RawBuilder<unknown> => {
  const q = tsquery(query);
  return sql`select id from incidents where search @@ ${q}
    union select incident from claims where incident is not null and search @@ ${q}`;
};

async function matchingIncidentIds(db: Db, query: string): Promise<Set<string>> {
  const { rows } = await sql<{ id: string }>`${matchingIds(query)}`.execute(db);
  return new Set(rows.map((r) => r.id));
}

/**
 * A condition on an incident id column: the incident matches the query, decided in the statement that reads it, so a
 * query matching any number of incidents is one parameter (a list of ids carried one per match, and one statement
 * carries at most 65,535).
 */
export function incidentMatches(column: string, query: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} in (${matchingIds(query)})`;
}

export async function searchView(db: Db, query: string): Promise<SearchMatch> {
  const { rows } = await sql<{ document: string; id: string }>`
    select document, id from claims
    where incident is null and search @@ ${tsquery(query)}`.execute(db);
  return {
    incidents: await matchingIncidentIds(db, query),
    looseClaims: new Set(rows.map((r) => `${r.document}\u0000${r.id}`)),
  };
}

/** The part of an analysis about some incidents (and some incident-less claims), with the documents it cites. */
export function restrictAnalysis(analysis: Analysis, match: SearchMatch): Analysis {
  const keep = (incident: string | null) => incident !== null && match.incidents.has(incident);
  const incidents = analysis.incidents.filter((i) => keep(i.id));
  const claims = analysis.claims.filter(
    (c) => keep(c.incident) || match.looseClaims.has(`${c.document}\u0000${c.id}`),
  );
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
