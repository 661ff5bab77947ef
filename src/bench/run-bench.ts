// `npm run bench [-- extract|reconcile|store|html|server|linking|follow-ups]`: speed and memory, never timed unit tests.
// External data is read from ../shared (or TRIANGULATE_SHARED) at run time.
import { existsSync } from 'node:fs';
import { benchExtract, gvaDocuments, sampleDocuments } from './bench-extract.js';
import { gvaDevPath } from './scale-reports.js';

const GVA = gvaDevPath();

type Bench = () => Promise<unknown>;

const BENCHES: Record<string, Bench> = {
  // The measure: the GVA dev articles and the sample as one corpus (the sample alone ×20 without ../shared).
  extract: async () => {
    const sample = await sampleDocuments();
    if (!existsSync(GVA)) return [await benchExtract('jaffar-express sample ×20', sample, 20)];
    return [
      await benchExtract('GVA dev articles + jaffar-express sample', [
        ...(await gvaDocuments(GVA)),
        ...sample,
      ]),
    ];
  },
  reconcile: async () => {
    const { benchReconcile, reconcileOptions } = await import('./bench-reconcile.js');
    return benchReconcile(reconcileOptions(process.argv.slice(2), existsSync(GVA) ? GVA : null));
  },
  html: () => optional('./bench-html.js', 'benchHtml', { path: GVA }),
  store: () => optional('./bench-store.js', 'benchStore', { path: GVA }),
  server: () => optional('./bench-server.js', 'benchServer'),
  'html-scale': () => optional('./bench-html-scale.js', 'benchHtmlScale'),
  lock: () => optional('./bench-lock.js', 'benchLock'),
  healthz: () => optional('./bench-healthz.js', 'benchHealthz'),
  // Only when asked for by name: it runs for minutes to hours (see bench-scale.ts for its options).
  scale: async () => {
    if (!existsSync(GVA)) return `skipped: no GVA dev articles at ${GVA}`;
    const { benchScale, scaleOptions } = await import('./bench-scale.js');
    return benchScale(scaleOptions(process.argv.slice(2), GVA));
  },
  // Only when asked for by name: 100k reports take minutes (see bench-linking.ts for its options).
  linking: async () => {
    if (!existsSync(GVA)) return `skipped: no GVA dev articles at ${GVA}`;
    const { benchLinking, linkingOptions } = await import('./bench-linking.js');
    return benchLinking(linkingOptions(process.argv.slice(2), GVA));
  },
  // Only when asked for by name: 1, 5 and 10 MB reports through analyze and ingest (see bench-memory.ts for options).
  memory: async () => {
    if (!existsSync(GVA)) return `skipped: no GVA dev articles at ${GVA}`;
    const { benchMemory, memoryOptions } = await import('./bench-memory.js');
    return benchMemory(memoryOptions(process.argv.slice(2), GVA));
  },
  // Only when asked for by name: two ingests of 200 reports into PostgreSQL (see bench-ingest-reads.ts for options).
  'ingest-reads': async () => {
    if (!existsSync(GVA)) return `skipped: no GVA dev articles at ${GVA}`;
    const { benchIngestReads, ingestReadsOptions } = await import('./bench-ingest-reads.js');
    return benchIngestReads(ingestReadsOptions(process.argv.slice(2), GVA));
  },
  // Only when asked for by name: stores of 250 to 4,000 reports are filled (see bench-incremental.ts for options).
  incremental: async () => {
    if (!existsSync(GVA)) return `skipped: no GVA dev articles at ${GVA}`;
    const { benchIncremental, incrementalOptions } = await import('./bench-incremental.js');
    return benchIncremental(incrementalOptions(process.argv.slice(2), GVA));
  },
  // Only when asked for by name: the hardening issue's hostile probes, end to end (see bench-probes.ts).
  probes: async () => {
    const { benchProbes, probeOptions } = await import('./bench-probes.js');
    return benchProbes(probeOptions(process.argv.slice(2)));
  },
  // Only when asked for by name: a store of 500 articles is built first (see bench-follow-ups.ts for its options).
  'follow-ups': async () => {
    if (!existsSync(GVA)) return `skipped: no GVA dev articles at ${GVA}`;
    const { benchFollowUps, followUpOptions } = await import('./bench-follow-ups.js');
    return benchFollowUps(followUpOptions(process.argv.slice(2), GVA));
  },
};
const ON_REQUEST = new Set([
  'scale',
  'linking',
  'follow-ups',
  'ingest-reads',
  'memory',
  'incremental',
  'probes',
]);

async function optional(module: string, name: string, ...args: unknown[]): Promise<unknown> {
  const url = new URL(module, import.meta.url);
  if (!existsSync(url)) return `not built: ${module}`;
  const mod = (await import(url.href)) as Record<string, (...a: unknown[]) => Promise<unknown>>;
  const fn = mod[name];
  return fn ? fn(...args) : `no ${name} in ${module}`;
}

const wanted = process.argv.slice(2).filter((a) => Object.hasOwn(BENCHES, a));
for (const [name, bench] of Object.entries(BENCHES)) {
  if (wanted.length > 0 ? !wanted.includes(name) : ON_REQUEST.has(name)) continue;
  const started = performance.now();
  const result = await bench();
  console.log(`\n## ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  console.log(JSON.stringify(result, null, 2));
}
