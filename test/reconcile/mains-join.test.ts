// Two reports' main events that the first pass of the clustering left apart (every pair between them counted, a
// pair never scored against them) join in the second pass, where recalled mentions come in and pairs never scored
// are unknown, only at `LINK.mainsJoin`: weak pairs through a recalled mention (a party shooting one report recalls,
// scored a little above the threshold against two other reports' parties) no longer chain unrelated events.
import { describe, expect, it } from 'vitest';
import { linkScored } from '../../src/reconcile/link-incidents.js';
import { LINK } from '../../src/reconcile/link-score.js';

const m = (document: string, key: string) => `${document}\u0000${key}`;
const members = [
  { member: m('a', 'main'), main: true },
  { member: m('b', 'main'), main: true },
  { member: m('c', 'main'), main: true },
  { member: m('c', 'party'), main: false },
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
