// A claimant's name and kind decided from what the store reads of its sums (`storedClaimantFacts`: the names of the
// largest count, the kinds, canonical names counted in the database) are those decided from every note
// (`unifiedClaimants`): random sums with ties in counts, in name lengths and in canonical wordings.
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unifiedClaimants, unifiedFrom, type ClaimantNote } from '../../src/reconcile/unify-claimants.js';
import { storedClaimantFacts } from '../../src/store/claimant-facts.js';
import { migrate } from '../../src/store/migrations.js';
import type { StoreDatabase } from '../../src/store/store-schema.js';

const IDS = ['police', 'pakistan-military', 'united-states-government', 'bla', 'x-only-kinds'];
const NAMES = [
  'police',
  'Police',
  'ISPR',
  'BLA',
  'Chicago police',
  'President Barack Obama',
  'Mr Guest',
  'army',
];
const KINDS = ['official', 'military', 'militant', 'unknown', 'media'];
const WORDINGS = ['ispr', 'inter services public relations', 'the army', 'military spokesman'];

const note = fc.oneof(
  fc.record({
    what: fc.constant<'n'>('n'),
    id: fc.constantFrom(...IDS.slice(0, 4)),
    value: fc.constantFrom(...NAMES),
    count: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    what: fc.constant<'k'>('k'),
    id: fc.constantFrom(...IDS),
    value: fc.constantFrom(...KINDS),
    count: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    what: fc.constant<'c'>('c'),
    id: fc.constantFrom(...IDS.slice(0, 4)),
    value: fc
      .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...WORDINGS))
      .map(([n, w]) => `${n}\u0000${w}`),
    count: fc.integer({ min: 1, max: 3 }),
  }),
);

/** Sums as a store keeps them: one row per (what, id, value), every `first` its own. */
function sums(drawn: readonly { what: ClaimantNote['what']; id: string; value: string; count: number }[]) {
  const rows = new Map<string, ClaimantNote>();
  drawn.forEach((n, i) => {
    const key = `${n.what}\u0000${n.id}\u0000${n.value}`;
    const seen = rows.get(key);
    rows.set(key, seen ? { ...seen, count: seen.count + n.count } : { ...n, first: 1_000_000 + i * 7 });
  });
  return [...rows.values()];
}

describe('claimant facts read from the stored sums (in-memory PGlite)', () => {
  let db: Kysely<StoreDatabase>;
  beforeAll(async () => {
    db = new Kysely<StoreDatabase>({ dialect: new PGliteDialect(new PGlite()) });
    await migrate(db as Kysely<unknown>);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('decide every claimant as all its notes do', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(note, { minLength: 1, maxLength: 40 }), async (drawn) => {
        const notes = sums(drawn);
        const stored = await db.transaction().execute(async (trx) => {
          await sql`delete from claimant_tally`.execute(trx);
          await trx
            .insertInto('claimant_tally')
            .values(notes.map((n) => ({ ...n, value: n.value.replaceAll('\u0000', '\u001f') })))
            .execute();
          return unifiedFrom(await storedClaimantFacts(trx, IDS));
        });
        expect([...stored].sort()).toEqual([...unifiedClaimants(notes)].sort());
      }),
      { numRuns: 150 },
    );
  });

  it('reads the names of the largest count only', async () => {
    const notes: ClaimantNote[] = [
      { what: 'n', id: 'police', value: 'Chicago police', count: 1, first: 1 },
      { what: 'n', id: 'police', value: 'Huntsville police', count: 1, first: 2 },
      { what: 'n', id: 'police', value: 'police', count: 3, first: 3 },
      { what: 'n', id: 'police', value: 'Police', count: 3, first: 4 },
    ];
    const facts = await db.transaction().execute(async (trx) => {
      await sql`delete from claimant_tally`.execute(trx);
      await trx.insertInto('claimant_tally').values(notes).execute();
      return storedClaimantFacts(trx, ['police', 'nobody']);
    });
    expect(facts.get('police')?.names.map((n) => n.value)).toEqual(['police', 'Police']);
    expect(facts.has('nobody')).toBe(false);
    expect(unifiedFrom(facts).get('police')?.name).toBe('police');
  });
});
