import { describe, expect, it } from 'vitest';
import { claimsOf, traceOf } from './helpers.js';

type Row = [
  why: string,
  sentence: string,
  expected: { text: string; outcome: string; beyond?: boolean; claimant?: string }[],
];

// Explicit zeros are claims like any other: value 0, exact, their own evidence span and claimant.
const ROWS: Row[] = [
  ['no one hurt', 'No one was hurt when the roof fell in.', [{ text: 'No one', outcome: 'wounded' }]],
  [
    'hyphenated no-one',
    'No-one was injured in the blaze at the depot.',
    [{ text: 'No-one', outcome: 'wounded' }],
  ],
  ['nobody killed', 'Nobody was killed in the collapse.', [{ text: 'Nobody', outcome: 'killed' }]],
  [
    'a cause after the verb does not make a zero `other`',
    'Nobody was injured in the explosion at the mill.',
    [{ text: 'Nobody', outcome: 'wounded' }],
  ],
  [
    'no casualties is no one harmed: wounded 0',
    'There were no casualties after the ferry ran aground.',
    [{ text: 'no casualties', outcome: 'wounded' }],
  ],
  [
    'no injuries reported',
    'No injuries were reported at the stadium.',
    [{ text: 'No injuries', outcome: 'wounded' }],
  ],
  [
    'a source who later said there were no deaths',
    'The mayor later said there were no deaths.',
    [{ text: 'no deaths', outcome: 'killed', claimant: 'government' }],
  ],
  [
    'no one else: zero beyond those counted',
    'A guard was shot in the leg, and no one else was hurt.',
    [
      { text: 'A', outcome: 'wounded' },
      { text: 'no one', outcome: 'wounded', beyond: true },
    ],
  ],
  [
    'no other passengers',
    'Two guards were killed but no other passengers were injured.',
    [
      { text: 'Two', outcome: 'killed' },
      { text: 'no', outcome: 'wounded', beyond: true },
    ],
  ],
];

// Near-misses: zeros of a degree, a place or a wish, and `no` that counts no people.
const NEGATIVE: [why: string, sentence: string][] = [
  ['a degree, not a total', 'No one was seriously hurt in the crash.'],
  ['life-threatening', 'None suffered life-threatening injuries.'],
  ['a wish', 'Nobody should get hurt at a concert.'],
  ['a place within the event', 'No one inside the shop was hurt.'],
  ['no word yet', 'There was no immediate word on injuries.'],
  ['no thing', 'There was no damage to the bridge.'],
];

describe('explicit zeros', () => {
  it.each(ROWS)('%s', (_why, sentence, expected) => {
    const claims = claimsOf(sentence);
    const got = claims.map((c) => ({
      text: c.value.text,
      outcome: c.outcome,
      ...(c.provenance.beyond ? { beyond: true } : {}),
      ...(expected.some((e) => e.claimant) ? { claimant: c.claimant.id } : {}),
    }));
    expect(got, traceOf(sentence)).toEqual(expected);
    for (const c of claims.filter((x) => x.value.low === 0)) {
      expect(c.value).toMatchObject({ low: 0, high: 0, qualifier: 'exact' });
      expect(sentence.slice(c.evidence.numberStart, c.evidence.numberEnd)).toBe(c.value.text);
      expect(c.provenance.trace[0]).toMatch(/\[zero/);
    }
  });

  it.each(NEGATIVE)('no zero: %s', (_why, sentence) => {
    expect(
      claimsOf(sentence).filter((c) => c.value.low === 0),
      traceOf(sentence),
    ).toEqual([]);
  });
});
