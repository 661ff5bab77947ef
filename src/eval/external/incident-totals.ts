// What the system says an article set's main incident cost: the reconciled `all` estimate when reconciliation
// produces estimates, else a clearly labelled stand-in computed from the main incident's claims.
import type { Analysis, Incident } from '../../model/analysis.js';
import type { Claim } from '../../model/claim.js';

export type CountedOutcome = 'killed' | 'wounded';

/** How a total was obtained; `none` means nothing was said and the total counts as 0. */
export type TotalSource = 'estimate' | 'max-claim' | 'sum-of-group-max' | 'none';

/** Stand-ins used while `estimates` is empty: the largest claim, or the largest claim per group summed. */
export type Fallback = 'max-claim' | 'sum-of-group-max';

export interface OutcomeTotal {
  readonly low: number;
  readonly best: number;
  readonly high: number | null;
  readonly source: TotalSource;
  /** The claims behind the total (for error reports). */
  readonly claims: readonly Claim[];
}

const ZERO: OutcomeTotal = { low: 0, best: 0, high: 0, source: 'none', claims: [] };

/** The incident covering the most documents; ties go to the one with most claims, then to `main`. */
export function pickMainIncident(analysis: Analysis): Incident | null {
  const claimCount = new Map<string, number>();
  for (const c of analysis.claims) {
    if (c.incident !== null) claimCount.set(c.incident, (claimCount.get(c.incident) ?? 0) + 1);
  }
  const rank = (i: Incident) => [i.documents.length, claimCount.get(i.id) ?? 0, i.main ? 1 : 0] as const;
  let best: Incident | null = null;
  for (const i of analysis.incidents) {
    if (best === null || compareRanks(rank(i), rank(best)) > 0) best = i;
  }
  return best;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < a.length; k++) {
    const d = (a[k] ?? 0) - (b[k] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** True when reconciliation produced estimates; the stand-ins are used only when it did not. */
export function usesEstimates(analysis: Analysis): boolean {
  return analysis.estimates.length > 0;
}

/** True when the analysis has claims but reconciliation made no estimates, so the stand-ins apply. */
export function usesFallback(analysis: Analysis): boolean {
  return analysis.estimates.length === 0 && analysis.claims.length > 0;
}

export function incidentTotal(
  analysis: Analysis,
  incident: Incident | null,
  outcome: CountedOutcome,
  fallback: Fallback,
): OutcomeTotal {
  if (incident === null) return ZERO;
  const claims = analysis.claims.filter((c) => c.incident === incident.id && c.outcome === outcome);
  if (usesEstimates(analysis)) {
    const e = analysis.estimates.find(
      (x) => x.incident === incident.id && x.outcome === outcome && x.group === 'all',
    );
    if (!e) return ZERO;
    const ids = new Set(e.claims);
    const best = e.best ?? 0;
    return {
      low: e.low ?? best,
      best,
      high: e.high,
      source: 'estimate',
      claims: claims.filter((c) => ids.has(c.id)),
    };
  }
  return fallback === 'max-claim' ? maxClaim(claims) : sumOfGroupMax(claims);
}

/** The point a claim stands for: its low bound, or its high bound for "up to N". */
export function claimPoint(c: Claim): number {
  return c.value.low ?? c.value.high ?? 0;
}

export function maxClaim(claims: readonly Claim[]): OutcomeTotal {
  let top: Claim | null = null;
  for (const c of claims) if (top === null || claimPoint(c) > claimPoint(top)) top = c;
  if (top === null) return ZERO;
  const best = claimPoint(top);
  return { low: top.value.low ?? best, best, high: top.value.high, source: 'max-claim', claims: [top] };
}

export function sumOfGroupMax(claims: readonly Claim[]): OutcomeTotal {
  const byGroup = new Map<string, Claim[]>();
  for (const c of claims) byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), c]);
  if (byGroup.size === 0) return ZERO;
  let low = 0;
  let best = 0;
  let high: number | null = 0;
  const used: Claim[] = [];
  for (const group of byGroup.values()) {
    const t = maxClaim(group);
    low += t.low;
    best += t.best;
    high = high === null || t.high === null ? null : high + t.high;
    used.push(...t.claims);
  }
  return { low, best, high, source: 'sum-of-group-max', claims: used };
}
