// Remembers read results. For a store this process alone writes to (an embedded PGlite directory is locked to one
// process), any method that is not a known read counts as a write and forgets everything, so a method added to
// the Store contract later can make the cache slower, never stale. Where others may write (PostgreSQL: workers,
// other servers), `versioned` asks the store's view version (one indexed row) before each read and keeps only
// answers made at that version: a read costs one tiny query instead of assembling the answer again. Without
// `versioned`, the view's version is itself a read kept until the next write, so asking it costs nothing.
import type { Store } from '../store/store.js';
import { latestAnswer } from './latest-answer.js';

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

export interface ReadCacheOptions {
  readonly maxEntries?: number;
  /** Check `store.viewVersion()` before every read (others may write to the store). */
  readonly versioned?: boolean;
}

export function withReadCache(store: Store, options: ReadCacheOptions = {}): Store {
  const { maxEntries = 256, versioned = false } = options;
  const entries = new Map<string, Promise<unknown>>();
  // The version the entries were made at. Requests that arrive while a version query is out share the next one.
  let cachedAt: string | null = null;
  const version = latestAnswer(() => store.viewVersion());
  const versionedRead = async (key: string, read: () => Promise<unknown>): Promise<unknown> => {
    const now = await version();
    // Stale: the read itself refreshes the view first, and its answer is of no version yet.
    if (now === null) return read();
    if (now !== cachedAt) {
      entries.clear();
      cachedAt = now;
    }
    return cached(key, read);
  };
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
  // No version while the view is behind: the next read refreshes it, and the version after is asked again.
  const knownVersion = async (ask: AnyMethod): Promise<unknown> => {
    const now = await cached('viewVersion', ask);
    if (now === null) entries.delete('viewVersion');
    return now;
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
      if (prop === 'viewVersion') return versioned ? version : () => knownVersion(method);
      if (READS.has(prop)) {
        return (...args: unknown[]) => {
          const key = `${String(prop)}:${JSON.stringify(args)}`;
          return versioned ? versionedRead(key, () => method(...args)) : cached(key, () => method(...args));
        };
      }
      return (...args: unknown[]) => writing(() => method(...args));
    },
  });
}
