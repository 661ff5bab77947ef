// Server benchmark (`node dist/bench/bench-server.js [articles]`): GET /api/incidents/:id under concurrent load on
// loopback (autocannon in its own process, so the load generator does not share the server's event loop), over a
// store of the GVA dev articles plus the sample; and the time real Chromium takes to draw an incident of 1,000 claims.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readInputs } from '../ingest/read-inputs.js';
import { withReadCache } from '../server/read-cache.js';
import { startServer } from '../server/start-server.js';
import { defaultWebRoot } from '../server/static-app.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { loadArticles } from './bench-store.js';
import { syntheticIncident } from './synthetic-incident.js';
import { runAutocannon } from './run-autocannon.js';

const SAMPLE = fileURLToPath(new URL('../../examples/jaffar-express/', import.meta.url));

export interface LoadResult {
  /** `store`: every request reads the store; `cached`: through the read and response caches, as `serve` runs. */
  readonly reads: 'store' | 'cached';
  readonly incident: string;
  readonly claims: number;
  readonly responseBytes: number;
  readonly connections: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: {
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
  };
  readonly errors: number;
  readonly non2xx: number;
}

export interface ServerBench {
  readonly articles: number;
  readonly ingestSeconds: number;
  readonly incidents: number;
  readonly load: readonly LoadResult[];
  readonly render: RenderResult | { readonly error: string };
}

export interface RenderResult {
  readonly claims: number;
  /** From navigation to the figures grid on screen (fetch, parse, draw). */
  readonly pageMs: number;
  /** Drawing alone, as the page records it. */
  readonly drawMs: number;
  /** Time for the evidence panel to show the quotes of the busiest row after a click. */
  readonly selectMs: number;
}

export async function benchServer(
  options: { readonly limit?: number; readonly connections?: number; readonly seconds?: number } = {},
): Promise<ServerBench> {
  const dir = await mkdtemp(join(tmpdir(), 'triangulate-bench-server-'));
  const store = await openStore(dir);
  try {
    const docs = (await loadArticles()).slice(0, options.limit ?? Infinity);
    for await (const item of readInputs([SAMPLE])) if (item.kind === 'document') docs.push(item.document);
    const t0 = performance.now();
    await store.ingest(docs);
    const ingestSeconds = (performance.now() - t0) / 1000;
    const targets = await pickIncidents(store);
    const load: LoadResult[] = [];
    for (const reads of ['store', 'cached'] as const) {
      const server = await startServer({
        store: reads === 'cached' ? withReadCache(store) : store,
        port: 0,
        webRoot: null,
        cacheResponses: reads === 'cached',
      });
      try {
        for (const t of targets) {
          load.push({
            reads,
            ...(await loadTest(server.url, t, options.connections ?? 16, options.seconds ?? 10)),
          });
        }
      } finally {
        await server.close();
      }
    }
    const incidents = (await store.incidents({ limit: 1000 })).items.length;
    return {
      articles: docs.length,
      ingestSeconds,
      incidents,
      load,
      render: await benchRender().catch(asError),
    };
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The sample's incident and the incident with the most claims. */
async function pickIncidents(store: Store): Promise<{ id: string; claims: number }[]> {
  const all = [];
  for (let cursor: string | null = null; ;) {
    const page = await store.incidents({ limit: 1000, cursor });
    all.push(...page.items);
    if (page.next === null) break;
    cursor = page.next;
  }
  const biggest = [...all].sort((a, b) => b.claimCount - a.claimCount)[0];
  const jaffar = all.find((i) => /Jaff?[ae]r Express/i.test(i.label));
  const picked = [jaffar, biggest].filter((i) => i !== undefined);
  if (picked.length === 0) throw new Error('the store holds no incident to load-test');
  return [...new Map(picked.map((i) => [i.id, { id: i.id, claims: i.claimCount }])).values()];
}

async function loadTest(
  base: string,
  target: { id: string; claims: number },
  connections: number,
  seconds: number,
): Promise<Omit<LoadResult, 'reads'>> {
  const url = `${base}/api/incidents/${encodeURIComponent(target.id)}`;
  const responseBytes = (await (await fetch(url)).arrayBuffer()).byteLength;
  const r = await runAutocannon(url, connections, seconds);
  return {
    incident: target.id,
    claims: target.claims,
    responseBytes,
    connections,
    seconds,
    requestsPerSecond: r.requests.average,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

/** Real Chromium (the Debian package) over the built app in web/dist. */
export async function benchRender(
  options: { readonly webRoot?: string; readonly claims?: number; readonly screenshot?: string } = {},
): Promise<RenderResult> {
  const webRoot = options.webRoot ?? defaultWebRoot();
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error(`${webRoot} is not built: run npm run build`);
  const { chromium } = await import('playwright-core');
  const synthetic = syntheticIncident(options.claims ?? 1000);
  const dir = await mkdtemp(join(tmpdir(), 'triangulate-bench-render-'));
  const store = await openStore(dir, { extract: synthetic.extract });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    await store.ingest(synthetic.docs);
    const [incident] = (await store.incidents({ limit: 1 })).items;
    if (!incident) throw new Error('the synthetic incident was not stored');
    const server = await startServer({ store, port: 0, webRoot });
    try {
      const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
      await page.goto(`${server.url}/`);
      const t0 = Date.now();
      await page.goto(`${server.url}/#/incident/${encodeURIComponent(incident.id)}`);
      await page.locator('.figure-row').first().waitFor();
      // Charts draw once their box has a width (a frame later): the page is ready when every one has drawn.
      await page.waitForFunction(
        () =>
          document.querySelectorAll('.figure-chart').length ===
          document.querySelectorAll('.figure-chart svg').length,
      );
      const pageMs = Date.now() - t0;
      const drawMs = Number(await page.locator('main').getAttribute('data-render-ms'));
      const t1 = Date.now();
      await page.locator('.row-title').first().click();
      await page.locator('.evidence .quote').first().waitFor();
      const selectMs = Date.now() - t1;
      if (options.screenshot) await page.screenshot({ path: options.screenshot });
      return { claims: incident.claimCount, pageMs, drawMs, selectMs };
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function asError(e: unknown): { error: string } {
  return { error: e instanceof Error ? e.message : String(e) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const limit = process.argv[2] ? Number(process.argv[2]) : undefined;
  benchServer({ limit }).then(
    (r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'),
    (e: unknown) => {
      process.stderr.write(`bench-server: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
