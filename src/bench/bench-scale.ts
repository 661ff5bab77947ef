// `npm run bench -- scale [--sizes 1000,10000,100000] [--throughput 1000] [--throughput-warm-up 3000] [--kill-reports 200]
//   [--rss-reports 2000] [--port 0]
//   [--pg postgres://postgres@127.0.0.1:5432/postgres] [--db-prefix triangulate_bench_scale] [--connections 50]
//   [--seconds 15] [--years-per-variant 1] [--next-reports 3]`: reports made from the GVA dev articles
//   (scale-reports.ts) on PostgreSQL —
// batch ingest through 1 and 2 worker processes, the cost of one more report at each size, disk, RSS, kill -9 of a
// worker 5 times at random points against a clean run, and API latency at the largest size beside a bare Fastify
// route in the same run. Every database it creates is dropped and every process and server it starts is stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadavg, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { incidentViewSchema } from '../server/model-schemas.js';
import pg from 'pg';
import { analyzeDocuments } from '../analyze.js';
import { extractDocument } from '../extract/extract-document.js';
import type { Analysis } from '../model/analysis.js';
import type { SourceDocument } from '../model/document.js';
import { openQueue } from '../queue/job-queue.js';
import { startServer } from '../server/start-server.js';
import { withReadCache } from '../server/read-cache.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { WARM_UP_VARIANTS } from './bench-linking-variant.js';
import { runAutocannon } from './run-autocannon.js';
import { loadGvaArticles, scaleReport, scaleReports, type GvaArticle } from './scale-reports.js';

const BIN = fileURLToPath(new URL('../../bin/triangulate.js', import.meta.url));

export interface ScaleOptions {
  readonly gva: string;
  readonly sizes: readonly number[];
  readonly throughput: number;
  /**
   * Reports each worker extracts (about: the workers share the chunks) before the clock starts (other variants than the timed ones): a worker process's
   * extraction costs about 6× more in its first hundreds of reports than after ~1,500 (V8 compiling and
   * re-optimising), and a worker of a real feed runs for days.
   */
  readonly throughputWarmUp: number;
  readonly killReports: number;
  readonly rssReports: number;
  /** Next reports timed one by one at each size (the median is reported): each is another article's. */
  readonly nextReports: number;
  readonly adminUrl: string;
  readonly dbPrefix: string;
  readonly port: number;
  readonly connections: number;
  readonly seconds: number;
  /** Which parts to run: throughput, kill, cli, sizes, api (api needs sizes). */
  readonly parts: ReadonlySet<string>;
  /** Years between the variants of the sizes part's stream (`scaleReport`): 1 overlaps them, 6 keeps them level. */
  readonly yearsPerVariant: number;
}

const PARTS = ['throughput', 'kill', 'cli', 'sizes', 'api'];

