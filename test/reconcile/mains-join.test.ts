// Two reports' main events that the first pass of the clustering left apart (every pair between them counted, a
// pair never scored against them) join in the second pass, where recalled mentions come in and pairs never scored
// are unknown, only at `LINK.mainsJoin`: weak pairs through a recalled mention (a party shooting one report recalls,
// scored a little above the threshold against two other reports' parties) no longer chain unrelated events.
import { describe, expect, it } from 'vitest';
import { linkScored } from '../../src/reconcile/link-incidents.js';
import { LINK } from '../../src/reconcile/link-score.js';

const m = (document: string, key: string) => `${document}\u0000${key}`;
const members = [
  { member: m('a', 'main'), main: true, days: null },
  { member: m('b', 'main'), main: true, days: null },
  { member: m('c', 'main'), main: true, days: null },
  { member: m('c', 'party'), main: false, days: null },
];

function together(pairs: { a: string; b: string; score: number }[]): boolean {
  const out = linkScored(members, pairs);
  return out.get(m('a', 'main')) === out.get(m('b', 'main'));
}

describe('main events joined in the second pass', () => {
  it('are not chained by weak pairs through a recalled mention', () => {
    const weak = (LINK.threshold + LINK.mainsJoin) / 2;
    const pairs = [
      { a: m('a', 'main'), b: m('c', 'party'), score: weak },
      { a: m('b', 'main'), b: m('c', 'party'), score: weak },
    ];
    expect(together(pairs)).toBe(false);
    // The mention still joins the first of them: recalled incidents join main events at the threshold.
    const out = linkScored(members, pairs);
    expect(out.get(m('c', 'party'))).toBe(out.get(m('a', 'main')));
  });

  it('join through a recalled mention on strong pairs', () => {
    const strong = LINK.mainsJoin + 1;
    expect(
      together([
        { a: m('a', 'main'), b: m('c', 'party'), score: strong },
        { a: m('b', 'main'), b: m('c', 'party'), score: strong },
      ]),
    ).toBe(true);
  });

  it('join in the first pass on one weak pair when nothing else stands between them', () => {
    // Two lone main events: their only pair is every pair between them.
    expect(together([{ a: m('a', 'main'), b: m('b', 'main'), score: LINK.threshold + 0.1 }])).toBe(true);
  });
});

describe('recalled mentions far apart in time', () => {
  const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  const year = (y: number): [number, number] => [day(`${y}-01-01`), day(`${y}-12-31`)];
  // Two reports recall an event dated in their text, a third recalls one without a date; all three in one wording.
  const mentions = (second: number) => [
    { member: m('a', 'y2010'), main: false, days: year(2010) },
    { member: m('b', `y${second}`), main: false, days: year(second) },
    { member: m('c', 'earlier'), main: false, days: null },
  ];
  const weak = (LINK.threshold + LINK.mainsJoin) / 2;
  const chained = (second: number, score: number) => {
    const out = linkScored(mentions(second), [
      { a: m('a', 'y2010'), b: m('c', 'earlier'), score },
      { a: m('b', `y${second}`), b: m('c', 'earlier'), score },
    ]);
    return out.get(m('a', 'y2010')) === out.get(m('b', `y${second}`));
  };

  it('are not chained through an undated one on weak pairs when no key reaches between them', () => {
    expect(chained(2020, weak)).toBe(false);
  });

  it('are chained when a key could have compared them, or on strong pairs', () => {
    expect(chained(2012, weak)).toBe(true);
    expect(chained(2020, LINK.mainsJoin + 1)).toBe(true);
  });
});
