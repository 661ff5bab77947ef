// Reads during a long ingest on PostgreSQL (`npm run bench -- ingest-reads [--reports 200] [--read-every-ms 250]`):
// the same GVA dev reports ingested into a fresh database twice, side by side — alone (the yardstick), and with a
// second store (as `serve` beside `ingest`) reading the incident list and the export all along. Reads must serve
// the last good view while the ingest runs, not rebuild it after every document: the two times should be close.
// The database (tri_h15c_bench unless --db-name) is created and dropped here.
import { loadavg } from 'node:os';
import type { SourceDocument } from '../model/document.js';
import { openStore } from '../store/open-store.js';
import { ADMIN_URL, GVA_DEV_ARTICLES, admin, loadArticles } from './bench-store.js';

export interface IngestReadsOptions {
  readonly reports: number;
  readonly readEveryMs: number;
  readonly dbName: string;
  readonly path: string;
}

export function ingestReadsOptions(argv: readonly string[], path = GVA_DEV_ARTICLES): IngestReadsOptions {
  const value = (flag: string): string | undefined => argv[argv.indexOf(flag) + 1];
  const has = (flag: string): boolean => argv.includes(flag);
  return {
    reports: has('--reports') ? Number(value('--reports')) : 200,
    readEveryMs: has('--read-every-ms') ? Number(value('--read-every-ms')) : 250,
    dbName: has('--db-name') ? (value('--db-name') ?? 'tri_h15c_bench') : 'tri_h15c_bench',
    path,
  };
}

export interface IngestRun {
  readonly seconds: number;
  readonly reads: number;
  readonly staleReads: number;
  readonly readMsMedian: number | null;
}

export async function benchIngestReads(options: IngestReadsOptions): Promise<{
  readonly reports: number;
  readonly alone: IngestRun;
  readonly withReads: IngestRun;
  readonly slowdown: number;
  readonly loadAverage: readonly number[];
}> {
  const documents = (await loadArticles(options.path)).slice(0, options.reports);
  // Warm-up: extraction and the store's code paths compiled before either timed run.
  await run(documents.slice(0, 5), options, false);
  const alone = await run(documents, options, false);
  const withReads = await run(documents, options, true);
  return {
    reports: documents.length,
    alone,
    withReads,
    slowdown: Number((withReads.seconds / alone.seconds).toFixed(2)),
    loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

async function run(
  documents: readonly SourceDocument[],
  options: IngestReadsOptions,
  reading: boolean,
): Promise<IngestRun> {
  await admin(`drop database if exists ${options.dbName} with (force)`);
  await admin(`create database ${options.dbName}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${options.dbName}`;
  const writer = await openStore(url.toString());
  const reader = reading ? await openStore(url.toString()) : null;
  const times: number[] = [];
  let stale = 0;
  let done = false;
  const readAll = async (): Promise<void> => {
    if (!reader) return;
    for (let i = 0; !done; i++) {
      const t0 = performance.now();
      if (i % 2 === 0) await reader.incidents({});
      else await reader.analysis();
      if ((await reader.staleness()) !== null) stale++;
      times.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, options.readEveryMs));
    }
  };
  try {
    const started = performance.now();
    const reads = readAll();
    await writer.ingest(documents);
    const seconds = (performance.now() - started) / 1000;
    done = true;
    await reads;
    times.sort((a, b) => a - b);
    return {
      seconds: Number(seconds.toFixed(1)),
      reads: times.length,
      staleReads: stale,
      readMsMedian: times.length > 0 ? Math.round(times[Math.floor(times.length / 2)]!) : null,
    };
  } finally {
    done = true;
    await reader?.close();
    await writer.close();
    await admin(`drop database if exists ${options.dbName} with (force)`);
  }
}