export function scaleOptions(argv: readonly string[], gva: string): ScaleOptions {
  const opt = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
  };
  const int = (name: string, fallback: number) => {
    const n = Number(opt(name, String(fallback)));
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
    return n;
  };
  const prefix = opt('db-prefix', 'triangulate_bench_scale');
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) throw new Error('--db-prefix: lowercase letters, digits, _');
  return {
    gva,
    sizes: opt('sizes', '1000,10000,100000')
      .split(',')
      .map(Number)
      .filter((n) => n > 0)
      .sort((a, b) => a - b),
    throughput: int('throughput', 1000),
    throughputWarmUp: int('throughput-warm-up', 3000),
    killReports: int('kill-reports', 200),
    rssReports: int('rss-reports', 2000),
    nextReports: Math.max(1, int('next-reports', 3)),
    adminUrl: opt('pg', process.env.TRIANGULATE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres'),
    dbPrefix: prefix,
    port: int('port', 0),
    connections: int('connections', 50),
    seconds: int('seconds', 15),
    yearsPerVariant: Math.max(1, int('years-per-variant', 1)),
    parts: new Set(
      opt('parts', PARTS.join(','))
        .split(',')
        .map((p) => {
          if (!PARTS.includes(p)) throw new Error(`--parts: ${p} is none of ${PARTS.join(', ')}`);
          return p;
        }),
    ),
  };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

export async function benchScale(options: ScaleOptions): Promise<unknown> {
  const articles = await loadGvaArticles(options.gva);
  const dbs = new Databases(options.adminUrl, options.dbPrefix);
  const workers = new Set<ChildProcess>();
  const out: Record<string, unknown> = { articles: articles.length, loadBefore: load() };
  try {
    if (options.parts.has('throughput')) {
      const throughput = [];
      for (const count of [1, 2]) {
        const url = await dbs.create(`w${count}`);
        throughput.push({
          workers: count,
          ...(await ingestWithWorkers(
            url,
            articles,
            0,
            options.throughput,
            count,
            workers,
            options.throughputWarmUp,
          )),
        });
        await dbs.drop(`w${count}`);
      }
      const [one, two] = throughput as { reportsPerSecond: number }[];
      out.throughput = { runs: throughput, speedUp: two!.reportsPerSecond / one!.reportsPerSecond };
    }
    if (options.parts.has('kill')) out.kill = await killBench(dbs, articles, options.killReports, workers);
    if (options.parts.has('cli'))
      out.cliIngest = await cliIngestRss(dbs, articles, options.rssReports, options.yearsPerVariant);

    if (options.parts.has('sizes') || options.parts.has('api')) {
      const url = await dbs.create('sizes');
      const sizes = [];
      let stored = 0;
      for (const size of options.sizes) {
        const fill = await fillThenRefresh(url, articles, stored, size - stored, options.yearsPerVariant);
        stored = size;
        sizes.push({ size, fill, ...(await oneMore(url, articles, stored, dbs, options)) });
        stored += options.nextReports;
      }
      out.sizes = sizes;
      if (options.parts.has('api')) out.api = await apiLatency(url, options);
      await dbs.drop('sizes');
    }
    out.loadAfter = load();
    return out;
  } finally {
    for (const w of workers) w.kill('SIGKILL');
    await dbs.dropAll();
  }
}

/**
 * Starts `n` worker processes, waits until each polls the queue, then enqueues `count` reports and times them
 * until the batch is done (the clock starts before the first chunk is queued, so enqueueing is counted). Peak RSS
 * and CPU seconds of each worker from /proc, and beside them those of PostgreSQL's backends on the database and of this process.
 */
async function ingestWithWorkers(
  url: string,
  articles: readonly GvaArticle[],
  from: number,
  count: number,
  n: number,
  running: Set<ChildProcess>,
  warmUp = 0,
) {
  const queue = await openQueue(url);
  const procs: ChildProcess[] = [];
  try {
    for (let i = 0; i < n; i++) procs.push(startWorker(url, running));
    await Promise.all(procs.map((p) => ready(p)));
    if (warmUp > 0) {
      // Far variants (no name, place or year of the timed reports), stored and refreshed before the clock starts;
      // as many per worker as asked, so 2 workers are as warm as 1.
      const warm = await queue.enqueue(
        scaleReports(articles, WARM_UP_VARIANTS * articles.length, warmUp * n),
      );
      await finished(queue, warm.id);
      const store = await openStore(url);
      await store.refresh().finally(() => store.close());
    }
    const cpu0 = procs.map((p) => cpuSeconds(p.pid));
    const backends0 = await backendCpu(url, new Map());
    const bench0 = process.cpuUsage();
    const loadStart = load();
    const started = performance.now();
    const job = await queue.enqueue(scaleReports(articles, from, count));
    const peaks = procs.map(() => 0);
    const status = await finished(queue, job.id, () =>
      procs.forEach((p, i) => (peaks[i] = Math.max(peaks[i]!, hwm(p.pid)))),
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = procs.map((p, i) => cpuSeconds(p.pid) - cpu0[i]!);
    const bench = process.cpuUsage(bench0);
    const backends = [...(await backendCpu(url, backends0)).values()].reduce((a, b) => a + b, 0);
    const perReport = (s: number) => Number(((s * 1000) / count).toFixed(2));
    return {
      reports: count,
      warmUpReports: warmUp * n,
      seconds,
      reportsPerSecond: count / seconds,
      state: status.state,
      added: status.added,
      workerCpuSeconds: cpu.map((c) => Number(c.toFixed(2))),
      workerCpuMsPerReport: perReport(cpu.reduce((a, b) => a + b, 0)),
      /** PostgreSQL's backends on this database (the workers', the queue's, this process's) and this process, which
       * makes and enqueues the reports: with the workers', the CPU a report costs the machine. */
      postgresCpuMsPerReport: perReport(backends),
      benchCpuMsPerReport: perReport((bench.user + bench.system) / 1e6),
      workerPeakRssMb: peaks.map((b) => Math.round(b / 1024)),
      load: `${loadStart} → ${load()}`,
    };
  } finally {
    await Promise.all(procs.map((p) => stop(p, running)));
    await queue.close();
  }
}

/** Waits for an ingest job to be done or failed, calling `tick` every 100 ms; its last status. */
async function finished(queue: Awaited<ReturnType<typeof openQueue>>, id: string, tick = () => {}) {
  let status = await queue.status(id);
  while (status?.state !== 'done' && status?.state !== 'failed') {
    await sleep(100);
    tick();
    status = await queue.status(id);
  }
  return status;
}

/**
 * Fills the store with `count` more reports of the stream, extracted and written by this process without a refresh,
 * then refreshes the view in full. A refresh of tens of thousands of new reports at once reaches every stored one
 * anyway, and the incremental path pays for finding that out (session 15: the refresh of 90k reports added to 10k
 * ran past 18 minutes of CPU and 10 GB); a feed refreshes as it goes, which the throughput part measures.
 */
async function fillThenRefresh(
  url: string,
  articles: readonly GvaArticle[],
  from: number,
  count: number,
  yearsPerVariant: number,
) {
  const store = await openStore(url);
  try {
    const loadStart = load();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await store.ingest(scaleReports(articles, from, count, yearsPerVariant), { refresh: false });
    const ingestCpu = process.cpuUsage(cpu0);
    const ingestSeconds = (performance.now() - t0) / 1000;
    const cpu1 = process.cpuUsage();
    const t1 = performance.now();
    await store.refresh({ full: true });
    const refreshCpu = process.cpuUsage(cpu1);
    const cpuSecondsOf = (c: NodeJS.CpuUsage) => Number(((c.user + c.system) / 1e6).toFixed(1));
    return {
      reports: count,
      ingestSeconds: Number(ingestSeconds.toFixed(1)),
      ingestCpuMsPerReport: Number(
        ((ingestCpu.user + ingestCpu.system) / 1000 / Math.max(1, count)).toFixed(2),
      ),
      fullRefreshSeconds: Number(((performance.now() - t1) / 1000).toFixed(1)),
      fullRefreshCpuSeconds: cpuSecondsOf(refreshCpu),
      /** This process's largest RSS so far (the full refresh holds every report's link nodes at once). */
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      load: `${loadStart} → ${load()}`,
    };
  } finally {
    await store.close();
  }
}

/** The cost of one more report in a store of `stored`: wall and CPU of ingest with its refresh, and extraction alone. */
async function oneMore(
  url: string,
  articles: readonly GvaArticle[],
  stored: number,
  dbs: Databases,
  { yearsPerVariant, nextReports }: Pick<ScaleOptions, 'yearsPerVariant' | 'nextReports'>,
) {
  const store = await openStore(url);
  try {
    await store.refresh();
    const runs: { wallMs: number; cpuMs: number; extractMs: number }[] = [];
    for (let i = 0; i < nextReports; i++) {
      const doc = scaleReport(articles, stored + i, yearsPerVariant);
      const e0 = performance.now();
      extractDocument(doc);
      const extractMs = performance.now() - e0;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      await store.ingest([doc]);
      const cpu = process.cpuUsage(cpu0);
      runs.push({ wallMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, extractMs });
    }
    const med = (k: 'wallMs' | 'cpuMs' | 'extractMs') => median(runs.map((r) => r[k]));
    return {
      oneMore: {
        wallMs: med('wallMs'),
        cpuMs: med('cpuMs'),
        extractMs: med('extractMs'),
        /** Each next report's CPU less its extraction, in the order they came. */
        cpuMsLessExtraction: runs.map((r) => Math.round(r.cpuMs - r.extractMs)),
        load: load(),
      },
      bytesOnDisk: await dbs.size(url),
      benchRssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
    };
  } finally {
    await store.close();
  }
}

/** kill -9 of the worker 5 times at random points, then a worker finishes; compared with a clean run. */
async function killBench(
  dbs: Databases,
  articles: readonly GvaArticle[],
  count: number,
  running: Set<ChildProcess>,
) {
  const clean = await dbs.create('clean');
  await ingestWithWorkers(clean, articles, 0, count, 1, running);
  const killed = await dbs.create('killed');
  const queue = await openQueue(killed);
  const kills: number[] = [];
  try {
    const job = await queue.enqueue(scaleReports(articles, 0, count), { chunk: 10, expireInSeconds: 3 });
    for (let k = 0; k < 5; k++) {
      const w = startWorker(killed, running);
      const after = 500 + Math.random() * 2500;
      await sleep(after);
      w.kill('SIGKILL');
      await new Promise((r) => w.once('close', r));
      running.delete(w);
      kills.push(Math.round(after));
    }
    const last = startWorker(killed, running);
    const status = await finished(queue, job.id);
    await stop(last, running);
    const [a, b] = [await exportJson(clean), await exportJson(killed)];
    // What the killed run stored, in the order it stored it, analysed in one process: the store's view must be
    // exactly that (nothing lost, nothing doubled, nothing left of a killed attempt), whatever order the retries made.
    const byId = new Map<string, SourceDocument>();
    for await (const d of scaleReports(articles, 0, count)) byId.set(d.id, d);
    const inStoredOrder = analyzeDocuments(b.view.documents.map((d) => byId.get(d.id)!));
    return {
      reports: count,
      killedAfterMs: kills,
      state: status.state,
      documents: b.documents,
      duplicates: b.documents - b.distinct,
      // A retried chunk commits its rest after later chunks, so the stored order (and with it the view's order and
      // the incidents' ids) may differ from the clean run's: the same documents, incidents (by their reports),
      // claims, conflicts, estimates and timeline, whatever the order, is the equality asked.
      sameViewAsCleanRun: a.canonical === b.canonical,
      sameViewAsAnalyzeInStoredOrder: canonicalView(inStoredOrder) === b.canonical,
      sameOrderAsCleanRun: a.json === b.json,
    };
  } finally {
    await queue.close();
    await dbs.drop('clean');
    await dbs.drop('killed');
  }
}

/** `triangulate ingest DIR` of many report files into PostgreSQL: its peak RSS, sampled from /proc as it runs. */
async function cliIngestRss(
  dbs: Databases,
  articles: readonly GvaArticle[],
  count: number,
  yearsPerVariant: number,
) {
  const dir = await mkdtemp(join(tmpdir(), 'triangulate-bench-scale-'));
  const url = await dbs.create('cli');
  try {
    let n = 0;
    for await (const doc of scaleReports(articles, 0, count, yearsPerVariant)) {
      await writeFile(join(dir, `${String(n++).padStart(6, '0')}.txt`), doc.text);
    }
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [BIN, 'ingest', '--db', url, '--quiet', '--published', '2014-06-01', dir],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    let peak = 0;
    const closed = new Promise<number | null>((r) => child.once('close', r));
    let code: number | null | undefined;
    void closed.then((c) => (code = c));
    while (code === undefined) {
      peak = Math.max(peak, hwm(child.pid));
      await sleep(200);
    }
    return {
      reports: count,
      code,
      seconds: (performance.now() - started) / 1000,
      peakRssMb: Math.round(peak / 1024),
      load: load(),
    };
  } finally {
    await dbs.drop('cli');
    await rm(dir, { recursive: true, force: true });
  }
}

async function exportJson(url: string) {
  const store = await openStore(url);
  try {
    const view = await store.analysis();
    const ids = view.documents.map((d) => d.id);
    return {
      view,
      json: JSON.stringify(view),
      canonical: canonicalView(view),
      documents: ids.length,
      distinct: new Set(ids).size,
    };
  } finally {
    await store.close();
  }
}

/**
 * A view compared whatever its order: incident ids are the store's own, given in the order incidents were first
 * made, so a killed chunk that commits late may name them differently; an incident is compared by its member
 * reports, and every row that points to one points to those members instead.
 */
function canonicalView(view: Analysis): string {
  const members = new Map(view.incidents.map((i) => [i.id, [...i.documents].sort().join(' ')]));
  const at = <T extends { readonly incident: string | null }>(x: T) => ({
    ...x,
    incident: x.incident === null ? null : members.get(x.incident),
  });
  const sorted = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
  return JSON.stringify([
    sorted(view.documents),
    sorted(view.incidents.map(({ id: _, ...i }) => ({ ...i, documents: members.get(_) }))),
    sorted(view.claims.map(at)),
    sorted(view.conflicts.map(({ id: _, ...c }) => at(c))),
    sorted(view.estimates.map(at)),
    sorted(view.timeline.map(at)),
  ]);
}

/** GET /api/incidents/:id and the incident list at 50 connections, beside a bare Fastify route, in one run. */
async function apiLatency(url: string, options: ScaleOptions) {
  const opened = await openStore(url);
  const store: Store = opened;
  const bare = Fastify();
  bare.get('/bare', async () => ({ hello: 'world' }));
  // The read path before this change, as a yardstick in the same run: the view assembled from parsed rows and
  // serialised through its zod response schema.
  bare.setValidatorCompiler(validatorCompiler);
  bare.setSerializerCompiler(serializerCompiler);
  bare.get<{ Params: { id: string } }>(
    '/objects/:id',
    { schema: { response: { 200: incidentViewSchema } } },
    async (request) => store.incident(request.params.id),
  );
  // As `serve` runs on PostgreSQL: reads cached by the view's version; beside it the same routes uncached.
  const server = await startServer({
    store: withReadCache(store, { versioned: true }),
    port: options.port,
    webRoot: null,
  });
  const uncached = await startServer({ store, port: 0, webRoot: null, cacheResponses: false });
  // The same bytes as the loaded incident's answer, from memory: the engine's speed for a body of that size.
  let sameBytes: Buffer = Buffer.alloc(0);
  let sameGzip: Buffer = Buffer.alloc(0);
  bare.get('/bytes', (_request, reply) => reply.type('application/json; charset=utf-8').send(sameBytes));
  bare.get('/gzip', (_request, reply) =>
    reply.type('application/json; charset=utf-8').header('content-encoding', 'gzip').send(sameGzip),
  );
  const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });
  try {
    // The incident the load goes to: the one at the 95th percentile of claims among the newest 1,000 (a big incident,
    // not an outlier), and beside it the busiest, whose answer is the largest.
    const incidents = [...(await store.incidents({ limit: 1000 })).items].sort(
      (a, b) => a.claimCount - b.claimCount,
    );
    const busiest = incidents.at(-1);
    if (!busiest) throw new Error('no incident to load-test');
    const large = incidents[Math.floor(0.95 * (incidents.length - 1))]!;
    const id = encodeURIComponent(large.id);
    const body = await store.incidentJson(large.id);
    if (body) sameBytes = Buffer.from(body);
    sameGzip = gzipSync(sameBytes);
    const gzip = { 'accept-encoding': 'gzip' };
    const runs = {
      incidentView: await cannon(`${server.url}/api/incidents/${id}`, options),
      incidentViewGzip: await cannon(`${server.url}/api/incidents/${id}`, options, gzip),
      incidentViewBusiest: await cannon(
        `${server.url}/api/incidents/${encodeURIComponent(busiest.id)}`,
        options,
      ),
      incidentViewUncached: await cannon(`${uncached.url}/api/incidents/${id}`, options),
      incidentViewAsObjects: await cannon(`${bareUrl}/objects/${id}`, options),
      incidentList: await cannon(`${server.url}/api/incidents?limit=50`, options),
      incidentListUncached: await cannon(`${uncached.url}/api/incidents?limit=50`, options),
      bareFastify: await cannon(`${bareUrl}/bare`, options),
      bareFastifySameBytes: await cannon(`${bareUrl}/bytes`, options),
      bareFastifySameGzip: await cannon(`${bareUrl}/gzip`, options, gzip),
    };
    const share = (r: { requestsPerSecond: number }) =>
      Number((r.requestsPerSecond / runs.bareFastify.requestsPerSecond).toFixed(3));
    const bytes = async (iid: string) => {
      const r = await fetch(`${server.url}/api/incidents/${encodeURIComponent(iid)}`);
      return r.ok ? Buffer.byteLength(await r.text()) : null;
    };
    return {
      incident: { id: large.id, claims: large.claimCount, bytes: await bytes(large.id) },
      busiest: { id: busiest.id, claims: busiest.claimCount, bytes: await bytes(busiest.id) },
      cpuMsPerRequest: await readCpu(store, large.id),
      ...runs,
      shareOfBareFastify: {
        incidentView: share(runs.incidentView),
        incidentViewGzip: share(runs.incidentViewGzip),
        incidentViewUncached: share(runs.incidentViewUncached),
        incidentList: share(runs.incidentList),
      },
      /** The incident's answer against bare Fastify sending the same bytes from memory. */
      incidentViewShareOfSameBytes: Number(
        (runs.incidentView.requestsPerSecond / runs.bareFastifySameBytes.requestsPerSecond).toFixed(3),
      ),
      incidentViewGzipShareOfSameGzip: Number(
        (runs.incidentViewGzip.requestsPerSecond / runs.bareFastifySameGzip.requestsPerSecond).toFixed(3),
      ),
    };
  } finally {
    await server.close();
    await uncached.close();
    await bare.close();
    await opened.close();
  }
}

