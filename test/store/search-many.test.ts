import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { MARKET, TRAIN, TRAIN_UPDATE } from './fixture-documents.js';
import { postgresTarget, postgresTables } from './store-targets.js';

// The incident list with a search query sent the ids of every matching incident as parameters of the statement
// that reads the page; one statement carries at most 65,535, so a query matching more incidents failed.
const MANY = 70_000;

describe('the incident list searched, on PostgreSQL', () => {
  it('pages through more matching incidents than one statement has parameters, and only those', async () => {
    const target = await postgresTarget();
    const store = await openStore(target.target);
    const db = postgresTables(target.target);
    try {
      await store.ingest([TRAIN, TRAIN_UPDATE, MARKET]);
      const market = await store.incidents({ query: 'bomb' });
      expect(market.items.map((i) => i.label)).toEqual(['Quetta bombing']);
      // Copies of the market incident under new ids, dated so they come before it in the list's order.
      await sql`insert into incidents (key, position, fingerprint, body, id, search_text)
        select 'copy-' || n, position, fingerprint,
               jsonb_set(jsonb_set(body::jsonb, '{date}', to_jsonb('3000-01-01'::text)), '{id}', to_jsonb('copy-' || n))::json,
               'copy-' || n, search_text
        from incidents, generate_series(1, ${MANY}) as n where id = ${market.items[0]!.id}`.execute(db);
      const first = await store.incidents({ query: 'bomb', limit: 3 });
      expect(first.items).toHaveLength(3);
      expect(first.items.every((i) => i.label === 'Quetta bombing' && i.id.startsWith('copy-'))).toBe(true);
      expect(first.next).not.toBeNull();
      const second = await store.incidents({ query: 'bomb', limit: 3, cursor: first.next! });
      expect(second.items).toHaveLength(3);
      expect(second.items.map((i) => i.id)).not.toEqual(first.items.map((i) => i.id));
      // The train's incident matches nothing of the query and stays out; a query matching nothing is an empty page.
      const page = await store.incidents({ query: 'hijacked express', limit: 10 });
      expect(page.items.map((i) => i.label)).toEqual(['Jaffar Express hijacking']);
      expect(await store.incidents({ query: 'zeppelin' })).toEqual({ items: [], next: null });
    } finally {
      await store.close();
      await db.destroy();
      await target.dispose();
    }
  }, 120_000);
});
