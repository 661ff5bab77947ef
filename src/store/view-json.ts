// The incident page's JSON made by the database in one statement: the stored bodies are already the API's shape
// (`json` columns keep their text), so they are joined as text and never parsed or serialised again in Node.
// One statement is one snapshot, and it says whether the view was fresh, so a stale view is refreshed first.
import { sql, type Kysely } from 'kysely';
import type { StoreDatabase } from './store-schema.js';
import { summaries } from './view-queries.js';

type Scoped = 'claims' | 'conflicts' | 'estimates' | 'timeline';

/** `[body,body,…]` of one derived table's rows for the incident, in view order. */
function list(table: Scoped) {
  return sql<string>`(select '[' || coalesce(string_agg(t.body::text, ',' order by t.position), '') || ']'
      from ${sql.table(table)} t where t.incident = i.id)`;
}

export async function viewJson(
  db: Kysely<StoreDatabase>,
  id: string,
  fresh: () => Promise<void>,
): Promise<string | null> {
  for (let attempt = 0; ; attempt++) {
    const { rows } = await sql<{
      fresh: boolean;
      incident: string | null;
      rest: string | null;
      ids: unknown;
    }>`
      select (select generation = view_generation from store_state) as fresh, x.*
        from (select 1) one left join lateral (select i.body::text as incident, i.body -> 'documents' as ids,
            ',"claims":' || ${list('claims')} || ',"conflicts":' || ${list('conflicts')}
            || ',"estimates":' || ${list('estimates')} || ',"timeline":' || ${list('timeline')} || '}' as rest
          from incidents i where i.id = ${id} order by i.position limit 1) x on true`.execute(db);
    const row = rows[0];
    // Stale: the writer who made it so has not refreshed yet; do it, as every read does, then ask again.
    if (row && !row.fresh && attempt === 0) {
      await fresh();
      continue;
    }
    if (!row || row.incident === null || row.rest === null) return null;
    // The documents with their headlines, made as the object path makes them (a handful per incident).
    const ids = (typeof row.ids === 'string' ? JSON.parse(row.ids) : row.ids) as string[];
    const documents = JSON.stringify(await summaries(db, ids));
    return `{"incident":${row.incident},"documents":${documents}${row.rest}`;
  }
}
