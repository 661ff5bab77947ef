// Two analyses compared as a store promises: the same incidents in the same order with the same rows, whatever
// ids the store gave (it keeps ids it made before and never gives a retired one again, so a store's ids may differ
// from the ones `analyze` makes from labels).
import { expect } from 'vitest';
import { assemble, withOwnDates } from '../../src/analyze.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { SourceDocument } from '../../src/model/document.js';
import { withStableIds } from '../../src/store/incident-identity.js';
import type { Store } from '../../src/store/store.js';
import { fixtureExtract } from './fixture-extractor.js';

/** The analysis as JSON with every incident id replaced by its place in the incident list (`#0`, `#1`, …). */
export function withNeutralIds(analysis: Analysis): string {
  const ids = new Map(analysis.incidents.map((i, n) => [i.id, `#${n}`]));
  return JSON.stringify({ ...analysis, ...withStableIds(analysis, ids) });
}

/** Asserts a store's view (its reports list aside) is `analyze` of these reports read by the fixture extractor. */
export async function expectFixtureView(store: Store, docs: readonly SourceDocument[]): Promise<Analysis> {
  const view = await store.analysis();
  const want = assemble(withOwnDates(docs).map(fixtureExtract));
  expect(withNeutralIds({ ...view, documents: [] })).toBe(withNeutralIds({ ...want, documents: [] }));
  return view;
}
