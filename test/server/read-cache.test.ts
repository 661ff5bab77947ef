// The read cache over a real PGlite store: repeated reads are answered from memory, and an ingest is seen at once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import { withReadCache } from '../../src/server/read-cache.js';
import type { Store } from '../../src/store/store.js';
import { sampleStore, type TempStore } from './sample-store.js';

let temp: TempStore;
let store: Store;
let reads = 0;

beforeAll(async () => {
  temp = await sampleStore();
  // Counts the reads that reach the real store.
  const counted = new Proxy(temp.store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (prop === 'incident' || prop === 'incidents') reads++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  store = withReadCache(counted);
});
afterAll(async () => temp?.dispose());

it('asks the store once for repeated and concurrent reads', async () => {
  const [first] = (await store.incidents()).items;
  if (!first) throw new Error('the sample store has no incident');
  reads = 0;
  const views = await Promise.all([
    store.incident(first.id),
    store.incident(first.id),
    store.incident(first.id),
  ]);
  await store.incident(first.id);
  expect(reads).toBe(1);
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
