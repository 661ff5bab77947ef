// The clustering of linking: average linkage over scored pairs, and what a pair never scored (its two reports share
// no blocking key) counts for.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clusterPairs, type ScoredPair } from '../../src/reconcile/cluster-pairs.js';

const never = () => false;
const sorted = (groups: number[][]) =>
  groups.map((g) => [...g].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);

// Three reports of one event that all share keys, and a fourth that shares one key with one of them only.
const pairs: ScoredPair[] = [
  { a: 0, b: 1, score: 5 },
  { a: 1, b: 2, score: 5 },
  { a: 0, b: 2, score: 5 },
  { a: 2, b: 3, score: 1 },
];

describe('clusterPairs', () => {
  test('pairs never scored are unknown by default: one scored pair can bring a report into a cluster', () => {
    expect(sorted(clusterPairs(4, pairs, { threshold: 0, cannotLink: never }))).toEqual([[0, 1, 2, 3]]);
  });

  test('with a score for pairs never scored, the mean is over every pair between two clusters', () => {
    // (1 − 1 − 1) / 3 < 0: the fourth report shares nothing with two of the three.
    expect(sorted(clusterPairs(4, pairs, { threshold: 0, cannotLink: never, unscored: -1 }))).toEqual([
      [0, 1, 2],
      [3],
    ]);
  });

  test('a report that shares keys with every member still joins', () => {
    const all = [...pairs, { a: 0, b: 3, score: 1 }, { a: 1, b: 3, score: 1 }];
    expect(sorted(clusterPairs(4, all, { threshold: 0, cannotLink: never, unscored: -1 }))).toEqual([
      [0, 1, 2, 3],
    ]);
  });

  test('cannot-link wins over any score', () => {
    const apart = (l: readonly number[], r: readonly number[]) => l.includes(0) && r.includes(1);
    const out = sorted(clusterPairs(2, [{ a: 0, b: 1, score: 9 }], { threshold: 0, cannotLink: apart }));
    expect(out).toEqual([[0], [1]]);
  });

  describe('a stricter bar for some merges', () => {
    // Two clusters that `applies` names merge only at the higher bar; others at the threshold.
    const chain: ScoredPair[] = [
      { a: 0, b: 1, score: 4 },
      { a: 1, b: 2, score: 0.5 },
    ];
    const both = (l: readonly number[], r: readonly number[]) => l.includes(0) && r.includes(2);

    test('held back below the bar, merged above it', () => {
      const out = (bar: number) =>
        sorted(
          clusterPairs(3, chain, {
            threshold: 0,
            cannotLink: never,
            stricter: { threshold: bar, applies: both },
          }),
        );
      expect(out(1)).toEqual([[0, 1], [2]]);
      expect(out(0.5)).toEqual([[0, 1, 2]]);
    });

    test('merges it does not name keep the threshold', () => {
      const none = () => false;
      expect(
        sorted(
          clusterPairs(3, chain, {
            threshold: 0,
            cannotLink: never,
            stricter: { threshold: 9, applies: none },
          }),
        ),
      ).toEqual([[0, 1, 2]]);
    });

    test("the bar is on the two clusters' mean, not on one pair", () => {
      // 3 joins {0, 1} first (mean 3); {0, 1, 3} and 2 then have mean (0.5 + 2.5) / 2 = 1.5, above the bar, though
      // their pair 1–2 alone (0.5) is below it.
      const later: ScoredPair[] = [...chain, { a: 1, b: 3, score: 3 }, { a: 2, b: 3, score: 2.5 }];
      expect(
        sorted(
          clusterPairs(4, later, {
            threshold: 0,
            cannotLink: never,
            stricter: { threshold: 1, applies: both },
          }),
        ),
      ).toEqual([[0, 1, 2, 3]]);
    });
  });

  test('the clusters do not depend on the order of the pairs', () => {
    const reference = sorted(clusterPairs(4, pairs, { threshold: 0, cannotLink: never, unscored: -1 }));
    fc.assert(
      fc.property(
        fc.shuffledSubarray(pairs, { minLength: pairs.length, maxLength: pairs.length }),
        (order) => {
          expect(sorted(clusterPairs(4, order, { threshold: 0, cannotLink: never, unscored: -1 }))).toEqual(
            reference,
          );
        },
      ),
      { numRuns: 24 },
    );
  });
});