/**
 * CPU in this process per incident view, sequentially (so contention with other processes hardly matters): the
 * database-made JSON text against rows parsed into objects and serialised through the zod response schema.
 */
export async function readCpu(store: Store, id: string, repeats = 200) {
  const serialize = serializerCompiler({ schema: incidentViewSchema } as never) as (data: unknown) => string;
  const cpu = async (read: () => Promise<unknown>) => {
    for (let i = 0; i < 20; i++) await read();
    const c0 = process.cpuUsage();
    for (let i = 0; i < repeats; i++) await read();
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000 / repeats;
  };
  return {
    json: await cpu(() => store.incidentJson(id)),
    objects: await cpu(async () => serialize(await store.incident(id))),
    load: load(),
  };
}

async function cannon(url: string, options: ScaleOptions, headers: Readonly<Record<string, string>> = {}) {
  const loadStart = load();
  const r = await runAutocannon(url, options.connections, options.seconds, headers);
  // autocannon reports p97.5 and p99, not p95: p97.5 is the nearest bound above it.
  return {
    requestsPerSecond: r.requests.average,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p97_5: r.latency.p97_5, p99: r.latency.p99 },
    errors: r.errors + r.non2xx,
    load: `${loadStart} → ${load()}`,
  };
}

function startWorker(url: string, running: Set<ChildProcess>): ChildProcess {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', url, '--recover-seconds', '1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Its errors stay visible; the banner that says it is polling is read by `ready`.
  child.stderr?.on('data', (b: Buffer) => {
    const text = b.toString().replace(/^triangulate: worker on .*\n/m, '');
    if (text !== '') process.stderr.write(text);
  });
  running.add(child);
  return child;
}

