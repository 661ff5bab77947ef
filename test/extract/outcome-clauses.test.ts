import { describe, expect, it } from 'vitest';
import { casualtiesOf, traceOf } from './helpers.js';

type Row = [why: string, sentence: string, expected: [text: string, outcome: string][]];

// What happened to the counted people when the clause goes on past the first cue.
const ROWS: Row[] = [
  [
    'a place after the cue, not an object of it',
    'A shooting left one man dead and three other people wounded at a motel, police said.',
    [
      ['one', 'killed'],
      ['three', 'wounded'],
    ],
  ],
  ['shooting at someone makes a shooter', 'Two men shot at the officers from a car.', []],
  [
    'taken to the hospital, where he died',
    'A man was rushed to the hospital, where he died.',
    [
      ['A', 'killed'],
      ['he', 'killed'],
    ],
  ],
  [
    'taken to the hospital and recovering',
    'A man was taken to the hospital and is in stable condition.',
    [['A', 'wounded']],
  ],
  [
    'sent to the hospital beside someone killed',
    'The shooting sent a man to the hospital and killed a 2-year-old girl.',
    [
      ['a', 'wounded'],
      ['a', 'killed'],
    ],
  ],
  [
    'still in the hospital',
    'A shooting left two people dead and three others in the hospital.',
    [
      ['two', 'killed'],
      ['three', 'wounded'],
    ],
  ],
  [
    'a broadcaster named before its number',
    'Her mother told 24-Hour News 8 she saw her son in the hospital.',
    [],
  ],
  [
    'ages written in words in a list',
    'He shot their three daughters, ages four, six and 13, at their home.',
    [['three', 'wounded']],
  ],
  ['losing something is no death', 'Doctors said he had lost a lot of blood.', []],
];

describe('attach-outcome: the clause after the first cue', () => {
  it.each(ROWS)('%s', (_why, sentence, expected) => {
    expect(casualtiesOf(sentence), traceOf(sentence)).toEqual(expected);
  });
});
