import { describe, expect, it } from 'vitest';
import { claimsOf, traceOf } from './helpers.js';

type Row = [why: string, text: string, expected: [value: string, claimant: string, kind: string][]];

const got = (text: string) =>
  claimsOf(text).map((c): [string, string, string] => [c.value.text, c.claimant.id, c.claimant.kind]);

// Invented texts: who says the figure.
const ACCEPT: Row[] = [
  [
    'a quotation followed by its speaker, however long the name',
    '"We have found 14 dead so far," a spokesman for the regional health ministry told reporters.',
    [['14', 'regional-health-ministry', 'official']],
  ],
  [
    'a speaker for an agency',
    'The head of the national flood agency said 12 people died.',
    [['12', 'national-flood-agency', 'official']],
  ],
  [
    'a pronoun after a new source in the same sentence',
    'Police said two people were killed. The Harbour Trust said separately that it had counted 9 bodies.',
    [
      ['two', 'police', 'official'],
      ['9', 'the-harbour-trust', 'unknown'],
    ],
  ],
  [
    'a name in apposition to a role',
    'Anna Berger, the governor of the province, said 30 people were hurt.',
    [['30', 'government', 'official']],
  ],
  [
    'a quotation continuing a quoted speaker',
    '"The raiders came at night," the mayor said. "They killed nine people."',
    [['nine', 'government', 'official']],
  ],
];

// Near-misses: the perpetrator is no source, and the article's own sentence after a quotation is its own voice.
const REJECT: Row[] = [
  [
    'the perpetrator of the harm is the actor, not the claimant',
    'The cartel’s gunmen ambushed the convoy, killing 14 guards.',
    [['14', 'author', 'author']],
  ],
  [
    'the article’s sentence after a quotation',
    '"We will not rest," the mayor said. Nine people were killed in the attack.',
    [['Nine', 'author', 'author']],
  ],
];

describe('who says the figure', () => {
  it.each([...ACCEPT, ...REJECT])('%s', (_why, text, expected) => {
    expect(got(text), traceOf(text)).toEqual(expected);
  });
});
