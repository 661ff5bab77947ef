// The `all` row per incident × outcome: everyone counted once. Groups overlap (the 23 soldiers may be
// among the passengers; "31 people" may already include them), so the total is never a plain sum of
// rows: it is the largest sum over a set of groups known to be disjoint. Each such sum undercounts at
// worst, never double-counts; low, best and high use the same sets, so low ≤ best ≤ high still holds.
import type { Estimate } from '../model/analysis.js';
import type { EstimateGroup } from '../model/vocabulary.js';
import { groupBy } from './tally.js';

const DISJOINT_SETS: readonly (readonly EstimateGroup[])[] = [
  ['militants', 'security_forces', 'civilians', 'railway_staff', 'foreign_nationals', 'other'],
  ['militants', 'passengers'],
  ['militants', 'hostages'],
  ['people'],
];

export function estimateTotals(
  rows: readonly Estimate[],
  sourcesOf: (e: Estimate) => readonly string[],
): Estimate[] {
  const totals: Estimate[] = [];
  for (const list of groupBy(rows, (e) => `${e.incident}\u0000${e.outcome}`).values()) {
    const byGroup = new Map(list.map((e) => [e.group, e]));
    const sum = (set: readonly EstimateGroup[], pick: (e: Estimate) => number | null) =>
      set.reduce((s, g) => s + (byGroup.has(g) ? (pick(byGroup.get(g)!) ?? 0) : 0), 0);
    const over = (pick: (e: Estimate) => number | null) =>
      Math.max(...DISJOINT_SETS.map((set) => sum(set, pick)));
    const anyBest = list.some((e) => e.best !== null);
    const best = anyBest ? over((e) => e.best) : null;
    totals.push({
      incident: list[0]!.incident,
      outcome: list[0]!.outcome,
      group: 'all',
      low: list.some((e) => e.low !== null) ? over((e) => e.low) : null,
      best,
      high: over((e) => e.high ?? e.best ?? e.low),
      claims: [...new Set(list.flatMap((e) => e.claims))],
      independentSources: new Set(list.flatMap(sourcesOf)).size,
    });
  }
  return totals;
}
