// PGlite runs in the server's thread: between two statements of a long refresh the event loop must turn, or
// /healthz and reads wait for the whole refresh. Counted with setImmediate ticks while statements run back to back.
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { afterAll, describe, expect, test } from 'vitest';
import { YieldBetweenStatements } from '../../src/store/yield-between-statements.js';

const pglite = new PGlite();
afterAll(() => pglite.close());

async function ticksDuring(db: Kysely<unknown>, statements: number): Promise<number> {
  let ticks = 0;
  let running = true;
  const tick = (): void => {
    ticks++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  for (let i = 0; i < statements; i++) await sql`select ${i}::int as n`.execute(db);
  running = false;
  return ticks;
}

describe('YieldBetweenStatements', () => {
  test('the event loop turns after every statement, and results are unchanged', async () => {
    const db = new Kysely<unknown>({
      dialect: new PGliteDialect(pglite),
      plugins: [new YieldBetweenStatements()],
    });
    expect((await sql<{ n: number }>`select 41 + 1 as n`.execute(db)).rows).toEqual([{ n: 42 }]);
    expect(await ticksDuring(db, 50)).toBeGreaterThanOrEqual(50);
  });

  test('without it, statements back to back give the loop almost no turn (the stall it removes)', async () => {
    const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) });
    expect(await ticksDuring(db, 50)).toBeLessThan(10);
  });
});
