// Remembers read results of a store this process alone writes to (an embedded PGlite directory is locked to one
// process), and forgets them all on every ingest. Not for PostgreSQL, where other processes may write.
import type { Store } from '../store/store.js';

type Read = 'analysis' | 'incidents' | 'incident' | 'claims' | 'document';

export function withReadCache(store: Store, maxEntries = 256): Store {
  const entries = new Map<string, Promise<unknown>>();
  // A read that overlaps an ingest may see the old data: it is kept only if no ingest began or ended meanwhile.
  let generation = 0;
  const cached = <T>(kind: Read, args: unknown, read: () => Promise<T>): Promise<T> => {
    const key = `${kind}:${JSON.stringify(args ?? null)}`;
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return hit as Promise<T>;
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
  return {
    async ingest(documents, options) {
      generation++;
      entries.clear();
      try {
        return await store.ingest(documents, options);
      } finally {
        generation++;
        entries.clear();
      }
    },
    analysis: (filter) => cached('analysis', filter, () => store.analysis(filter)),
    incidents: (options) => cached('incidents', options, () => store.incidents(options)),
    incident: (id) => cached('incident', id, () => store.incident(id)),
    claims: (filter) => cached('claims', filter, () => store.claims(filter)),
    document: (id) => cached('document', id, () => store.document(id)),
    close: () => store.close(),
  };
}
