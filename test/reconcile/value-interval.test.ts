import { describe, expect, test } from 'vitest';
import type { ClaimValue } from '../../src/model/claim.js';
import type { Qualifier } from '../../src/model/vocabulary.js';
import { QUALIFIERS } from '../../src/model/vocabulary.js';
import { relateValues, toInterval, type Relation } from '../../src/reconcile/value-interval.js';

const v = (qualifier: Qualifier, low: number | null, high: number | null = null, text = ''): ClaimValue => ({
  qualifier,
  low,
  high: high ?? (qualifier === 'exact' || qualifier === 'approx' ? low : null),
  text,
});

// SPEC.md values: `over 200` → 201..null, `fewer than 10` → ..9, `several dozen` → 24..null.
const exact = (n: number) => v('exact', n);
const approx = (n: number) => v('approx', n);
const atLeast = (n: number) => v('at_least', n);
const moreThan = (n: number) => v('more_than', n + 1);
const atMost = (n: number) => v('at_most', null, n);
const lessThan = (n: number) => v('less_than', null, n - 1);
const range = (a: number, b: number) => v('range', a, b);
const vague = (n: number) => v('vague', n);

const table: [string, ClaimValue, ClaimValue, Relation][] = [
  ['exact = exact', exact(33), exact(33), 'agrees'],
  ['exact ≠ exact', exact(33), exact(12), 'conflicts'],
  ['exact inside approx', exact(440), approx(450), 'refines'],
  ['exact outside approx', exact(300), approx(450), 'conflicts'],
  ['exact inside at_least', exact(214), atLeast(200), 'refines'],
  ['exact below at_least (4 soldiers vs 200 coffins)', exact(4), atLeast(200), 'conflicts'],
  ['exact inside more_than', exact(440), moreThan(400), 'refines'],
  ['exact below more_than', exact(4), moreThan(20), 'conflicts'],
  ['exact inside at_most', exact(5), atMost(10), 'refines'],
  ['exact above at_most', exact(12), atMost(10), 'conflicts'],
  ['exact inside less_than', exact(5), lessThan(10), 'refines'],
  ['exact at less_than bound', exact(10), lessThan(10), 'conflicts'],
  ['exact inside range', exact(75), range(70, 80), 'refines'],
  ['exact outside range (33 killed vs 70–80 involved)', exact(33), range(70, 80), 'conflicts'],
  ['exact inside vague (three dozen vs several dozen)', exact(36), vague(24), 'refines'],
  ['exact beyond vague', exact(155), vague(24), 'conflicts'],
  ['approx overlapping approx', approx(440), approx(450), 'agrees'],
  ['approx far from approx', approx(100), approx(200), 'conflicts'],
  ['approx inside at_least', approx(450), atLeast(200), 'refines'],
  ['approx below at_least', approx(100), atLeast(200), 'conflicts'],
  ['approx straddling more_than', approx(440), moreThan(400), 'agrees'],
  ['approx above more_than', approx(450), moreThan(400), 'refines'],
  ['approx below more_than', approx(100), moreThan(400), 'conflicts'],
  ['approx straddling at_most', approx(10), atMost(10), 'agrees'],
  ['approx above at_most', approx(50), atMost(10), 'conflicts'],
  ['approx inside less_than', approx(5), lessThan(10), 'refines'],
  ['approx above less_than', approx(50), lessThan(10), 'conflicts'],
  ['range inside approx', approx(75), range(70, 80), 'refines'],
  ['approx below range', approx(30), range(70, 80), 'conflicts'],
  ['approx inside vague', approx(30), vague(24), 'refines'],
  ['approx above vague', approx(500), vague(24), 'conflicts'],
  ['at_least = at_least', atLeast(200), atLeast(200), 'agrees'],
  ['at_least inside at_least (never conflict)', atLeast(26), atLeast(200), 'refines'],
  ['at_least inside more_than', atLeast(200), moreThan(100), 'refines'],
  ['at_least above at_most', atLeast(200), atMost(10), 'conflicts'],
  ['at_least overlapping at_most', atLeast(5), atMost(10), 'agrees'],
  ['at_least above less_than', atLeast(10), lessThan(10), 'conflicts'],
  ['at_least overlapping less_than', atLeast(5), lessThan(10), 'agrees'],
  ['at_least above range', atLeast(200), range(70, 80), 'conflicts'],
  ['at_least overlapping range', atLeast(75), range(70, 80), 'agrees'],
  ['vague inside at_least (hundreds vs at least 200)', vague(200), atLeast(200), 'refines'],
  ['at_least above vague', atLeast(2000), vague(24), 'conflicts'],
  ['more_than inside more_than', moreThan(400), moreThan(100), 'refines'],
  ['more_than = more_than', moreThan(100), moreThan(100), 'agrees'],
  ['more_than above at_most', moreThan(20), atMost(10), 'conflicts'],
  ['more_than overlapping at_most', moreThan(5), atMost(10), 'agrees'],
  ['more_than overlapping less_than', moreThan(5), lessThan(10), 'agrees'],
  ['more_than above less_than', moreThan(20), lessThan(10), 'conflicts'],
  ['more_than above range', moreThan(400), range(70, 80), 'conflicts'],
  ['range inside more_than', range(70, 80), moreThan(60), 'refines'],
  ['vague inside more_than', vague(24), moreThan(20), 'refines'],
  ['more_than above vague', moreThan(1000), vague(24), 'conflicts'],
  ['at_most = at_most', atMost(10), atMost(10), 'agrees'],
  ['at_most inside at_most', atMost(5), atMost(10), 'refines'],
  ['less_than inside at_most', lessThan(10), atMost(10), 'refines'],
  ['at_most below range', atMost(10), range(70, 80), 'conflicts'],
  ['range inside at_most', range(70, 80), atMost(100), 'refines'],
  ['at_most below vague', atMost(10), vague(24), 'conflicts'],
  ['at_most overlapping vague', atMost(50), vague(24), 'agrees'],
  ['less_than = less_than', lessThan(10), lessThan(10), 'agrees'],
  ['range inside less_than', range(70, 80), lessThan(100), 'refines'],
  ['less_than below range', lessThan(10), range(70, 80), 'conflicts'],
  ['less_than below vague', lessThan(20), vague(24), 'conflicts'],
  ['less_than overlapping vague', lessThan(30), vague(24), 'agrees'],
  ['range overlapping range', range(70, 80), range(75, 90), 'agrees'],
  ['range apart from range', range(70, 80), range(10, 20), 'conflicts'],
  ['range inside range', range(72, 78), range(70, 80), 'refines'],
  ['range inside vague', range(70, 80), vague(24), 'refines'],
  ['range beyond vague', range(200, 300), vague(24), 'conflicts'],
  ['vague = vague', vague(24), vague(24), 'agrees'],
  ['dozens vs hundreds', vague(24), vague(200), 'conflicts'],
];

