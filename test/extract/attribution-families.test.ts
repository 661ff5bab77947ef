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
  [
    'an inverted source after a comma wins over a place named before it',
    'No one was hurt although a dozen people were inside the Grace Chapel, said the county fire chief, Ed Marsh.',
    [
      ['No one', 'rescue-services', 'official'],
      ['a dozen', 'rescue-services', 'official'],
    ],
  ],
  [
    'a long source name after a comma closes the sentence',
    'Four men were inside the shed but escaped unharmed, Northside Fire Department Chief Ann Vale told reporters.',
    [['Four', 'rescue-services', 'official']],
  ],
  [
    'a spokesman for a body no list knows',
    'A spokesman for Tesco said: "No one was hurt."',
    [['No one', 'tesco', 'unknown']],
  ],
  [
    'a quotation left open runs into the next paragraph',
    'A statement from Tesco said: "The store is closed.\n\nNo one has been injured.',
    [['No one', 'tesco', 'unknown']],
  ],
  [
    'paragraphs of one quotation, each opened, the last closed',
    'A county police spokeswoman said: "Officers were called at 9pm.\n\n"Around 20 people were evacuated.\n\nNo one is believed to be injured."',
    [
      ['Around 20', 'police', 'official'],
      ['No one', 'police', 'official'],
    ],
  ],
  ['a headline closed by its source', 'Gunman Kills 3 at Depot: Police', [['3', 'police', 'official']]],
  [
    'a courtesy title before a name learned with its role',
    'Chief fire officer Tom Reed said the roof fell in.\n\nMr Reed added that no one had been injured.',
    [['no one', 'rescue-services', 'official']],
  ],
  ['media as a source', 'The quake injured 12 people, local media said.', [['12', 'media', 'media']]],
  ['a cleric', 'The Rev. John Amos said no one was hurt.', [['no one', 'clergy', 'local']]],
  [
    'a coast guard or a navy speaks for the military',
    'The freighter had 19 sailors aboard when it sank, the coast guard said.',
    [['19', 'military', 'official']],
  ],
  [
    'a company or its owner speaks for itself',
    'A handful of workers were injured in the blast, the company said. Two guards died at the gate, the owner said.',
    [
      ['A handful', 'company', 'local'],
      ['Two', 'company', 'local'],
    ],
  ],
  [
    'a headline in title case keeps its reporting verb',
    'Five Dead In Warehouse Fire, Police Say',
    [['Five', 'police', 'official']],
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
  [
    '`alleged` after a number modifies the noun and frames nothing',
    'Dan Holt, one of 40 alleged gang members seized on Monday, died in jail.',
    [['40', 'author', 'author']],
  ],
  [
    'a source after `but` speaks for its own clause',
    'Hale was charged in the 1990 killings of two guards, but police say he is too ill to stand trial.',
    [['two', 'author', 'author']],
  ],
  [
    'a paragraph after a closed report is the article’s',
    'A spokesman for Tesco said the store is closed.\n\nNo one was hurt.',
    [['No one', 'author', 'author']],
  ],
  [
    'the head of something that is no named body',
    "A spokesman for Ferris County's flood unit said 12 people died.",
    [['12', 'author', 'author']],
  ],
  [
    'a company that acts on people is no source',
    'The company hired 12 guards after two workers were killed in the blast.',
    [['two', 'author', 'author']],
  ],
  [
    'a reporting verb capitalized inside a name is no verb',
    'In 1998 the raiders blew up the United States Embassy in Freetown, killing 12 people.',
    [['12', 'author', 'author']],
  ],
];

describe('who says the figure', () => {
  it.each([...ACCEPT, ...REJECT])('%s', (_why, text, expected) => {
    expect(got(text), traceOf(text)).toEqual(expected);
  });
});
