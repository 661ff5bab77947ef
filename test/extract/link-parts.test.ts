import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/analyze.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import { claimsOf, traceOf } from './helpers.js';

type Row = [why: string, text: string, expected: [text: string, outcome: string, part: boolean][]];

const got = (text: string) =>
  claimsOf(text).map((c): [string, string, boolean] => [c.value.text, c.outcome, !!c.provenance.partOf]);

// Invented texts: counts told as a part of another count.
const ACCEPT: Row[] = [
  [
    'dying is what came of being shot',
    'Five people were shot and two died.',
    [
      ['Five', 'wounded', false],
      ['two', 'killed', true],
    ],
  ],
  [
    'the parts add up to the whole',
    'Six were shot -- 2 killed and 4 wounded -- outside a bar.',
    [
      ['Six', 'wounded', false],
      ['2', 'killed', true],
      ['4', 'wounded', false],
    ],
  ],
  [
    'partitive anaphor in the next sentence',
    'Three people were shot on Sunday. Two of them died at the hospital.',
    [
      ['Three', 'wounded', false],
      ['Two', 'killed', true],
    ],
  ],
  [
    'partitive anaphor after a semicolon',
    'Gunmen shot 12 people on Sunday; 4 of them died.',
    [
      ['12', 'wounded', false],
      ['4', 'killed', true],
    ],
  ],
  [
    'a part with the whole’s own outcome counts no one new',
    'The blast killed three and injured 40, 15 of them in the capital.',
    [
      ['three', 'killed', false],
      ['40', 'wounded', false],
    ],
  ],
  [
    'a part told before its whole: the whole was shot, the part died',
    'Police said one of two boys critically shot on Friday has died.',
    [
      ['one', 'killed', true],
      ['two', 'wounded', false],
    ],
  ],
  [
    'a part told before its whole, with `the`',
    'Two of the three people shot on Friday have died.',
    [
      ['Two', 'killed', true],
      ['three', 'wounded', false],
    ],
  ],
  [
    'one of them after a count told before',
    'Three people were shot on Friday. One of them has died.',
    [
      ['Three', 'wounded', false],
      ['One', 'killed', true],
    ],
  ],
  [
    'a part that took the whole’s participle dies by the clause’s own verb',
    'Police said one of three people hit by gunfire on Tuesday night has died.',
    [
      ['one', 'killed', true],
      ['three', 'wounded', false],
    ],
  ],
  [
    'hospitalized names the whole too',
    'One of the five people hospitalized after the shooting has died.',
    [
      ['One', 'killed', true],
      ['five', 'wounded', false],
    ],
  ],
];

const REJECT: Row[] = [
  [
    'the injured are told as survivors',
    'Seven people were injured and one has died.',
    [
      ['Seven', 'wounded', false],
      ['one', 'killed', false],
    ],
  ],
  [
    'other people told apart',
    'One person was killed and three others wounded.',
    [
      ['One', 'killed', false],
      ['three', 'wounded', false],
    ],
  ],
  [
    'a part of people present is a count of its own',
    'The bus carried 30 pilgrims. Nine of them were killed.',
    [
      ['30', 'present', false],
      ['Nine', 'killed', false],
    ],
  ],
  [
    'parts that do not add up',
    'Six were shot -- 2 killed and 5 wounded -- outside a bar.',
    [
      ['Six', 'wounded', false],
      ['2', 'killed', false],
      ['5', 'wounded', false],
    ],
  ],
  [
    'a part of the whole with the whole’s own outcome counts no one new',
    'One of the four people wounded on Friday remains in hospital.',
    [['four', 'wounded', false]],
  ],
  ['one of a group that is no count stays an idiom', 'One of his friends was shot on Friday.', []],
  [
    'a whole with no participle of harm after it is no whole of the shot',
    'Two of the three brothers have died since the fire.',
    [
      ['Two', 'killed', false],
      ['three', 'killed', false],
    ],
  ],
];

describe('link-parts: counts inside a count of the shot', () => {
  it.each([...ACCEPT, ...REJECT])('%s', (_why, text, expected) => {
    expect(got(text), traceOf(text)).toEqual(expected);
  });
  it('estimates count the survivors as wounded', () => {
    const doc = normalizeDocument({
      text: 'Five people were shot and two died.',
      id: 't',
      published: '2025-03-14',
    });
    const all = analyzeDocuments([doc]).estimates.filter((e) => e.group === 'all');
    expect(all?.map((e) => [e.outcome, e.best])).toEqual([
      ['killed', 2],
      ['wounded', 3],
    ]);
  });
  it('names the rule in the trace', () => {
    expect(traceOf('Three people were shot. Two of them died.')).toContain(
      'partitive-anaphor: the dead among "Three"',
    );
  });
});