describe('relateValues', () => {
  test.each(table)('%s', (_name, a, b, expected) => {
    expect(relateValues(a, b)).toBe(expected);
    expect(relateValues(b, a)).toBe(expected);
  });

  test('the table covers every qualifier pair', () => {
    const covered = new Set(table.map(([, a, b]) => [a.qualifier, b.qualifier].sort().join('/')));
    for (const x of QUALIFIERS)
      for (const y of QUALIFIERS) expect(covered).toContain([x, y].sort().join('/'));
  });

  test('every qualifier pair can both agree and conflict, except open floors that always overlap', () => {
    const kinds = new Map<string, Set<Relation>>();
    for (const [, a, b, r] of table) {
      const k = [a.qualifier, b.qualifier].sort().join('/');
      kinds.set(k, (kinds.get(k) ?? new Set()).add(r));
    }
    const alwaysOverlap = new Set([
      'at_least/at_least',
      'at_least/more_than',
      'more_than/more_than',
      'at_most/at_most',
      'at_most/less_than',
      'less_than/less_than',
    ]);
    for (const [k, rs] of kinds) {
      if (alwaysOverlap.has(k)) expect(rs.has('conflicts'), k).toBe(false);
      else expect(rs.has('conflicts'), k).toBe(true);
    }
  });
});

describe('toInterval', () => {
  test.each([
    ['about 450 tolerates 10%', approx(450), 405, 495],
    ['about 5 tolerates at least one', approx(5), 4, 6],
    ['over 200 is open', moreThan(200), 201, Infinity],
    ['fewer than 10', lessThan(10), 0, 9],
    ['70 to 80', range(70, 80), 70, 80],
    ['hundreds reach five times their floor', vague(200), 200, 1000],
    ['a bare "all" allows anything', v('exact', null, null, 'all'), 0, Infinity],
  ])('%s', (_name, value, lo, hi) => {
    expect(toInterval(value)).toEqual({ lo, hi });
  });
});
