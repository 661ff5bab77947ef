import { describe, expect, it } from 'vitest';
import { claimsOfClaimants } from '../../src/store/incremental-view.js';
import { openStore } from '../../src/store/open-store.js';
import { MARKET, TRAIN, TRAIN_UPDATE } from './fixture-documents.js';
import { postgresTarget, postgresTables } from './store-targets.js';

// A refresh of many new reports can rename tens of thousands of claimants; one statement carries at most 65,535
// parameters, and the statement that found their claims sent them all (a 100k-report bench refresh sent 79,857).
const MANY = 70_000;

describe('the claims of renamed claimants, on PostgreSQL', () => {
  it('are found however many claimants are asked about, each incident and report once', async () => {
    const target = await postgresTarget();
    const store = await openStore(target.target);
    const db = postgresTables(target.target);
    try {
      await store.ingest([TRAIN, TRAIN_UPDATE, MARKET]);
      await store.close();
      const claims = await db
        .selectFrom('claims')
        .select(['claimant_id', 'claimant_text', 'incident', 'document'])
        .execute();
      const ids = [...new Set(claims.flatMap((c) => (c.claimant_id === null ? [] : [c.claimant_id])))];
      const texts = [...new Set(claims.flatMap((c) => (c.claimant_text === null ? [] : [c.claimant_text])))];
      expect(ids.length).toBeGreaterThan(0);
      const key = (r: { incident: string | null; document: string }) => `${r.incident}|${r.document}`;
      const wanted = [
        ...new Set(
          claims.filter((c) => ids.includes(c.claimant_id!) || texts.includes(c.claimant_text!)).map(key),
        ),
      ].sort();
      const filler = Array.from({ length: MANY }, (_, i) => `nobody-${i}`);
      const found = await db
        .transaction()
        .execute((trx) => claimsOfClaimants(trx, [...filler, ...ids, ...ids], [...filler, ...texts]));
      expect(found.map(key).sort()).toEqual(wanted);
      expect(new Set(found.map(key)).size).toBe(found.length);
    } finally {
      await db.destroy();
      await target.dispose();
    }
  }, 60_000);
});
