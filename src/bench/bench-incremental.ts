// `npm run bench -- incremental [--sizes 250,1000,4000] [--backends postgres,pglite] [--runs 5]
//   [--pg postgres://postgres@127.0.0.1:5432/postgres] [--db-prefix triangulate_bench_incr] [--years-per-variant 6]`
// The cost of one more report as the store grows, with the incremental refresh (src/store/incremental-view.ts), and
// beside it, in the same run and store, the yardstick: the full refresh the store did before (every report
// reconciled again). Reports are the scale bench's: GVA dev articles with shifted years, places and names
// (scale-reports.ts), read from ../shared at run time. Every database and directory made is dropped at the end.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { extractDocument } from '../extract/extract-document.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { loadGvaArticles, scaleReport, scaleReports, type GvaArticle } from './scale-reports.js';

export interface IncrementalOptions {
  readonly gva: string;
  readonly sizes: readonly number[];
  readonly backends: readonly ('postgres' | 'pglite')[];
  readonly runs: number;
  readonly adminUrl: string;
  readonly dbPrefix: string;
  /** Years variant v of an article moves by, per v (scale-reports.ts; 6 keeps the reports per year level). */
  readonly yearsPerVariant: number;
}

export function incrementalOptions(argv: readonly string[], gva: string): IncrementalOptions {
  const opt = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
  };
  const prefix = opt('db-prefix', 'triangulate_bench_incr');
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) throw new Error('--db-prefix: lowercase letters, digits, _');
  const backends = opt('backends', 'postgres,pglite').split(',');
  for (const b of backends)
    if (b !== 'postgres' && b !== 'pglite')
      throw new Error(`--backends: ${b} is neither postgres nor pglite`);
  const yearsPerVariant = Number(opt('years-per-variant', '1'));
  if (!Number.isInteger(yearsPerVariant) || yearsPerVariant < 1)
    throw new Error('--years-per-variant must be a whole number above 0');
  const runs = Number(opt('runs', '5'));
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number above 0');
  return {
    gva,
    sizes: opt('sizes', '250,1000,4000')
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0)
      .sort((a, b) => a - b),
    backends: backends as ('postgres' | 'pglite')[],
    runs,
    adminUrl: opt('pg', process.env.TRIANGULATE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres'),
    dbPrefix: prefix,
    yearsPerVariant,
  };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};
const round = (n: number) => Math.round(n * 10) / 10;

export async function benchIncremental(options: IncrementalOptions): Promise<unknown> {
  const articles = await loadGvaArticles(options.gva);
  const out: Record<string, unknown> = {
    articles: articles.length,
    yearsPerVariant: options.yearsPerVariant,
    loadBefore: load(),
  };
  for (const backend of options.backends) {
    const target = await makeTarget(backend, options);
    try {
      out[backend] = await measure(target.target, articles, options);
    } finally {
      await target.dispose();
    }
  }
  out.loadAfter = load();
  return out;
}

async function measure(target: string, articles: readonly GvaArticle[], options: IncrementalOptions) {
  const rows = [];
  let stored = 0;
  for (const size of options.sizes) {
    const store = await openStore(target);
    try {
      const t0 = performance.now();
      await store.ingest(scaleReports(articles, stored, size - stored, options.yearsPerVariant));
      const fillSeconds = (performance.now() - t0) / 1000;
      stored = size;
      // Warm-up: the first refresh after the fill and one report, untimed.
      await store.ingest([scaleReport(articles, 1_000_000 + size, options.yearsPerVariant)]);
      const runs: { wallMs: number; cpuMs: number; extractMs: number }[] = [];
      for (let i = 0; i < options.runs; i++) {
        // The stream's next reports, as a feed would bring them: dated among the stored ones, so they meet them.
        const doc = scaleReport(articles, size + i, options.yearsPerVariant);
        const e0 = process.cpuUsage();
        extractDocument(doc);
        const e = process.cpuUsage(e0);
        const cpu0 = process.cpuUsage();
        const w0 = performance.now();
        await store.ingest([doc]);
        const cpu = process.cpuUsage(cpu0);
        runs.push({
          wallMs: performance.now() - w0,
          cpuMs: (cpu.user + cpu.system) / 1000,
          extractMs: (e.user + e.system) / 1000,
        });
      }
      const full = await fullRefresh(store);
      rows.push({
        stored: size + 1,
        fillSeconds: round(fillSeconds),
        oneMore: {
          wallMs: round(median(runs.map((r) => r.wallMs))),
          cpuMs: round(median(runs.map((r) => r.cpuMs))),
          extractCpuMs: round(median(runs.map((r) => r.extractMs))),
          cpuMsExcludingExtraction: round(median(runs.map((r) => r.cpuMs - r.extractMs))),
        },
        fullRefresh: full,
        load: load(),
      });
      stored += options.runs;
    } finally {
      await store.close();
    }
  }
  const [first, last] = [rows[0], rows.at(-1)];
  return {
    sizes: rows,
    growth:
      first && last && first !== last
        ? {
            from: first.stored,
            to: last.stored,
            oneMoreCpu: round(last.oneMore.cpuMsExcludingExtraction / first.oneMore.cpuMsExcludingExtraction),
            fullRefreshCpu: round(last.fullRefresh.cpuMs / first.fullRefresh.cpuMs),
          }
        : null,
  };
}

/** The yardstick: what every refresh cost before — the whole view made again — forced on the same store. */
async function fullRefresh(store: Store) {
  const cpu0 = process.cpuUsage();
  const w0 = performance.now();
  await store.refresh({ full: true });
  const cpu = process.cpuUsage(cpu0);
  return { wallMs: Math.round(performance.now() - w0), cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}

async function makeTarget(backend: 'postgres' | 'pglite', options: IncrementalOptions) {
  if (backend === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), `${options.dbPrefix}-`));
    return { target: dir, dispose: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `${options.dbPrefix}_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: options.adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(options.adminUrl);
  url.pathname = `/${name}`;
  return { target: url.toString(), dispose: () => admin(`drop database if exists ${name} with (force)`) };
}
