// Reconciliation time as the corpus grows: 1k, 10k and 100k claims drawn from the real extractions of the
// sample. Each synthetic document copies a real one under a new id and date, spells the main event as
// Jaffar / Jaffer / Jafar Express, nudges some figures, hands some to other outlets, and one in ten is
// about another event, so linking, echo folding, conflicts and estimates all have work proportional to n.
import { extractDocument } from '../extract/extract-document.js';
import type { Claim } from '../model/claim.js';
import type { DocumentExtraction, LocalIncident } from '../model/extraction.js';
import { reconcile } from '../reconcile/reconcile.js';
import { sampleDocuments } from './bench-extract.js';

export interface ReconcileBench {
  readonly claims: number;
  readonly documents: number;
  readonly milliseconds: number;
  readonly microsecondsPerClaim: number;
  readonly incidents: number;
  readonly conflicts: number;
  readonly estimates: number;
}

const SIZES = [1_000, 10_000, 100_000];
const SPELLINGS = ['Jaffar Express', 'Jaffer Express', 'Jafar Express'];

export async function benchReconcile(sizes: readonly number[] = SIZES): Promise<{
  readonly sourceClaims: number;
  readonly runs: readonly ReconcileBench[];
  readonly growth: string;
}> {
  const real = (await sampleDocuments()).map((d) => extractDocument(d));
  const sourceClaims = real.reduce((n, e) => n + e.claims.length, 0);
  if (sourceClaims === 0)
    throw new Error('bench-reconcile: extraction gave no claims on the sample to draw from');
  const runs = sizes.map((n) => run(synthesize(real, n)));
  const first = runs[0]!;
  const last = runs[runs.length - 1]!;
  const growth = `${(last.microsecondsPerClaim / first.microsecondsPerClaim).toFixed(2)}× time per claim from ${first.claims} to ${last.claims} claims (1.00× = linear)`;
  return { sourceClaims, runs, growth };
}

/** Best of a few runs for the small sizes: on a shared machine the minimum is the least noisy. */
function run(extractions: readonly DocumentExtraction[]): ReconcileBench {
  const claims = extractions.reduce((n, e) => n + e.claims.length, 0);
  reconcile(extractions.slice(0, 50)); // warm the JIT on a small batch
  let ms = Infinity;
  let view = reconcile([]);
  for (let r = 0; r < Math.max(1, Math.min(5, Math.floor(20_000 / claims))); r++) {
    const t = performance.now();
    view = reconcile(extractions);
    ms = Math.min(ms, performance.now() - t);
  }
  return {
    claims,
    documents: extractions.length,
    milliseconds: Math.round(ms),
    microsecondsPerClaim: Math.round((ms * 1000) / claims),
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
