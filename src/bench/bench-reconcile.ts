// `npm run bench -- reconcile [--sizes 1000,10000,100000] [--shape reports|one-event]`: reconciliation time as
// the corpus grows, per claim.
// - `reports` (the default when ../shared holds the GVA dev articles): the real GVA dev articles, each extracted once,
//   then variants of their extractions with moved years and invented places and names (bench-linking-variant.ts, as
//   the linking bench makes them); each size reconciles the shortest prefix holding that many claims. A corpus grows
//   as a store does: more events, each reported a few times, and older events recalled. `--years-per-variant 6`
//   moves variant v by 6v years, so the variants follow each other in time and the reports per year stay level (by
//   default, 1: neighbouring variants overlap and the reports per year grow until about five do).
// - `one-event` (the default without GVA): copies of the sample's extractions under new ids and dates, the main event
//   spelled Jaffar / Jaffer / Jafar Express, some figures nudged, some handed to other outlets, one in ten about
//   another event: nine tenths of the corpus is one incident, so it measures how the work on one incident grows with
//   its reports.
import { extractDocument } from '../extract/extract-document.js';
import type { Claim } from '../model/claim.js';
import type { DocumentExtraction, LocalIncident } from '../model/extraction.js';
import { reconcile } from '../reconcile/reconcile.js';
import { loadavg } from 'node:os';
import { sampleDocuments } from './bench-extract.js';
import { loadGvaArticles, scaleReport, type GvaArticle } from './scale-reports.js';
import { freshCopy, streamAt, streamOrder, variantOf, WARM_UP_VARIANTS } from './bench-linking-variant.js';

export interface ReconcileBench {
  readonly claims: number;
  readonly documents: number;
  readonly milliseconds: number;
  readonly microsecondsPerClaim: number;
  /** CPU time of the same run: on a shared machine it moves less than the wall clock. */
  readonly cpuMicrosecondsPerClaim: number;
  readonly incidents: number;
  readonly conflicts: number;
  readonly estimates: number;
}

const SIZES = [1_000, 10_000, 100_000];
const SPELLINGS = ['Jaffar Express', 'Jaffer Express', 'Jafar Express'];
const SHAPES = ['reports', 'one-event'] as const;

export interface ReconcileOptions {
  readonly sizes: readonly number[];
  readonly shape: (typeof SHAPES)[number];
  /** The GVA dev articles (`incidents-dev.jsonl`), for the `reports` shape. */
  readonly gva: string | null;
  /** Years variant v of an article moves by, per v (`reports` shape; default 1). */
  readonly yearsPerVariant?: number;
}

export function reconcileOptions(argv: readonly string[], gva: string | null): ReconcileOptions {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (value('sizes') ?? SIZES.join(',')).split(',').map((s) => Number(s.trim()));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--sizes: whole numbers of claims, comma-separated, e.g. 1000,10000');
  const shape = value('shape') ?? (gva === null ? 'one-event' : 'reports');
  if (!(SHAPES as readonly string[]).includes(shape))
    throw new Error(`--shape: ${shape} is none of ${SHAPES.join(', ')}`);
  if (shape === 'reports' && gva === null)
    throw new Error('--shape reports needs the GVA dev articles in ../shared (or TRIANGULATE_SHARED)');
  const years = value('years-per-variant');
  if (years !== undefined && !/^[1-9]\d*$/.test(years))
    throw new Error(`--years-per-variant wants a positive integer, got ${years}`);
  return {
    sizes: [...sizes].sort((a, b) => a - b),
    shape: shape as ReconcileOptions['shape'],
    gva,
    ...(years ? { yearsPerVariant: Number(years) } : {}),
  };
}

export async function benchReconcile(
  options: ReconcileOptions = { sizes: SIZES, shape: 'one-event', gva: null },
): Promise<{
  readonly shape: string;
  readonly yearsPerVariant: number | null;
  readonly sourceClaims: number;
  readonly runs: readonly ReconcileBench[];
  readonly growth: string;
  readonly load: string;
}> {
  const load0 = loadavg();
  let sourceClaims: number;
  // What the JIT warms on before each size, and what repeat r reconciles. The `one-event` shape is copies of five
  // reports anyway: it warms on the size's own first reports and repeats them. With `reports`, the warm-up takes far
  // variants of the articles and repeat r takes the same articles r × (variants needed + 1) on, so no run finds the
  // names and places it reads in the memos of a run before it.
  let runs: ReconcileBench[];
  if (options.shape === 'reports') {
    const years = options.yearsPerVariant ?? 1;
    const articles = await loadGvaArticles(options.gva!);
    const base: (DocumentExtraction | undefined)[] = [];
    const all = reportExtractions(articles, base, options.sizes[options.sizes.length - 1]!, years);
    sourceClaims = all.reduce((n, e) => n + e.claims.length, 0);
    const far = reportExtractions(articles, base, 5_000, years, WARM_UP_VARIANTS);
    runs = options.sizes.map((n) => {
      const first = prefixWith(all, n);
      const span = Math.ceil(first.length / articles.length) + 1;
      return run((r) => (r === 0 ? first : reportExtractions(articles, base, n, years, r * span)), far);
    });
  } else {
    const real = (await sampleDocuments()).map((d) => extractDocument(d));
    sourceClaims = real.reduce((n, e) => n + e.claims.length, 0);
    if (sourceClaims === 0)
      throw new Error('bench-reconcile: extraction gave no claims on the sample to draw from');
    runs = options.sizes.map((n) => {
      const corpus = synthesize(real, n);
      return run(() => corpus, corpus.slice(0, 2_000));
    });
  }
  const first = runs[0]!;
  const last = runs[runs.length - 1]!;
  const growth = `${(last.microsecondsPerClaim / first.microsecondsPerClaim).toFixed(2)}× wall time (${(last.cpuMicrosecondsPerClaim / first.cpuMicrosecondsPerClaim).toFixed(2)}× CPU time) per claim from ${first.claims} to ${last.claims} claims (1.00× = linear)`;
  const fmt = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  return {
    shape: options.shape,
    yearsPerVariant: options.shape === 'reports' ? (options.yearsPerVariant ?? 1) : null,
    sourceClaims,
    runs,
    growth,
    load: `${fmt(load0)} → ${fmt(loadavg())}`,
  };
}

