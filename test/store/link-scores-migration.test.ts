// A store made before the pair scores were kept (`link_scores`, migration 0011) has none: its settling test would
// link with no weak pair. The migration marks the link state stale, so the first refresh after opening is a full one
// that scores every pair again, and a report arriving later is linked as in a fresh store.
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemble, withOwnDates } from '../../src/analyze.js';
import { migrate } from '../../src/store/migrations.js';
import type { StoreDatabase } from '../../src/store/store-schema.js';
import type { Store } from '../../src/store/store.js';
import { fixtureExtract } from './fixture-extractor.js';
import { MARKET, TRAIN, TRAIN_UPDATE, fixtureDocument } from './fixture-documents.js';
import { memoryStore } from './memory-store.js';
import { withNeutralIds } from './view-equality.js';

const scoresOf = async (db: Kysely<StoreDatabase>) =>
  (await db.selectFrom('link_scores').selectAll().orderBy('a').orderBy('b').execute()).map(
    (r) => `${r.a} ${r.b} ${r.score}`,
  );

const MARKET_UPDATE = fixtureDocument({
  id: 'market-2',
  text: 'Incident: Quetta market bombing.\nThe toll of the market blast rose.\nPolice said 14 civilians were killed.\n',
});

describe('a store made before the pair scores were kept (in-memory PGlite)', () => {
  let db: Kysely<StoreDatabase>;
  let store: Store;
  beforeAll(async () => {
    ({ db, store } = await memoryStore());
    await store.ingest([TRAIN, TRAIN_UPDATE, MARKET]);
    await store.analysis();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('scores every pair again on the first refresh after the migration, and links new reports as a fresh store would', async () => {
    const scored = await scoresOf(db);
    expect(scored.length).toBeGreaterThan(0);
    // What the older release left: no table of scores, and no record of the migration that makes it (nor of later ones).
    await sql`drop table link_scores`.execute(db);
    await sql`delete from triangulate_migration where name >= '0011-link-scores'`.execute(db);
    await migrate(db as Kysely<unknown>);
    const state = await db.selectFrom('store_state').selectAll().executeTakeFirstOrThrow();
    expect(state.linked).toBe(false);
    expect(state.generation).not.toBe(state.view_generation);
    expect(await scoresOf(db)).toEqual([]);
    await store.analysis();
    expect(await scoresOf(db)).toEqual(scored);
    // A report of a stored event arrives: the incremental refresh links it with the scores made again.
    await store.ingest([MARKET_UPDATE]);
    const docs = [TRAIN, TRAIN_UPDATE, MARKET, MARKET_UPDATE];
    const want = assemble(withOwnDates(docs).map(fixtureExtract));
    const view = await store.analysis();
    expect(withNeutralIds({ ...view, documents: [] })).toBe(withNeutralIds({ ...want, documents: [] }));
    expect((await scoresOf(db)).length).toBeGreaterThan(scored.length);
  });

  it('links in full once after the clustering changed (0012), keeping the scores', async () => {
    await store.analysis();
    const scored = await scoresOf(db);
    // A store the release before the change linked: its incidents are not what the clustering makes now.
    await sql`delete from triangulate_migration where name >= '0012-mains-join'`.execute(db);
    await migrate(db as Kysely<unknown>);
    const state = await db.selectFrom('store_state').selectAll().executeTakeFirstOrThrow();
    expect(state.linked).toBe(false);
    expect(state.generation).not.toBe(state.view_generation);
    expect(await scoresOf(db)).toEqual(scored);
    await store.analysis();
    expect((await db.selectFrom('store_state').select('linked').executeTakeFirstOrThrow()).linked).toBe(true);
    expect(await scoresOf(db)).toEqual(scored);
  });

  it("keys the words of a name that tell the event's kind again (0015)", async () => {
    await store.analysis();
    const keysOf = async () =>
      (await db.selectFrom('link_keys').select('key').orderBy('key').execute()).map((r) => r.key);
    const keyed = await keysOf();
    // `Jaffar Express`: `express` is a facility, keyed `g:` (docs/linking.md, "Blocking keys").
    expect(keyed).toContain('g:exprs');
    // What the release before left: every word of a name keyed `n:`.
    await sql`update link_keys set key = 'n:' || substr(key, 3) where key like 'g:%'`.execute(db);
    await sql`delete from triangulate_migration where name >= '0015-key-reach'`.execute(db);
    await migrate(db as Kysely<unknown>);
    expect((await db.selectFrom('store_state').select('linked').executeTakeFirstOrThrow()).linked).toBe(
      false,
    );
    await store.analysis();
    expect(await keysOf()).toEqual(keyed);
  });
});
