// What decides some claimants' names and kinds (`ClaimantFacts`), read from the store's sums (`claimant_tally`)
// without reading every name an id was ever given: a claimant as common as `police` is given a new name by almost
// every city's reports (8,297 names at 10,000 reports on the scale bench's stream), and a refresh that read them all
// three times for one more report grew with the store. Only the names most counted can be preferred
// (`preferredName`), kinds are few, and canonical names are counted per name in the database.
import { sql, type Transaction } from 'kysely';
import { factsBuilder, type ClaimantFacts } from '../reconcile/unify-claimants.js';
import { fromDb } from './row-mapping.js';
import type { StoreDatabase } from './store-schema.js';

/** The facts of some claimant ids, as `claimantFacts` makes them from every note; ids without notes are left out. */
export async function storedClaimantFacts(
  trx: Transaction<StoreDatabase>,
  ids: readonly string[],
): Promise<Map<string, ClaimantFacts>> {
  const { facts, of } = factsBuilder();
  const list = [...new Set(ids)];
  if (list.length === 0) return facts;
  // Each id's names of its largest count: a backward scan of the index on (what, id, count) that stops after the
  // ties. Written as a filter on the largest count, the count was computed again for every name of the id (1,673
  // for the most common at 4,000 reports: 273 ms on PGlite; 0.3 ms now).
  const names = await sql<{ id: string; value: string; count: number; first: number }>`
    select t.id, t.value, t.count, t.first from unnest(${list}::text[]) i(id),
      lateral (select id, value, count, first from claimant_tally
        where what = 'n' and id = i.id order by count desc fetch first 1 rows with ties) t
    order by t.first`.execute(trx);
  for (const r of names.rows) of(r.id).names.push({ value: fromDb(r.value), count: Number(r.count) });
  const kinds = await sql<{ id: string; value: string; count: number }>`
    select id, value, count from claimant_tally
    where what = 'k' and value <> 'unknown' and id = any(${list}::text[])
    order by first`.execute(trx);
  for (const r of kinds.rows) of(r.id).kinds.push({ value: r.value, count: Number(r.count) });
  // Per canonical name (the value before its separator) the wordings it was given to, two at least, first seen first.
  const canonical = await sql<{ id: string; name: string; n: number }>`
    select id, split_part(value, chr(31), 1) as name, count(*)::integer as n from claimant_tally
    where what = 'c' and id = any(${list}::text[])
    group by 1, 2 having count(*) >= 2
    order by min(first)`.execute(trx);
  for (const r of canonical.rows) of(r.id).canonical.set(fromDb(r.name), Number(r.n));
  return facts;
}