/**
 * The articles extracted once (kept in `base`), then variants of them, each `skip` variants on, until they hold
 * `claims` claims.
 */
function reportExtractions(
  articles: readonly GvaArticle[],
  base: (DocumentExtraction | undefined)[],
  claims: number,
  yearsPerVariant: number,
  skip = 0,
): DocumentExtraction[] {
  const order = streamOrder(articles, yearsPerVariant);
  const out: DocumentExtraction[] = [];
  let total = 0;
  for (let n = 0; total < claims; n++) {
    const { article: i, variant } = streamAt(order, n, skip);
    base[i] ??= extractDocument(scaleReport(articles, i));
    const e = variantOf(base[i], articles[i]!, variant, yearsPerVariant);
    out.push(e);
    total += e.claims.length;
    if (variant > skip && i === articles.length - 1 && total === 0) break;
  }
  return out;
}

/** The shortest prefix holding at least `claims` claims. */
function prefixWith(all: readonly DocumentExtraction[], claims: number): DocumentExtraction[] {
  let total = 0;
  let n = 0;
  while (n < all.length && total < claims) total += all[n++]!.claims.length;
  return all.slice(0, n);
}

/**
 * Best of a few runs for the small sizes (on a shared machine the minimum is the least noisy), each over new objects:
 * reconciling objects reconciled before would skip reading the reports (`freshCopy`).
 */
function run(
  makeBatch: (repeat: number) => readonly DocumentExtraction[],
  warmUp: readonly DocumentExtraction[],
): ReconcileBench {
  const extractions = makeBatch(0);
  const claims = extractions.reduce((n, e) => n + e.claims.length, 0);
  reconcile(warmUp.map(freshCopy)); // warm the JIT on other objects
  let ms = Infinity;
  let cpuMs = Infinity;
  let view = reconcile([]);
  for (let r = 0; r < Math.max(1, Math.min(5, Math.floor(20_000 / claims))); r++) {
    const batch = (r === 0 ? extractions : makeBatch(r)).map(freshCopy);
    globalThis.gc?.();
    const t = performance.now();
    const c = process.cpuUsage();
    view = reconcile(batch);
    ms = Math.min(ms, performance.now() - t);
    const used = process.cpuUsage(c);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  return {
    claims,
    documents: extractions.length,
    milliseconds: Math.round(ms),
    microsecondsPerClaim: Math.round((ms * 1000) / claims),
    cpuMicrosecondsPerClaim: Math.round((cpuMs * 1000) / claims),
    incidents: view.incidents.length,
    conflicts: view.conflicts.length,
    estimates: view.estimates.length,
  };
}

/** Copies of the real extractions, varied, until `target` claims. Deterministic (no Math.random). */
export function synthesize(real: readonly DocumentExtraction[], target: number): DocumentExtraction[] {
  const out: DocumentExtraction[] = [];
  let total = 0;
  for (let k = 0; total < target; k++) {
    const base = real[k % real.length]!;
    if (base.claims.length === 0) continue;
    const id = `syn-${k}`;
    const otherEvent = k % 10 === 9;
    const incidents = base.incidents.map((i) => variant(i, k, otherEvent));
    const claims = base.claims.slice(0, target - total).map((c, j) => vary(c, id, k, j));
    const published = `2025-03-${String(12 + (k % 6)).padStart(2, '0')}`;
    out.push({ ...base, document: { ...base.document, id, published }, incidents, claims });
    total += claims.length;
  }
  return out;
}

function variant(i: LocalIncident, k: number, otherEvent: boolean): LocalIncident {
  if (!i.main) return i;
  if (otherEvent) {
    const n = k % 97;
    return {
      ...i,
      label: `Train attack ${n}`,
      aliases: [`Train attack ${n}`],
      date: `20${10 + (n % 14)}-0${1 + (n % 9)}-1${n % 10}`,
    };
  }
  const name = SPELLINGS[k % SPELLINGS.length]!;
  return { ...i, label: name, aliases: [name, `the ${name} hijacking`] };
}

function vary(c: Claim, doc: string, k: number, j: number): Claim {
  const nudge = (k + j) % 7 === 0 ? 1 + (k % 5) : 0;
  const value = {
    ...c.value,
    low: c.value.low === null ? null : c.value.low + nudge,
    high: c.value.high === null ? null : c.value.high + nudge,
  };
  // Some figures move to one of many outlets, so sources (and echo folding) grow with the corpus.
  const claimant =
    (k + j) % 5 === 0
      ? { id: `outlet-${k % 500}`, name: `Outlet ${k % 500}`, kind: 'media' as const }
      : c.claimant;
  return { ...c, id: `${doc}#${j}`, document: doc, value, claimant };
}
