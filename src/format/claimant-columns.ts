// Columns of the figures grid: the claimants who say most, then the articles' own voice, the
// unattributed, and everyone else together, so the grid stays as wide as a terminal.
import type { Analysis } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import { claimantName } from '../reconcile/find-conflicts.js';

export interface Column {
  readonly key: string;
  readonly title: string;
  /** One source: its successive figures read as a revision (`4→23`); otherwise a list (`440/~450`). */
  readonly single: boolean;
}

const MAX_NAMED = 5;
// The articles' own voice has one name in every output: `the article` (claimantName, the claim's claimant).
const POOLED: Record<string, string> = { author: 'the article', unknown: 'unattributed' };

export function columnKey(c: Claim): string {
  return POOLED[c.claimant.kind] ?? c.claimant.id;
}

export function claimantColumns(claims: readonly Claim[], maxNamed = MAX_NAMED): Column[] {
  const counts = new Map<string, { n: number; claim: Claim }>();
  for (const c of claims) {
    const k = columnKey(c);
    const seen = counts.get(k);
    counts.set(k, { n: (seen?.n ?? 0) + 1, claim: seen?.claim ?? c });
  }
  const named = [...counts]
    .filter(([k]) => !Object.values(POOLED).includes(k))
    .sort((a, b) => b[1].n - a[1].n);
  const columns: Column[] = named
    .slice(0, maxNamed)
    .map(([key, { claim }]) => ({ key, title: claimantName(claim.claimant), single: true }));
  for (const pooled of Object.values(POOLED))
    if (counts.has(pooled)) columns.push({ key: pooled, title: pooled, single: false });
  if (named.length > maxNamed) columns.push({ key: 'others', title: 'others', single: false });
  return columns;
}

export function columnOf(c: Claim, columns: readonly Column[]): Column {
  const k = columnKey(c);
  return columns.find((col) => col.key === k) ?? columns.find((col) => col.key === 'others')!;
}

/** Rank of each claim in time: when it was said (or published), then document order, then position. */
export function claimOrder(result: Analysis): (c: Claim) => number {
  const docIndex = new Map(result.documents.map((d, i) => [d.id, i]));
  const published = new Map(result.documents.map((d) => [d.id, d.published]));
  const when = (c: Claim) => c.stated ?? published.get(c.document) ?? '9999';
  const sorted = [...result.claims].sort(
    (a, b) =>
      when(a).localeCompare(when(b)) ||
      (docIndex.get(a.document) ?? 0) - (docIndex.get(b.document) ?? 0) ||
      a.evidence.start - b.evidence.start,
  );
  const rank = new Map(sorted.map((c, i) => [c.id, i]));
  return (c) => rank.get(c.id) ?? 0;
}