/** Resolves once the worker says it is polling (its first line on standard error). */
function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let said = '';
    child.stderr?.on('data', (b: Buffer) => {
      said += b.toString();
      if (said.includes('triangulate: worker on')) resolve();
    });
    child.once('close', (code) => reject(new Error(`a worker ended before it started (${code}): ${said}`)));
  });
}

/**
 * CPU seconds each PostgreSQL backend on `url`'s database used since `since` (a backend not in it counts from its
 * start; one that ended meanwhile is not seen: the workers' pools keep theirs open).
 */
async function backendCpu(url: string, since: ReadonlyMap<number, number>): Promise<Map<number, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database()',
    );
    return new Map(rows.map((r) => [r.pid, cpuSeconds(r.pid) - (since.get(r.pid) ?? 0)]));
  } finally {
    await client.end();
  }
}

/** User + system CPU seconds of a live process (utime, stime in /proc/PID/stat, in clock ticks of 1/100 s). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

async function stop(child: ChildProcess, running: Set<ChildProcess>): Promise<void> {
  const closed = new Promise((r) => child.once('close', r));
  child.kill('SIGTERM');
  await closed;
  running.delete(child);
}

/** Peak resident set (VmHWM, KiB) of a live process. */
function hwm(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Databases this bench created, by suffix: each dropped when done, and all of them at the end whatever happens. */
class Databases {
  private readonly made = new Set<string>();
  constructor(
    private readonly adminUrl: string,
    private readonly prefix: string,
  ) {}
  private name(suffix: string) {
    return `${this.prefix}_${process.pid}_${suffix}`;
  }
  private async admin<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
    const client = new pg.Client({ connectionString: this.adminUrl });
    await client.connect();
    try {
      return await client.query<T>(text, values);
    } finally {
      await client.end();
    }
  }
  async create(suffix: string): Promise<string> {
    const name = this.name(suffix);
    await this.admin(`create database ${name}`);
    this.made.add(name);
    const url = new URL(this.adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }
  async size(url: string): Promise<number> {
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    const { rows } = await this.admin<{ n: string }>('select pg_database_size($1) as n', [name]);
    return Number(rows[0]?.n ?? 0);
  }
  async drop(suffix: string): Promise<void> {
    const name = this.name(suffix);
    await this.admin(`drop database if exists ${name} with (force)`);
    this.made.delete(name);
  }
  async dropAll(): Promise<void> {
    for (const name of [...this.made]) {
      await this.admin(`drop database if exists ${name} with (force)`).catch(() => {});
      this.made.delete(name);
    }
  }
}
