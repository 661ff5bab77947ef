// The read cache over a real PGlite store: repeated reads are answered from memory, and an ingest is seen at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import { withReadCache } from '../../src/server/read-cache.js';
import type { Store } from '../../src/store/store.js';
import { openStore } from '../../src/store/open-store.js';
import { postgresTarget } from '../store/store-targets.js';
import { countedStore } from './counted-store.js';
import { sampleStore, type TempStore } from './sample-store.js';

let temp: TempStore;
let store: Store;
let counted: ReturnType<typeof countedStore>;

beforeAll(async () => {
  temp = await sampleStore();
  // Counts the reads that reach the real store.
  counted = countedStore(temp.store, ['incident', 'incidents']);
  store = withReadCache(counted.store);
});
afterAll(async () => temp?.dispose());

it('asks the store once for repeated and concurrent reads', async () => {
  const [first] = (await store.incidents()).items;
  if (!first) throw new Error('the sample store has no incident');
  const reads = counted.calls();
  const views = await Promise.all([
    store.incident(first.id),
    store.incident(first.id),
    store.incident(first.id),
  ]);
  await store.incident(first.id);
  expect(counted.calls()).toBe(reads + 1);
  expect(views[1]).toBe(views[0]);
});

it('forgets everything when documents are ingested', async () => {
  const before = (await store.incidents()).items[0];
  if (!before) throw new Error('the sample store has no incident');
  const text = 'Another report on the Jaffar Express: all 33 insurgents were killed, the military said.';
  await store.ingest([normalizeDocument({ text, id: 'cache-test' })]);
  const after = (await store.incidents()).items.find((i) => i.id === before.id);
  expect(after?.documentCount).toBe(before.documentCount + 1);
});

describe('versioned, where others write (PostgreSQL)', () => {
  const report = (id: string, killed: number) =>
    normalizeDocument({
      id,
      published: '2025-03-12',
      text: `Gunmen attacked a checkpoint in Quetta on Tuesday. Police said ${killed} people were killed in the attack.`,
    });

  it('answers repeated reads from memory and sees another writer’s ingest at once', async () => {
    const target = await postgresTarget();
    const writer = await openStore(target.target);
    const reader = await openStore(target.target);
    try {
      await writer.ingest([report('a', 3)]);
      const incidentReads = countedStore(reader, ['incidents']);
      const cached = withReadCache(incidentReads.store, { versioned: true });
      const first = await cached.incidents();
      await Promise.all([cached.incidents(), cached.incidents()]);
      expect(incidentReads.calls()).toBe(1);
      expect(first.items.reduce((n, i) => n + i.documentCount, 0)).toBe(1);

      // Another process (here: another handle) writes; the cache is not told, the version moves.
      await writer.ingest([report('b', 5)]);
      const after = await cached.incidents();
      expect(after.items.reduce((n, i) => n + i.documentCount, 0)).toBe(2);
      expect(incidentReads.calls()).toBe(2);
      // Stored but not yet refreshed: no version, so the read goes to the store (which refreshes first).
      await writer.ingest([report('c', 7)], { refresh: false });
      expect(await reader.viewVersion()).toBeNull();
      const stale = await cached.incidents();
      expect(stale.items.reduce((n, i) => n + i.documentCount, 0)).toBe(3);
      expect(await reader.viewVersion()).not.toBeNull();
    } finally {
      await reader.close();
      await writer.close();
      await target.dispose();
    }
  }, 60_000);
});
