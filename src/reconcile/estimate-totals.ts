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

type Bound = 'low' | 'best' | 'high';

/** A bound its text writes open (`>200`, `26+`), or a high left null because the top account has no ceiling. */
function isOpenBound(e: Estimate, key: Bound): boolean {
  const text = e.text?.[key];
  if (key === 'high' && e.high === null && text) return true;
  return text !== undefined && text !== null && text !== String(e[key]);
}

/** The floor an open high stands on (`>200` → 201), for sums. */
function floorOfOpen(e: Estimate): number | null {
  const text = e.text?.high;
  if (e.high !== null || !text) return null;
  const n = Number(/\d+/u.exec(text)?.[0]);
  return text.startsWith('>') ? n + 1 : n;
}

export function estimateTotals(
  rows: readonly Estimate[],
  sourcesOf: (e: Estimate) => readonly string[],
): Estimate[] {
  const totals: Estimate[] = [];
  for (const list of groupBy(rows, (e) => `${e.incident}\u0000${e.outcome}`).values()) {
    const byGroup = new Map(list.map((e) => [e.group, e]));
    const sum = (set: readonly EstimateGroup[], pick: (e: Estimate) => number | null) =>
      set.reduce((s, g) => s + (byGroup.has(g) ? (pick(byGroup.get(g)!) ?? 0) : 0), 0);
    const bound = (key: Bound, pick: (e: Estimate) => number | null) => {
      const sums = DISJOINT_SETS.map((set) => ({ set, total: sum(set, pick) }));
      const top = sums.reduce((a, b) => (b.total > a.total ? b : a));
      const members = top.set.flatMap((g) => (byGroup.has(g) ? [byGroup.get(g)!] : []));
      const open = members.filter((e) => isOpenBound(e, key));
      // One open member (`over 200`) is written as it was; a sum with an open part is at least the sum.
      const text =
        open.length === 0
          ? String(top.total)
          : members.length === 1
            ? (open[0]!.text?.[key] ?? null)
            : `${top.total}+`;
      return { total: top.total, text, open: open.length > 0 };
    };
    const anyBest = list.some((e) => e.best !== null);
    const low = list.some((e) => e.low !== null) ? bound('low', (e) => e.low) : null;
    const best = anyBest ? bound('best', (e) => e.best) : null;
    const high = bound('high', (e) => e.high ?? floorOfOpen(e) ?? e.best ?? e.low);
    totals.push({
      incident: list[0]!.incident,
      outcome: list[0]!.outcome,
      group: 'all',
      low: low?.total ?? null,
      best: best?.total ?? null,
      high: high.open ? null : high.total,
      claims: [...new Set(list.flatMap((e) => e.claims))],
      independentSources: new Set(list.flatMap(sourcesOf)).size,
      text: { low: low?.text ?? null, best: best?.text ?? null, high: high.text },
    });
  }
  return totals;
}
