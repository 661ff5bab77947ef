// The store's ways out: delete reports, check (and repair) the derived tables, and a failed refresh that never
// blocks reading the last good view. Delete runs on both backends; damage is made through an in-memory PGlite.
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemble, withOwnDates } from '../../src/analyze.js';
import type { SourceDocument } from '../../src/model/document.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { StoreDatabase } from '../../src/store/store-schema.js';
import type { Store } from '../../src/store/store.js';
import { createServer } from '../../src/server/create-server.js';
import { BACKENDS, useStore } from './store-targets.js';
import { fixtureExtract } from './fixture-extractor.js';
import { memoryStore } from './memory-store.js';
import { withNeutralIds } from './view-equality.js';
import { MARKET, TRAIN, TRAIN_UPDATE, fixtureDocument } from './fixture-documents.js';

const expected = (docs: readonly SourceDocument[]) => assemble(withOwnDates(docs).map(fixtureExtract));

describe.each(BACKENDS)('delete on $name', (backend) => {
  const { store } = useStore(backend, { extract: fixtureExtract });

  it('removes a document and re-reconciles what it touched; unknown ids are listed, nothing else changes', async () => {
    await store().ingest([TRAIN, MARKET, TRAIN_UPDATE]);
    const report = await store().delete(['market-1', 'no-such-doc']);
    expect(report).toEqual({ deleted: ['market-1'], missing: ['no-such-doc'] });
    expect(JSON.stringify(await store().analysis())).toBe(JSON.stringify(expected([TRAIN, TRAIN_UPDATE])));
    expect(await store().delete(['no-such-doc'])).toEqual({ deleted: [], missing: ['no-such-doc'] });
    // The deleted text can come back as a new document.
    expect((await store().ingest([MARKET])).added.map((d) => d.id)).toEqual(['market-1']);
  });

  it('checks a healthy store and finds nothing to repair', async () => {
    const report = await store().check();
    expect(report).toEqual({ documents: 3, damaged: 0, repaired: 0 });
    expect(await store().staleness()).toBeNull();
  });
});

const MARKET_FOLLOW_UP = fixtureDocument({
  id: 'market-2',
  text: 'Incident: Quetta market bombing.\nThe market reopened.\nPolice said 13 civilians were killed.\n',
});

describe('check and stale views (in-memory PGlite)', () => {
  let db: Kysely<StoreDatabase>;
  let store: Store;
  beforeAll(async () => {
    ({ db, store } = await memoryStore());
    await store.ingest([TRAIN, MARKET]);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('repairs a derived row changed behind the store', async () => {
    const good = JSON.stringify(await store.analysis());
    await sql`update claims set body = '{"forged": true}'
      where key = (select key from claims order by position limit 1)`.execute(db);
    const report = await store.check();
    expect(report.damaged).toBe(1);
    expect(report.repaired).toBe(1);
    expect(JSON.stringify(await store.analysis())).toBe(good);
  });

  it('serves the last good view when a refresh fails, and says it is stale', async () => {
    const good = JSON.stringify(await store.analysis());
    // A stored extraction no reconciliation can read: every refresh that reaches it (a report of the same
    // incident arrives) fails until check (or delete) repairs it.
    await sql`update documents set extraction = '{}' where id = 'market-1'`.execute(db);
    await store.ingest([MARKET_FOLLOW_UP]);
    // The report is stored (listed among the documents); the view is the last good one.
    const { documents, ...view } = await store.analysis();
    expect(documents.map((d) => d.id)).toContain('market-2');
    const { documents: before, ...goodView } = JSON.parse(good) as Analysis;
    expect(before.map((d) => d.id)).not.toContain('market-2');
    expect(view).toEqual(goodView);
    expect(await store.staleness()).toMatch(/the view could not be refreshed \(.+\); run triangulate check/);
    const app = await createServer({ store, webRoot: null });
    const res = await app.inject({ method: 'GET', url: '/api/claims' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-triangulate-stale']).toMatch(/run triangulate check/);
    // The way out: delete the report that breaks it.
    const del = await app.inject({ method: 'DELETE', url: '/api/documents/market-1' });
    expect(del.statusCode, del.body).toBe(200);
    expect(await store.staleness()).toBeNull();
    // The same view as analyze, but under a new id: the market bombing's id is retired with its only report, and a
    // retired id is never given again.
    const after = await store.analysis();
    expect(after.incidents.map((i) => i.id)).toContain('quetta-market-bombing-2');
    expect(withNeutralIds(after)).toBe(withNeutralIds(expected([TRAIN, MARKET_FOLLOW_UP])));
    const again = await app.inject({ method: 'DELETE', url: '/api/documents/market-1' });
    expect(again.statusCode).toBe(404);
    await app.close();
  });
});
