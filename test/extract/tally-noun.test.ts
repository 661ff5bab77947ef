// The tally-noun family (src/extract/stages/groups/tally-noun.ts): a count noun whose number comes after a link.
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/analyze.js';
import { claimsOf, traceOf } from './helpers.js';

type Row = [
  why: string,
  sentence: string,
  expected: [text: string, outcome: string, group: string, low: number | null][],
];

const got = (sentence: string) =>
  claimsOf(sentence).map((c): [string, string, string, number | null] => [
    c.value.text,
    c.outcome,
    c.group,
    c.value.low,
  ]);

// Invented sentences.
const ACCEPT: Row[] = [
  ['the dead, rose to', 'The number of the dead rose to 40, police said.', [['40', 'killed', 'people', 40]]],
  [
    'a participle before the person noun, showed, a hedge',
    'Some 300 people were on the ferry, and the statistics of the rescued passengers showed only 120.',
    [['only 120', 'rescued', 'passengers', 120]],
  ],
  [
    'a bare participle, stood at',
    'The count of injured stood at 57 on Tuesday, the ministry said.',
    [['57', 'wounded', 'people', 57]],
  ],
  [
    'missing, reached',
    'The final tally of missing hikers reached 12, rescuers said.',
    [['12', 'missing', 'people', 12]],
  ],
  [
    'a participle after the person noun, was',
    'The total number of soldiers killed was 18, according to the army.',
    [['18', 'killed', 'security_forces', 18]],
  ],
  [
    'put … at',
    'Figures from the ministry put the number of wounded at 64.',
    [['64', 'wounded', 'people', 64]],
  ],
  [
    'detained, rose to at least',
    'The number of detained protesters rose to at least 200, activists said.',
    [['at least 200', 'held', 'civilians', 200]],
  ],
  [
    'evacuated, grew to about',
    'The list of evacuated residents grew to about 900.',
    [['about 900', 'rescued', 'civilians', 900]],
  ],
  [
    'a noun with its own outcome, a phrase before the link, adverbs',
    'The death toll in the market blast has now risen to 23.',
    [['23', 'killed', 'people', 23]],
  ],
  [
    'bringing … to',
    'Two more victims died overnight, bringing the death toll to 9.',
    [
      ['Two', 'killed', 'people', 2],
      ['9', 'killed', 'people', 9],
    ],
  ],
  ['toll of, the number right after', 'The raid left a death toll of 31.', [['31', 'killed', 'people', 31]]],
  [
    'casualties stay other',
    'The number of casualties climbed to 75, the governor said.',
    [['75', 'other', 'people', 75]],
  ],
  [
    'freed hostages, is',
    'The number of freed hostages is 44, the negotiators said.',
    [['44', 'rescued', 'hostages', 44]],
  ],
];

// Near-misses: a count noun with no casualty outcome, a count of things, a round-up told with no phrase of its own.
const REJECT: Row[] = [
  ['calls', 'The number of calls reached 190 by noon.', []],
  ['votes', 'The clerk announced a tally of 155 votes.', []],
  ['schools', 'The total of 40 schools were closed for the week.', []],
  ['flights', 'The number of flights rose to 30.', []],
  ['unemployment', 'Statistics showed unemployment at 12 percent.', []],
  [
    'a yearly figure after the participle',
    'The number of people killed this year rose to 300, police said.',
    [],
  ],
  ['a toll of places', 'Rebels attacked the toll of 44 locations.', []],
  ['passengers with no outcome', 'The number of passengers reached 190 on the first day.', []],
  ['to without a verb that sets the count', 'The number of people evacuated to 3 shelters grew quickly.', []],
  ['a projection', 'The death toll is expected to rise above 50.', []],
];

describe('tally-noun: a count noun, its outcome, a link, the number', () => {
  it.each(ACCEPT)('%s', (_why, sentence, expected) => {
    expect(got(sentence), traceOf(sentence)).toEqual(expected);
  });

  it('names itself in the trace', () => {
    const [c] = claimsOf('The number of the dead rose to 40, police said.');
    expect(c?.provenance.trace.some((line) => line.includes('tally-noun'))).toBe(true);
  });
});

describe('tally-noun near-misses count no one', () => {
  it.each(REJECT)('%s', (_why, sentence, expected) => {
    expect(got(sentence), traceOf(sentence)).toEqual(expected);
  });
});

describe('a tally of a round-up stays background', () => {
  it('never votes in the story’s estimate', () => {
    const a = analyzeDocuments([
      {
        id: 'r',
        source: 'r.txt',
        title: null,
        url: null,
        outlet: null,
        published: '2025-06-01',
        publishedInferred: false,
        text:
          'Gunmen killed 4 villagers in Tarkot on Friday, police said.\n' +
          'The number of people killed in the province this year rose to 300, officials said.',
      },
    ]);
    const main = a.incidents.find((i) => i.main)!;
    const killed = a.estimates.find(
      (e) => e.incident === main.id && e.group === 'all' && e.outcome === 'killed',
    );
    expect(killed?.best).toBe(4);
    const tally = a.claims.find((c) => c.value.low === 300);
    expect(tally?.incident).not.toBe(main.id);
    expect(a.incidents.find((i) => i.id === tally?.incident)?.background).toBeTruthy();
  });
});
