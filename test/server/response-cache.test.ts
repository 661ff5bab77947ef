// Answers kept as bytes by URL for the view version: repeated reads never reach the store, and a change made by
// another process (here: another store handle, as a worker would) is seen by the next read.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import { createServer } from '../../src/server/create-server.js';
import { latestAnswer } from '../../src/server/latest-answer.js';
import { withReadCache } from '../../src/server/read-cache.js';
import { acceptsGzip } from '../../src/server/response-cache.js';
import type { IncidentView } from '../../src/store/store.js';
import { openStore } from '../../src/store/open-store.js';
import { pgliteTarget, postgresTarget } from '../store/store-targets.js';
import { countedStore } from './counted-store.js';

const report = (id: string, killed: number) =>
  normalizeDocument({
    id,
    published: '2025-03-12',
    text: `Gunmen attacked a checkpoint in Quetta on Tuesday. Police said ${killed} people were killed in the attack.`,
  });

/** The ids of an incident answer's reports, sorted. */
const documentIds = (response: { json: <T>() => T }): string[] =>
  response
    .json<IncidentView>()
    .documents.map((d) => d.id)
    .sort();

describe('kept answers on PostgreSQL, where others write', () => {
  it('sends a kept incident without reading the store, and the next read after another writer’s report shows it', async () => {
    const target = await postgresTarget();
    const writer = await openStore(target.target);
    const reader = await openStore(target.target);
    try {
      await writer.ingest([report('a', 3), report('b', 4)]);
      const seen = countedStore(reader, ['incidentJson', 'incidents']);
      // As `serve` runs on PostgreSQL.
      const app = await createServer({
        store: withReadCache(seen.store, { versioned: true }),
        webRoot: null,
      });
      try {
        const list = (await app.inject('/api/incidents')).json<{ items: { id: string }[] }>();
        const id = list.items[0]?.id;
        if (id === undefined) throw new Error('no incident stored');
        const url = `/api/incidents/${encodeURIComponent(id)}`;
        const first = await app.inject(url);
        expect(first.statusCode).toBe(200);
        expect(documentIds(first)).toEqual(['a', 'b']);
        const reads = seen.calls();
        const again = await Promise.all([app.inject(url), app.inject(url), app.inject('/api/incidents')]);
        expect(again.map((r) => r.body)).toEqual([first.body, first.body, JSON.stringify(list)]);
        const zipped = await app.inject({ url, headers: { 'accept-encoding': 'gzip, br' } });
        expect(zipped.headers['content-encoding']).toBe('gzip');
        expect(gunzipSync(zipped.rawPayload).toString()).toBe(first.body);
        expect(seen.calls()).toBe(reads);

        // Another process adds a report of the same attack; nobody tells this server.
        await writer.ingest([report('c', 5)]);
        const after = await app.inject(url);
        expect(after.statusCode).toBe(200);
        expect(documentIds(after)).toEqual(['a', 'b', 'c']);
        expect(after.json<IncidentView>().claims.map((c) => c.value.text)).toContain('5');
        const listAfter = (await app.inject('/api/incidents')).json<{ items: { documentCount: number }[] }>();
        expect(listAfter.items[0]?.documentCount).toBe(3);
      } finally {
        await app.close();
      }
    } finally {
      await reader.close();
      await writer.close();
      await target.dispose();
    }
  }, 60_000);
});

describe('kept answers on an embedded store, which this process alone writes', () => {
  it('keeps the version in memory and forgets it when this process writes', async () => {
    const target = await pgliteTarget();
    const opened = await openStore(target.target);
    const versions = countedStore(opened, ['viewVersion']);
    const store = withReadCache(versions.store);
    const app = await createServer({ store, webRoot: null });
    try {
      await store.ingest([report('a', 3)]);
      const [before] = (await app.inject('/api/incidents')).json<{ items: { id: string }[] }>().items;
      if (before === undefined) throw new Error('no incident stored');
      const url = `/api/incidents/${encodeURIComponent(before.id)}`;
      await app.inject(url);
      const asked = versions.calls();
      await Promise.all([app.inject(url), app.inject(url)]);
      expect(versions.calls()).toBe(asked);
      // As POST /api/documents writes: through the same store, in this process.
      await store.ingest([report('b', 4)]);
      expect(documentIds(await app.inject(url))).toEqual(['a', 'b']);
    } finally {
      await app.close();
      await store.close();
      await target.dispose();
    }
  }, 60_000);
});

describe('gzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['gzip;q=0', false],
    ['identity', false],
    [undefined, false],
  ])('Accept-Encoding %s takes gzip: %s', (header, takes) => {
    expect(acceptsGzip(header)).toBe(takes);
  });
});

describe('latestAnswer', () => {
  it('answers a caller that arrives while the question is out from the next asking, shared', async () => {
    let version = 1;
    const pending: (() => void)[] = [];
    let asked = 0;
    const ask = latestAnswer(
      () =>
        new Promise<number>((resolve) => {
          asked++;
          // The database reads the version when the question arrives, not when it is answered.
          const seen = version;
          pending.push(() => resolve(seen));
        }),
    );
    const early = ask();
    version = 2; // a write ends after the first asking read the version
    const late = [ask(), ask()];
    pending.shift()?.();
    expect(await early).toBe(1);
    await new Promise((r) => setImmediate(r));
    pending.shift()?.();
    expect(await Promise.all(late)).toEqual([2, 2]);
    expect(asked).toBe(2);
  });
});
