// Remembers read results of a store this process alone writes to (an embedded PGlite directory is locked to one
// process). Any method that is not a known read counts as a write and forgets everything, so a method added to
// the Store contract later can make the cache slower, never stale. Not for PostgreSQL, where others may write.
import type { Store } from '../store/store.js';

const READS: ReadonlySet<string | symbol> = new Set([
  'analysis',
  'incidents',
  'incident',
  'incidentJson',
  'claims',
  'document',
  'staleness',
  'documents',
]);

type AnyMethod = (...args: unknown[]) => Promise<unknown>;

export function withReadCache(store: Store, maxEntries = 256): Store {
  const entries = new Map<string, Promise<unknown>>();
  // A read that overlaps a write may see the old data: it is kept only if no write began or ended meanwhile.
  let generation = 0;
  const cached = (key: string, read: () => Promise<unknown>): Promise<unknown> => {
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const started = generation;
    const pending = read();
    // Shared at once, so a burst of the same request asks the store once.
    entries.set(key, pending);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    const forget = () => {
      if (entries.get(key) === pending) entries.delete(key);
    };
    pending.then(() => generation !== started && forget(), forget);
    return pending;
  };
  const writing = async (write: () => Promise<unknown>): Promise<unknown> => {
    generation++;
    entries.clear();
    try {
      return await write();
    } finally {
      generation++;
      entries.clear();
    }
  };
  return new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop);
      if (typeof value !== 'function') return value;
      const method = (value as AnyMethod).bind(target);
      if (prop === 'close') return method;
      if (READS.has(prop)) {
        return (...args: unknown[]) =>
          cached(`${String(prop)}:${JSON.stringify(args)}`, () => method(...args));
      }
      return (...args: unknown[]) => writing(() => method(...args));
    },
  });
}
