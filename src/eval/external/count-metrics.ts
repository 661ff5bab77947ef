// Metrics over predicted vs gold counts, shared by the GVA and GVDB scorers. Pure: numbers in, numbers out.

export interface CountPair {
  readonly gold: number;
  readonly predicted: number;
}

export interface CountScore {
  readonly n: number;
  /** Share of items whose predicted count equals the gold count. */
  readonly exact: number;
  /** Mean absolute error (a few absurd figures dominate it; see `within1`). */
  readonly mae: number;
  /** Share of items off by at most one: robust to the rare absurd figure. */
  readonly within1: number;
  /** The always-zero baseline: exact and MAE when every prediction is 0. */
  readonly zeroExact: number;
  readonly zeroMae: number;
}

export function scoreCounts(pairs: readonly CountPair[]): CountScore {
  const n = pairs.length;
  const share = (f: (p: CountPair) => number) => (n === 0 ? 0 : pairs.reduce((s, p) => s + f(p), 0) / n);
  return {
    n,
    exact: share((p) => (p.predicted === p.gold ? 1 : 0)),
    mae: share((p) => Math.abs(p.predicted - p.gold)),
    within1: share((p) => (Math.abs(p.predicted - p.gold) <= 1 ? 1 : 0)),
    zeroExact: share((p) => (p.gold === 0 ? 1 : 0)),
    zeroMae: share((p) => Math.abs(p.gold)),
  };
}

export interface IntervalItem {
  readonly gold: number;
  readonly low: number;
  /** null: unbounded above. */
  readonly high: number | null;
}

export interface IntervalScore {
  readonly n: number;
  /** Share of items with low <= gold <= high (null high = unbounded). */
  readonly coverage: number;
  /** Mean of high - low over the items whose high is finite. */
  readonly meanWidth: number;
  /** How many intervals are unbounded above (left out of the mean width). */
  readonly unbounded: number;
}

export function scoreIntervals(items: readonly IntervalItem[]): IntervalScore {
  const covered = items.filter((i) => i.gold >= i.low && (i.high === null || i.gold <= i.high)).length;
  const finite = items.filter((i): i is IntervalItem & { high: number } => i.high !== null);
  const width = finite.reduce((s, i) => s + (i.high - i.low), 0);
  return {
    n: items.length,
    coverage: items.length === 0 ? 0 : covered / items.length,
    meanWidth: finite.length === 0 ? 0 : width / finite.length,
    unbounded: items.length - finite.length,
  };
}

export interface PrecisionRecall {
  readonly tp: number;
  /** Denominator of precision (predicted items) and of recall (gold items). */
  readonly predicted: number;
  readonly gold: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function precisionRecall(tp: number, predicted: number, gold: number): PrecisionRecall {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/**
 * Counts as multisets of victims: an article saying 3 killed where gold lists 2 has 2 true positives,
 * 1 false positive; tp = min(predicted, gold) per item, summed.
 */
export function multisetPrecisionRecall(pairs: readonly CountPair[]): PrecisionRecall {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const p of pairs) {
    tp += Math.min(p.predicted, p.gold);
    predicted += p.predicted;
    gold += p.gold;
  }
  return precisionRecall(tp, predicted, gold);
}

/** Where a scorer's counts came from, in words: reconciled estimates, a labelled fallback, or both. */
export function countsSource(
  r: { readonly fromEstimates: number; readonly fromFallback: number },
  fallback: string,
): string {
  if (r.fromFallback === 0)
    return r.fromEstimates > 0 ? 'reconciled estimates (group "all")' : 'no claims at all';
  if (r.fromEstimates === 0) return `FALLBACK: ${fallback} (no estimates yet)`;
  return `mixed: ${r.fromEstimates} from estimates, ${r.fromFallback} from the fallback (${fallback})`;
}
