import { describe, expect, test } from 'vitest';
import { reconcile } from '../../src/reconcile/reconcile.js';
import { buildExtraction, type ClaimSpec, type DocSpec } from './fixture-builder.js';

const ISPR: ClaimSpec['claimant'] = ['pakistan-military', 'ISPR', 'official'];
const BLA: ClaimSpec['claimant'] = ['bla', 'BLA', 'insurgent'];
const AUTHOR: ClaimSpec['claimant'] = ['author', 'author', 'author'];
const LOCAL: ClaimSpec['claimant'] = ['local-sources', 'local sources', 'local'];

const killed = (
  text: string,
  low: number,
  claimant: ClaimSpec['claimant'],
  more: Partial<ClaimSpec> = {},
): ClaimSpec => ({
  incident: 'jx',
  outcome: 'killed',
  group: 'militants',
  text,
  low,
  claimant,
  sentence: `Reportedly ${text} militants were killed.`,
  ...more,
});

const doc = (i: number, claims: ClaimSpec[]): DocSpec => ({
  id: `d${i}`,
  published: `2025-03-1${i + 2}`,
  incidents: [{ key: 'jx', label: i % 2 ? 'Jaffer Express' : 'Jaffar Express', main: true }],
  claims,
});

function militantsKilled(docs: DocSpec[]) {
  const view = reconcile(docs.map(buildExtraction));
  const row = view.estimates.find((e) => e.outcome === 'killed' && e.group === 'militants');
  return { view, row: row! };
}

describe('echoes vs independent confirmation', () => {
  test("five articles repeating the ISPR's 33 are one source", () => {
    const { row } = militantsKilled([0, 1, 2, 3, 4].map((i) => doc(i, [killed('all 33', 33, ISPR)])));
    expect(row.claims).toHaveLength(5);
    expect(row.independentSources).toBe(1);
    expect(row).toMatchObject({ low: 33, best: 33, high: 33 });
  });

  test('an article stating the same figure in its own voice echoes the named source', () => {
    const { row } = militantsKilled([
      doc(0, [killed('all 33', 33, ISPR)]),
      doc(1, [killed('33', 33, AUTHOR)]),
      doc(2, [killed('33', 33, AUTHOR)]),
    ]);
    expect(row.independentSources).toBe(1);
  });

  test('a different claimant is independent, and so is an article’s own figure that matches no one', () => {
    const { row, view } = militantsKilled([
      doc(0, [killed('all 33', 33, ISPR)]),
      doc(1, [killed('12', 12, BLA)]),
      doc(2, [killed('three dozen', 36, AUTHOR)]),
    ]);
    expect(row.independentSources).toBe(3);
    expect(row).toMatchObject({ low: 12, best: 33, high: 36 });
    const contradiction = view.conflicts.find((c) => c.kind === 'contradiction');
    expect(contradiction?.summary).toMatch(/BLA says 12.*ISPR says all 33/);
  });

  test('repeats do not make a contradiction or a revision on their own', () => {
    const { view } = militantsKilled(
      [0, 1, 2].map((i) => doc(i, [killed('all 33', 33, ISPR), killed('33', 33, AUTHOR)])),
    );
    expect(view.conflicts).toEqual([]);
  });

  test('a source repeating its old figure in a later article has not revised back', () => {
    const { view } = militantsKilled([
      doc(0, [killed('50', 50, BLA, { stated: '2025-03-12' })]),
      doc(1, [killed('214', 214, BLA, { stated: '2025-03-13' })]),
      doc(2, [killed('50', 50, BLA)]),
    ]);
    const revision = view.conflicts.find((c) => c.kind === 'revision');
    expect(revision?.summary).toMatch(/50 \(Mar 12\) → 214 \(Mar 13\)/);
    const row = view.estimates.find((e) => e.group === 'militants')!;
    expect(row.best).toBe(214);
  });

  test('hedged figures (threats) count toward high only', () => {
    const { row, view } = militantsKilled([
      doc(0, [killed('all 33', 33, ISPR)]),
      doc(1, [killed('hundreds', 200, BLA, { qualifier: 'vague', hedged: true })]),
    ]);
    // `hundreds` has no ceiling: the high is open, written `200+`.
    expect(row).toMatchObject({ low: 33, best: 33, high: null, independentSources: 1 });
    expect(row?.text?.high).toBe('200+');
    expect(view.conflicts).toEqual([]);
  });

  test('figures of one source on one date are differing figures, and the larger one stands', () => {
    const { view, row } = militantsKilled([
      doc(0, [killed('23', 23, ISPR, { stated: '2025-03-12' })]),
      doc(1, [killed('four', 4, ISPR, { stated: '2025-03-12' })]),
      doc(2, [killed('12', 12, BLA)]),
      doc(3, [killed('70', 70, LOCAL)]),
    ]);
    expect(view.conflicts.find((c) => c.kind === 'revision')?.summary).toMatch(
      /ISPR gave differing figures, four \(Mar 12\); 23 \(Mar 12\)/,
    );
    expect(row.best).toBe(23);
  });
});
