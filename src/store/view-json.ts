// The incident page's JSON made by the database in one statement: the stored bodies are already the API's shape
// (`json` columns keep their text), so they are joined as text and never parsed or serialised again in Node.
// One statement is one snapshot, and it says whether the view was fresh, so a stale view is refreshed first.
import { sql, type Kysely } from 'kysely';
import type { StoreDatabase } from './store-schema.js';

type Scoped = 'claims' | 'conflicts' | 'estimates' | 'timeline';

/** `[body,body,…]` of one derived table's rows for the incident, in view order. */
function list(table: Scoped) {
  return sql<string>`(select '[' || coalesce(string_agg(t.body::text, ',' order by t.position), '') || ']'
      from ${sql.table(table)} t where t.incident = i.id)`;
}

/** The incident's documents as SPEC records (the same keys, in the same order, as `documentRecord`). */
const DOCUMENTS = sql<string>`(select '[' || coalesce(string_agg(json_build_object(
      'id', d.id, 'source', d.source, 'title', d.title, 'outlet', d.outlet, 'published', d.published,
      'publishedInferred', d.published_inferred, 'url', d.url, 'chars', d.chars)::text, ',' order by d.seq), '') || ']'
    from documents d
    where d.superseded_by is null and d.id in (select json_array_elements_text(i.body -> 'documents')))`;

export async function viewJson(
  db: Kysely<StoreDatabase>,
  id: string,
  fresh: () => Promise<void>,
): Promise<string | null> {
  for (let attempt = 0; ; attempt++) {
    const { rows } = await sql<{ fresh: boolean; json: string | null }>`
      select (select generation = view_generation from store_state) as fresh,
        (select '{"incident":' || i.body::text || ',"documents":' || ${DOCUMENTS}
            || ',"claims":' || ${list('claims')} || ',"conflicts":' || ${list('conflicts')}
            || ',"estimates":' || ${list('estimates')} || ',"timeline":' || ${list('timeline')} || '}'
          from incidents i where i.id = ${id} order by i.position limit 1) as json`.execute(db);
    const row = rows[0];
    // Stale: the writer who made it so has not refreshed yet; do it, as every read does, then ask again.
    if (row && !row.fresh && attempt === 0) {
      await fresh();
      continue;
    }
    return row?.json ?? null;
  }
}
