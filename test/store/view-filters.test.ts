// Naming a claimant: by id, by name in any case, by the abbreviation its name carries in parentheses, or by an
// alias the gazetteer lists; never by part of a name or of an abbreviation.
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { claimantIdsFor, claimantMatch } from '../../src/store/view-filters.js';

interface Db {
  claims: { claimant_id: string; body: string };
}
let db: Kysely<Db>;

beforeAll(async () => {
  db = new Kysely<Db>({ dialect: new PGliteDialect(await PGlite.create()) });
  await db.schema.createTable('claims').addColumn('claimant_id', 'text').addColumn('body', 'json').execute();
  const rows = [
    ['nwfp-police', 'Frontier Constabulary (FC)'],
    ['pakistan-military', 'Pakistan military (ISPR)'],
    ['red-crescent', 'Red Crescent'],
    ['isis-k', 'Islamic State Khorasan (ISIS-K)'],
  ];
  await db
    .insertInto('claims')
    .values(rows.map(([id, name]) => ({ claimant_id: id, body: JSON.stringify({ claimant: { id, name } }) })))
    .execute();
});
afterAll(async () => {
  await db?.destroy();
});

async function named(query: string): Promise<string[]> {
  const rows = await db
    .selectFrom('claims')
    .select('claimant_id')
    .where(claimantMatch('claims', query))
    .orderBy('claimant_id')
    .execute();
  return rows.map((r) => r.claimant_id);
}

it('finds a claimant by id, full name, parenthesised abbreviation or gazetteer alias', async () => {
  expect(await named('red-crescent')).toEqual(['red-crescent']);
  expect(await named('red crescent')).toEqual(['red-crescent']);
  expect(await named('FC')).toEqual(['nwfp-police']);
  expect(await named('isis-k')).toEqual(['isis-k']);
  expect(await named(' ISPR ')).toEqual(['pakistan-military']);
  expect(await named('the inter-services public relations')).toEqual(['pakistan-military']);
});

it('does not take part of a name or an abbreviation for the claimant', async () => {
  expect(await named('IS')).toEqual([]);
  expect(await named('ISIS')).toEqual([]);
  expect(await named('Pakistan')).toEqual([]);
  expect(await named('Crescent')).toEqual([]);
  expect(await named('(FC)')).toEqual([]);
  expect(claimantIdsFor('unknown body')).toEqual(['unknown body']);
});
