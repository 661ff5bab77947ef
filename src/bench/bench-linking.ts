// Linking speed as the batch grows (issue 11): 1k, 10k and 100k reports made from the real GVA dev articles. Each
// article is extracted once (variant 0, `scale-reports.ts`); variant v of its extraction moves every year by v and
// renames the city and the participants' last names with invented words of the same length, in the text and in
// every field the extraction holds, so spans stay valid and each variant is a distinct incident with the article's
// own wording. Only the linking step is timed (`linkIncidents`, and `reconcile` up to `--reconcile-max` reports):
// one warm-up run on far variants, then the median of the repeats, each over new objects and other variants of the
// same articles (linking keeps what it reads of a report by its objects, and memos by names and places: a batch seen
// before would time only the pairs); RSS after each size. `--sizes 1000,10000` and `--repeats 3`
// change the defaults.
import { loadavg } from 'node:os';
import { extractDocument } from '../extract/extract-document.js';
import type { DocumentExtraction } from '../model/extraction.js';
import { linkDiagnostics, linkIncidents } from '../reconcile/link-incidents.js';
import { reconcile } from '../reconcile/reconcile.js';
import { loadGvaArticles, scaleReport } from './scale-reports.js';
import { streamSlice, WARM_UP_VARIANTS } from './bench-linking-variant.js';

export interface LinkingRun {
  readonly reports: number;
  readonly localIncidents: number;
  readonly incidents: number;
  /** Scored candidate pairs (blocking's output): linear linking keeps pairs per local incident flat. */
  readonly candidatePairs: number;
  readonly pairsPerLocalIncident: number;
  readonly repeats: number;
  readonly linkMilliseconds: number;
  readonly linkMicrosecondsPerReport: number;
  /** CPU time of the same runs (median): on a shared machine it moves less than the wall clock. */
  readonly linkCpuMilliseconds: number;
  readonly linkCpuMicrosecondsPerReport: number;
  readonly reconcileMilliseconds: number | null;
  readonly rssMB: number;
  readonly loadAverage: readonly number[];
}

export interface LinkingOptions {
  readonly path: string;
  readonly sizes?: readonly number[];
  readonly repeats?: number;
  /** Whole reconciliation is timed only up to this many reports (it also estimates and finds conflicts). */
  readonly reconcileMax?: number;
  /**
   * Years variant v moves by, per v (default 1: the variants of neighbouring v overlap, so the reports per year grow
   * until about five variants overlap; 6: they follow each other and the reports per year stay level, as in a feed
   * whose rate does not change, and each variant's articles come in the order of their dates, so a prefix of the
   * stream is a feed's first months at the same rate).
   */
  readonly yearsPerVariant?: number;
}

export function linkingOptions(argv: readonly string[], path: string): LinkingOptions {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = value('--sizes')?.split(',').map(Number);
  if (sizes?.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error(`bench linking: --sizes wants positive integers, got ${value('--sizes')}`);
  const repeats = value('--repeats');
  const reconcileMax = value('--reconcile-max');
  const yearsPerVariant = value('--years-per-variant');
  if (yearsPerVariant !== undefined && !/^[1-9]\d*$/.test(yearsPerVariant))
    throw new Error(`bench linking: --years-per-variant wants a positive integer, got ${yearsPerVariant}`);
  return {
    path,
    ...(sizes ? { sizes } : {}),
    ...(repeats ? { repeats: Number(repeats) } : {}),
    ...(reconcileMax ? { reconcileMax: Number(reconcileMax) } : {}),
    ...(yearsPerVariant ? { yearsPerVariant: Number(yearsPerVariant) } : {}),
  };
}

export async function benchLinking(options: LinkingOptions): Promise<{
  readonly articles: number;
  readonly yearsPerVariant: number;
  readonly extractSeconds: number;
  readonly runs: readonly LinkingRun[];
  readonly growth: string;
}> {
  const articles = await loadGvaArticles(options.path);
  if (articles.length === 0) throw new Error(`bench linking: no articles in ${options.path}`);
  const started = performance.now();
  const base = articles.map((_, n) => extractDocument(scaleReport(articles, n)));
  const extractSeconds = Math.round((performance.now() - started) / 100) / 10;
  const runs: LinkingRun[] = [];
  for (const size of options.sizes ?? [1_000, 10_000, 100_000]) {
    const years = options.yearsPerVariant ?? 1;
    // Repeat r takes the same articles r × (variants the size needs + 1) variants on: as many reports per year, none
    // of the names a run before it read.
    const span = Math.ceil(size / articles.length) + 1;
    const batch = (r: number) => streamSlice(articles, base, size, years, r * span);
    const warm = () => streamSlice(articles, base, Math.min(size, 2_000), years, WARM_UP_VARIANTS);
    runs.push(timeLinking(batch, warm, options.repeats ?? 5, size <= (options.reconcileMax ?? 10_000)));
    console.error(`bench linking: ${JSON.stringify(runs.at(-1))}`);
  }
  const first = runs[0]!;
  const last = runs.at(-1)!;
  const ratio = (f: (r: LinkingRun) => number) => (f(last) / f(first)).toFixed(2);
  const growth = `${ratio((r) => r.linkMicrosecondsPerReport)}× wall time (${ratio((r) => r.linkCpuMicrosecondsPerReport)}× CPU time) per report from ${first.reports} to ${last.reports} reports (1.00× = linear)`;
  return {
    articles: articles.length,
    yearsPerVariant: options.yearsPerVariant ?? 1,
    extractSeconds,
    runs,
    growth,
  };
}

function timeLinking(
  makeBatch: (repeat: number) => readonly DocumentExtraction[],
  warmUp: () => readonly DocumentExtraction[],
  repeats: number,
  withReconcile: boolean,
): LinkingRun {
  // Warm the JIT on other reports than the timed ones (every run reads its reports as a new batch would).
  linkIncidents(warmUp());
  let batch = makeBatch(0);
  // Large batches take minutes a run: fewer repeats, never fewer than one.
  const times: number[] = [];
  const cpu: number[] = [];
  let incidents = 0;
  const runs = batch.length >= 50_000 ? 1 : batch.length >= 10_000 ? Math.min(repeats, 3) : repeats;
  for (let r = 0; r < runs; r++) {
    if (r > 0) batch = makeBatch(r);
    globalThis.gc?.();
    const t = performance.now();
    const c = process.cpuUsage();
    incidents = linkIncidents(batch).incidents.length;
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const rssMB = Math.round(process.memoryUsage().rss / 2 ** 20);
  let reconcileMilliseconds: number | null = null;
  if (withReconcile) {
    const t = performance.now();
    reconcile(batch);
    reconcileMilliseconds = Math.round(performance.now() - t);
  }
  const ms = median(times);
  const cpuMs = median(cpu);
  const diagnostics = linkDiagnostics(batch);
  const localIncidents = diagnostics.nodes.length;
  return {
    reports: batch.length,
    localIncidents,
    incidents,
    candidatePairs: diagnostics.pairs.length,
    pairsPerLocalIncident: Math.round((diagnostics.pairs.length / Math.max(1, localIncidents)) * 10) / 10,
    repeats: runs,
    linkMilliseconds: Math.round(ms),
    linkMicrosecondsPerReport: Math.round((ms * 1000) / batch.length),
    linkCpuMilliseconds: Math.round(cpuMs),
    linkCpuMicrosecondsPerReport: Math.round((cpuMs * 1000) / batch.length),
    reconcileMilliseconds,
    rssMB,
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
