// An undated recalled incident is compared with the reports published within five years of its own
// (`TOLD_WINDOW_DAYS`), not with every report of the store: reports years apart that recall one event meet through
// the reports between them. The store's key index must find the same pairs as `analyze`, whatever the order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { SourceDocument } from '../../src/model/document.js';
import type { StoreDatabase } from '../../src/store/store-schema.js';
import type { Store } from '../../src/store/store.js';
import { fixtureDocument } from './fixture-documents.js';
import { memoryStore } from './memory-store.js';
import { expectFixtureView } from './view-equality.js';

const recalling = (id: string, published: string, own: string) =>
  fixtureDocument({
    id,
    published,
    text: `Incident: ${own}.\nRecalled: Harrowdeep church massacre.\nPolice said 3 civilians were killed.\n`,
  });
const OLD = recalling('old', '2010-05-01', 'Alder bridge bombing');
const MID = recalling('mid', '2014-05-01', 'Birchmoor market raid');
const LATE = recalling('late', '2018-05-01', 'Cedarwick port siege');

const recalledPairs = async (db: Kysely<StoreDatabase>) =>
  (await db.selectFrom('link_scores').select(['a', 'b']).execute())
    .filter((r) => r.a.endsWith('r1') && r.b.endsWith('r1'))
    .map((r) => `${r.a.split(/\W/)[0]}~${r.b.split(/\W/)[0]}`)
    .sort();

const incidentOf = (view: Awaited<ReturnType<Store['analysis']>>, label: string) =>
  view.incidents.filter((i) => i.label === label).length;

describe('an undated recalled incident reaches the reports of five years around its own (in-memory PGlite)', () => {
  let db: Kysely<StoreDatabase>;
  let store: Store;
  beforeAll(async () => {
    ({ db, store } = await memoryStore());
  });
  afterAll(async () => {
    await store?.close();
  });

  const sameAsAnalyze = (docs: readonly SourceDocument[]) => expectFixtureView(store, docs);

  it('keeps two recalls eight years apart unscored, and joins them through a report between', async () => {
    await store.ingest([LATE]);
    await store.ingest([OLD]);
    expect(await recalledPairs(db)).toEqual([]);
    const apart = await sameAsAnalyze([LATE, OLD]);
    expect(incidentOf(apart, 'Harrowdeep church massacre')).toBe(2);
    await store.ingest([MID]);
    expect(await recalledPairs(db)).toEqual(['late~mid', 'mid~old'].sort());
    const joined = await sameAsAnalyze([LATE, OLD, MID]);
    expect(incidentOf(joined, 'Harrowdeep church massacre')).toBe(1);
  });

  it('parts them again when the report between goes', async () => {
    await store.delete(['mid']);
    const parted = await sameAsAnalyze([LATE, OLD]);
    expect(incidentOf(parted, 'Harrowdeep church massacre')).toBe(2);
  });
});
