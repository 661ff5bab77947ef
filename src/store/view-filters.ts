// Filters over the stored view shared by the claim and incident reads: a claimant by id or by name, and the
// incident filters of the web app (claimant, outcome, date range, country, recalled or not).
//
// A claimant matches a query when its id is the query, its name is the query (any case), its name carries the
// query as the abbreviation in parentheses ("Pakistan military (ISPR)" for ISPR), or the gazetteer lists the query
// as one of its aliases ("inter-services public relations"). Near-misses do not match: "IS" is not "(ISPR)".
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import claimants from '../lexicon/en/claimants.json' with { type: 'json' };

const ALIAS_IDS: ReadonlyMap<string, string> = new Map(
  claimants.sources.flatMap((s) => s.aliases.map((a): [string, string] => [a, s.id])),
);

/** Ids the gazetteer knows a name by, besides the name itself taken as an id. */
export function claimantIdsFor(query: string): string[] {
  const q = query.trim();
  const alias = ALIAS_IDS.get(q.toLowerCase().replace(/\s+/g, ' '));
  return alias && alias !== q ? [q, alias] : [q];
}

/** True for a claims row (aliased `alias`) whose claimant is the one `query` names. */
export function claimantMatch(alias: string, query: string): RawBuilder<SqlBool> {
  const q = query.trim();
  const name = sql`lower(${sql.ref(`${alias}.body`)} -> 'claimant' ->> 'name')`;
  return sql<SqlBool>`(${sql.ref(`${alias}.claimant_id`)} in (${sql.join(claimantIdsFor(q))})
    or ${name} = lower(${q})
    or strpos(${name}, lower(${`(${q})`})) > 0)`;
}

export interface IncidentFilter {
  /** Full-text search over incident names and claim sentences. */
  readonly query?: string;
  /** A claimant by id or by name: the incident has a claim of theirs. */
  readonly claimant?: string;
  /** The incident has a claim with this outcome. */
  readonly outcome?: string;
  /** The incident's date is on or after this day (YYYY-MM-DD); undated incidents drop out. */
  readonly from?: string;
  /** The incident's date is on or before this day. */
  readonly to?: string;
  /** ISO 3166 alpha-2 code or country name of the incident's place. */
  readonly country?: string;
  /** Only incidents a report is mainly about (recalled ones hidden). */
  readonly mainOnly?: boolean;
}

/** The conditions on an incidents row (aliased `i`) for a filter; the full-text query is handled apart. */
export function incidentConditions(filter: IncidentFilter): Expression<SqlBool>[] {
  const out: RawBuilder<SqlBool>[] = [];
  const body = sql.ref('i.body');
  if (filter.claimant?.trim()) {
    out.push(sql<SqlBool>`exists (select 1 from claims c where c.incident = i.id
      and ${claimantMatch('c', filter.claimant)})`);
  }
  if (filter.outcome) {
    out.push(sql<SqlBool>`exists (select 1 from claims c where c.incident = i.id
      and c.outcome = ${filter.outcome})`);
  }
  // Dates are YYYY, YYYY-MM or YYYY-MM-DD: compare the prefix the incident states, so "2025-03" is in March.
  if (filter.from) {
    out.push(sql<SqlBool>`(${body} ->> 'date') >= left(${filter.from}, length(${body} ->> 'date'))`);
  }
  if (filter.to) {
    out.push(sql<SqlBool>`(${body} ->> 'date') <= left(${filter.to}, length(${body} ->> 'date'))`);
  }
  if (filter.country?.trim()) {
    const c = filter.country.trim();
    out.push(sql<SqlBool>`(upper(${body} -> 'location' ->> 'countryCode') = upper(${c})
      or lower(${body} -> 'location' ->> 'country') = lower(${c}))`);
  }
  if (filter.mainOnly) out.push(sql<SqlBool>`(${body} ->> 'main') = 'true'`);
  return out;
}
