// Two analyses compared as a store promises: the same incidents in the same order with the same rows, whatever
// ids the store gave (it keeps ids it made before and never gives a retired one again, so a store's ids may differ
// from the ones `analyze` makes from labels).
import type { Analysis } from '../../src/model/analysis.js';
import { withStableIds } from '../../src/store/incident-identity.js';

/** The analysis as JSON with every incident id replaced by its place in the incident list (`#0`, `#1`, …). */
export function withNeutralIds(analysis: Analysis): string {
  const ids = new Map(analysis.incidents.map((i, n) => [i.id, `#${n}`]));
  return JSON.stringify({ ...analysis, ...withStableIds(analysis, ids) });
}
