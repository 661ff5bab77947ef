// Store benchmark (`npm run bench`, or `node dist/bench/bench-store.js`): the GVA dev articles ingested into
// PGlite and into PostgreSQL — documents per second, size on disk, one-document increments, and read latency.
// The articles are read from the shared eval folder at run time, never copied into the repository.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import type { SourceDocument } from '../model/document.js';
import { normalizeDocument } from '../ingest/normalize-document.js';
import { extractDocument } from '../extract/extract-document.js';
import { openStore } from '../store/open-store.js';

export const GVA_DEV_ARTICLES = '/work/shared/eval/external/semeval2018-task5-gva/incidents-dev.jsonl';
export const ADMIN_URL = process.env.TRIANGULATE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Held back from the batch and added one at a time afterwards, as the API's POST does. */
const INCREMENTS = 10;

export interface StoreBenchResult {
  readonly backend: 'pglite' | 'postgres';
  readonly documents: number;
  readonly batchSeconds: number;
  readonly documentsPerSecond: number;
  readonly reingestDocumentsPerSecond: number;
  /** Mean time to add one more document to the full store, its re-reconciliation included. */
  readonly msPerIncrement: number;
  readonly bytesOnDisk: number;
  readonly incidents: number;
  readonly claims: number;
  readonly incidentViewMs: { readonly median: number; readonly p95: number; readonly claims: number };
  readonly fullExportMs: number;
}

export interface StoreBench {
  readonly articles: number;
  /** Extraction alone over the same articles, to tell the store's cost from the pipeline's. */
  readonly extractionDocumentsPerSecond: number;
  readonly results: readonly (StoreBenchResult | { readonly backend: string; readonly error: string })[];
}

export async function loadArticles(path = GVA_DEV_ARTICLES): Promise<SourceDocument[]> {
  const seen = new Set<string>();
  const docs: SourceDocument[] = [];
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (line.trim() === '') continue;
    const incident = JSON.parse(line) as {
      documents?: { doc_id: string; title?: string; dct?: string; url?: string; text: string }[];
    };
    for (const d of incident.documents ?? []) {
      // Duplicates across incidents are one article; empty texts would be refused by any reader.
      if (seen.has(d.doc_id) || d.text.trim() === '') continue;
      seen.add(d.doc_id);
      docs.push(
        normalizeDocument({
          id: d.doc_id,
          title: d.title,
          url: d.url,
          published: d.dct,
          text: d.text,
          source: d.url ?? d.doc_id,
        }),
      );
    }
  }
  return docs;
}

export async function benchStore(
  options: { readonly path?: string; readonly limit?: number } = {},
): Promise<StoreBench> {
  const docs = (await loadArticles(options.path)).slice(0, options.limit ?? Infinity);
  const t0 = performance.now();
  for (const d of docs) extractDocument(d);
  const extractionDocumentsPerSecond = docs.length / ((performance.now() - t0) / 1000);
  const results = [];
  for (const backend of ['pglite', 'postgres'] as const) {
    try {
      results.push(await benchBackend(backend, docs));
    } catch (e) {
      results.push({ backend, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return {
    articles: docs.length,
    extractionDocumentsPerSecond: round(extractionDocumentsPerSecond),
    results,
  };
}

async function benchBackend(
  backend: 'pglite' | 'postgres',
  docs: readonly SourceDocument[],
): Promise<StoreBenchResult> {
  const place = backend === 'pglite' ? await pgliteDir() : await postgresDatabase();
  try {
    const store = await openStore(place.target);
    try {
      const batch = docs.slice(0, docs.length - INCREMENTS);
      let start = performance.now();
      await store.ingest(batch);
      const batchSeconds = (performance.now() - start) / 1000;
      start = performance.now();
      await store.ingest(batch);
      const reingestSeconds = (performance.now() - start) / 1000;
      start = performance.now();
      for (const d of docs.slice(batch.length)) await store.ingest([d]);
      const msPerIncrement = (performance.now() - start) / INCREMENTS;
      start = performance.now();
      const all = await store.analysis();
      const fullExportMs = performance.now() - start;
      const busiest = [...all.incidents].sort(
        (a, b) => count(all.claims, b.id) - count(all.claims, a.id) || a.id.localeCompare(b.id),
      )[0];
      const times: number[] = [];
      for (let i = 0; busiest && i < 50; i++) {
        const s = performance.now();
        await store.incident(busiest.id);
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      return {
        backend,
        documents: docs.length,
        batchSeconds: round(batchSeconds),
        documentsPerSecond: round(batch.length / batchSeconds),
        reingestDocumentsPerSecond: round(batch.length / reingestSeconds),
        msPerIncrement: round(msPerIncrement),
        bytesOnDisk: await place.size(),
        incidents: all.incidents.length,
        claims: all.claims.length,
        incidentViewMs: {
          median: round(times[Math.floor(times.length / 2)] ?? 0),
          p95: round(times[Math.floor(times.length * 0.95)] ?? 0),
          claims: busiest ? count(all.claims, busiest.id) : 0,
        },
        fullExportMs: round(fullExportMs),
      };
    } finally {
      await store.close();
    }
  } finally {
    await place.dispose();
  }
}

const count = (claims: readonly { incident: string | null }[], id: string) =>
  claims.filter((c) => c.incident === id).length;
const round = (n: number) => Math.round(n * 100) / 100;

interface Place {
  readonly target: string;
  readonly size: () => Promise<number>;
  readonly dispose: () => Promise<void>;
}

async function pgliteDir(): Promise<Place> {
  const dir = await mkdtemp(join(tmpdir(), 'triangulate-bench-'));
  return { target: dir, size: () => du(dir), dispose: () => rm(dir, { recursive: true, force: true }) };
}

async function postgresDatabase(): Promise<Place> {
  const name = `triangulate_bench_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    target: url.toString(),
    size: async () => Number(await admin(`select pg_database_size('${name}') as n`)),
    dispose: async () => void (await admin(`drop database if exists ${name} with (force)`)),
  };
}

/** One statement on the benches' PostgreSQL server (TRIANGULATE_BENCH_PG), as its maintenance user; `n` of its first row. */
export async function admin(statement: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return (await client.query(statement)).rows[0]?.n;
  } finally {
    await client.end();
  }
}

async function du(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const limit = process.argv[2] ? Number(process.argv[2]) : undefined;
  console.log(JSON.stringify(await benchStore({ limit }), null, 2));
}
