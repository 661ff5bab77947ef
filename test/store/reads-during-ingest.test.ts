// Reads while an ingest runs serve the last good view, marked stale, instead of rebuilding it after every document
// the ingest commits (on PostgreSQL a read per second made a 200-report ingest about 8× slower). Both backends; on
// PostgreSQL also a second store, as `serve` beside an `ingest` process. Once the ingest ends, reads are fresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/model/document.js';
import { openStore } from '../../src/store/open-store.js';
import { INGEST_RUNNING } from '../../src/store/sql-store.js';
import type { Store } from '../../src/store/store.js';
import { MARKET, TRAIN, TRAIN_UPDATE } from './fixture-documents.js';
import { BACKENDS, type TestTarget } from './store-targets.js';
import { withNeutralIds } from './view-equality.js';

/** A stream of documents that stops after the first until `go` is called: an ingest caught in the middle. */
function pausedStream(documents: readonly SourceDocument[]): {
  readonly stream: AsyncIterable<SourceDocument>;
  readonly first: Promise<void>;
  readonly go: () => void;
} {
  let go = (): void => {};
  let firstIn = (): void => {};
  const resume = new Promise<void>((resolve) => (go = resolve));
  const first = new Promise<void>((resolve) => (firstIn = resolve));
  async function* stream(): AsyncGenerator<SourceDocument> {
    for (const [i, d] of documents.entries()) {
      if (i === 1) {
        firstIn();
        await resume;
      }
      yield d;
    }
  }
  return { stream: stream(), first, go };
}

const incidentNames = async (store: Store): Promise<string[]> =>
  (await store.incidents({})).items.map((i) => i.name ?? '').sort();

for (const backend of BACKENDS) {
  describe(`reads during an ingest (${backend.name})`, () => {
    let target: TestTarget;
    let store: Store;
    beforeAll(async () => {
      target = await backend.create();
      store = await openStore(target.target);
      await store.ingest([TRAIN]);
    }, 60_000);
    afterAll(async () => {
      await store.close();
      await target.dispose();
    });

    it('serves the view before the ingest, says so, and is fresh once it ends', async () => {
      const before = await incidentNames(store);
      expect(await store.staleness()).toBeNull();
      const { stream, first, go } = pausedStream([MARKET, TRAIN_UPDATE]);
      const ingest = store.ingest(stream);
      await first;
      // MARKET is committed (the store's generation moved) but the view is the one before the ingest.
      expect(await incidentNames(store)).toEqual(before);
      expect(await store.staleness()).toBe(INGEST_RUNNING);
      go();
      await ingest;
      expect(await store.staleness()).toBeNull();
      const after = await incidentNames(store);
      expect(after.length).toBeGreaterThan(before.length);
    }, 60_000);

    it('still refreshes on read when no ingest runs (negative case)', async () => {
      await store.ingest([{ ...MARKET, id: 'market-again', text: `${MARKET.text}\nThe market reopened.` }], {
        refresh: false,
      });
      expect(await store.viewVersion()).toBeNull();
      expect(await store.staleness()).toBeNull();
      expect(await store.viewVersion()).not.toBeNull();
    }, 60_000);
  });
}

for (const backend of BACKENDS) {
  describe(`a long ingest refreshes as it goes (${backend.name})`, () => {
    const targets: TestTarget[] = [];
    const stores: Store[] = [];
    const opened = async (): Promise<Store> => {
      const target = await backend.create();
      targets.push(target);
      const store = await openStore(target.target);
      stores.push(store);
      return store;
    };
    afterAll(async () => {
      for (const s of stores) await s.close();
      for (const t of targets) await t.dispose();
    });

    it('shows the first part while the rest is read, and ends as one refresh would', async () => {
      const store = await opened();
      await store.ingest([TRAIN]);
      const before = await incidentNames(store);
      const { stream, first, go } = pausedStream([MARKET, TRAIN_UPDATE]);
      const ingest = store.ingest(stream, { refreshEvery: 1 });
      await first;
      // MARKET was refreshed into the view before the next document was read (the ingest still runs).
      const during = await incidentNames(store);
      expect(during.length).toBe(before.length + 1);
      go();
      await ingest;
      // A store that took the same reports in one refresh holds the same view.
      const once = await opened();
      await once.ingest([TRAIN]);
      await once.ingest([MARKET, TRAIN_UPDATE]);
      expect(withNeutralIds(await store.analysis())).toBe(withNeutralIds(await once.analysis()));
    }, 120_000);
  });
}

describe('a second process reading while another ingests (postgres)', () => {
  let target: TestTarget;
  let writer: Store;
  let reader: Store;
  beforeAll(async () => {
    target = await BACKENDS.find((b) => b.name === 'postgres')!.create();
    writer = await openStore(target.target);
    reader = await openStore(target.target);
    await writer.ingest([TRAIN]);
  }, 60_000);
  afterAll(async () => {
    await reader.close();
    await writer.close();
    await target.dispose();
  });

  it('reads the last good view without rebuilding it, then the new one', async () => {
    const before = await incidentNames(reader);
    const { stream, first, go } = pausedStream([MARKET, TRAIN_UPDATE]);
    const ingest = writer.ingest(stream);
    await first;
    expect(await incidentNames(reader)).toEqual(before);
    expect(await reader.staleness()).toBe(INGEST_RUNNING);
    // The reader did not rebuild: the view is still behind the documents.
    expect(await reader.viewVersion()).toBeNull();
    go();
    await ingest;
    expect(await reader.staleness()).toBeNull();
    expect((await incidentNames(reader)).length).toBeGreaterThan(before.length);
  }, 60_000);
});
