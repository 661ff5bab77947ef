import { describe, expect, it } from 'vitest';
import { claimsOf, traceOf } from './helpers.js';

type Row = [why: string, sentence: string, expected: [text: string, outcome: string, group: string][]];

const got = (sentence: string) =>
  claimsOf(sentence).map((c): [string, string, string] => [c.value.text, c.outcome, c.group]);

// Invented sentences. A count of places is a claim (other/other) only as the reach of an attack.
const ACCEPT: Row[] = [
  ['an attack verb before the count', 'Rebels attacked 12 outposts overnight.', [['12', 'other', 'other']]],
  [
    'a hedge between verb and count',
    'The militia stormed at least three posts near the river.',
    [['at least three', 'other', 'other']],
  ],
  ['a noun of attack', 'The army reported attacks on 17 sites in the east.', [['17', 'other', 'other']]],
  [
    'a passive after the noun',
    'Officials said five bases were targeted by drones.',
    [['five', 'other', 'other']],
  ],
  ['came under fire', 'Two camps came under fire at dawn.', [['Two', 'other', 'other']]],
  [
    'coordinated counts under one verb',
    'Rebels attacked 12 checkpoints and 31 posts.',
    [
      ['12', 'other', 'other'],
      ['31', 'other', 'other'],
    ],
  ],
  [
    'the spread of an attacked count',
    'Insurgents raided 20 stations across 6 provinces.',
    [
      ['20', 'other', 'other'],
      ['6', 'other', 'other'],
    ],
  ],
];

const REJECT: Row[] = [
  [
    'places where something else happened',
    'Crowds marched in 140 towns as 3,000 people were arrested over the weekend.',
    [['3,000', 'held', 'people']],
  ],
  [
    'a quake flattens villages',
    'The tremor flattened seven villages and killed 10 people.',
    [['10', 'killed', 'people']],
  ],
  ['damage in places', 'Roofs collapsed in four villages on the island.', []],
  ['buildings evacuated', 'Office workers evacuated several buildings downtown.', []],
  ['a superlative list of places', 'The body was found in one of the 12 worst-hit villages.', []],
  ['a size, not a count of places', 'Smoke rose over this nine acre city block.', []],
  ['spread of places that were not attacked', 'Floods damaged 40 homes in 3 districts.', []],
];

describe('places-attacked: counted places are a claim only when attacked', () => {
  it.each([...ACCEPT, ...REJECT])('%s', (_why, sentence, expected) => {
    expect(got(sentence), traceOf(sentence)).toEqual(expected);
  });
  it('names the rule in the trace', () => {
    expect(traceOf('Rebels attacked 31 checkpoints.')).toContain('places-attacked: "checkpoints" (attacked)');
    expect(traceOf('The quake flattened seven villages.')).toContain(
      'places-attacked: "villages" not attacked',
    );
  });
});
