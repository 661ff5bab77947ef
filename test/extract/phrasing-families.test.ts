import { describe, expect, it } from 'vitest';
import { claimsOf, traceOf } from './helpers.js';

type Row = [why: string, sentence: string, expected: [text: string, outcome: string, low: number | null][]];

const got = (sentence: string) =>
  claimsOf(sentence).map((c): [string, string, number | null] => [c.value.text, c.outcome, c.value.low]);

// Invented sentences, one table per phrasing family; each family has near-misses that must not fire.
const FAMILIES: Record<string, { accept: Row[]; reject: Row[] }> = {
  'custody and arrests are held': {
    accept: [
      ['taken into custody', 'Soldiers took 14 into custody near the border.', [['14', 'held', 14]]],
      ['nabbed', 'The navy nabbed nine pirates.', [['nine', 'held', 9]]],
      ['arrests as a noun', 'Officers made 40 arrests after the riot.', [['40', 'held', 40]]],
      ['detained, bare', 'More than 100 were detained overnight.', [['More than 100', 'held', 101]]],
      ['under arrest', 'Two young men are under arrest.', [['Two', 'held', 2]]],
    ],
    reject: [
      ['an arrest warrant counts no one', 'A judge signed an arrest warrant on Tuesday.', []],
      ['arrested someone, counted by a name', 'He was arrested five blocks away.', []],
    ],
  },
  'people present': {
    accept: [
      ['inside, after a copula', 'About 30 worshippers were inside the hall.', [['About 30', 'present', 30]]],
      ['aboard', 'The freighter had 19 sailors aboard.', [['19', 'present', 19]]],
      ['a handful', 'A handful of shoppers were inside.', [['A handful', 'present', 3]]],
      ['another dozen got out', 'Another dozen managed to get out.', [['Another dozen', 'present', 12]]],
    ],
    reject: [
      [
        '`inside` modifying the noun, the verb decides',
        'Both men inside the van were killed.',
        [['Both', 'killed', 2]],
      ],
    ],
  },
  'bare counts taken by a verb': {
    accept: [
      [
        'headline with commas',
        'Gunman kills 3, wounds 6 at depot',
        [
          ['3', 'killed', 3],
          ['6', 'wounded', 6],
        ],
      ],
      [
        'headline with a semicolon',
        'Bridge blast kills 9; 30 hurt',
        [
          ['9', 'killed', 9],
          ['30', 'wounded', 30],
        ],
      ],
      ['subject of a passive', 'Only 75 were rescued from the hull.', [['Only 75', 'rescued', 75]]],
      ['both, first told', 'Both were dead at the scene.', [['Both', 'killed', 2]]],
      [
        'killed one',
        'The gunman killed one and injured four others.',
        [
          ['one', 'killed', 1],
          ['four', 'wounded', 4],
        ],
      ],
      [
        '`more` closes the count before a second verb',
        'The gunmen killed four people, injuring dozens more and damaging several shops.',
        [
          ['four', 'killed', 4],
          ['dozens', 'wounded', 24],
        ],
      ],
    ],
    reject: [
      ['a clock time after a verb', 'The man was pronounced dead at 4:15 a.m.', [['The', 'killed', 1]]],
      ['gunshot wounds', 'He was found with three gunshot wounds.', []],
      ['homicides are a statistic noun', 'The city reported 45 homicides.', []],
      ['a shot as a noun', 'At least one shot struck the wall.', []],
      ['`more` before a noun of its own', 'The gunman killed two more horses.', []],
      [
        'both pointing back',
        'One man was killed and another hurt. Both were taken to the hospital.',
        [
          ['One', 'killed', 1],
          ['another', 'wounded', 1],
        ],
      ],
    ],
  },
  'verbs of death that are not kill': {
    accept: [
      ['took the lives of', 'The flood took the lives of six farmers.', [['six', 'killed', 6]]],
      ['slayings of', 'He was charged in the slayings of two clerks.', [['two', 'killed', 2]]],
      ['drowned', 'Four fishermen drowned off the cape.', [['Four', 'killed', 4]]],
    ],
    reject: [['lives saved', 'The guards saved three lives.', []]],
  },
  'fires, explosions and floods kill': {
    accept: [
      ['died in a fire', 'Two men died in a fire at the home.', [['Two', 'killed', 2]]],
      [
        'died in the explosion',
        'Twelve people died in the explosion at the market.',
        [['Twelve', 'killed', 12]],
      ],
      ['an explosion as the subject', 'An explosion killed 12 people at the market.', [['12', 'killed', 12]]],
      ['a flood as the subject', 'The flood killed 40 villagers.', [['40', 'killed', 40]]],
    ],
    reject: [
      ['a crash is another event', 'Two men died in a car crash after the chase.', [['Two', 'other', 2]]],
      [
        'a wreck as the subject',
        'A charter bus wreck killed four people on the highway.',
        [['four', 'other', 4]],
      ],
    ],
  },
  'victims in surgery are wounded': {
    accept: [
      [
        'in surgery',
        'Three victims were in surgery at Mercy General, a sergeant said.',
        [['Three', 'wounded', 3]],
      ],
      ['out of surgery', 'Both victims were out of surgery by Monday.', [['Both', 'wounded', 2]]],
    ],
    reject: [
      ['patients in surgery for other reasons', 'Two patients were in surgery for unrelated reasons.', []],
      ['operations are no people', 'The surgeons performed 40 operations in surgery this week.', []],
    ],
  },
  'ordinal pronouns': {
    accept: [
      [
        'a third after two is one more',
        'He shot dead two guards and critically wounded a third.',
        [
          ['two', 'killed', 2],
          ['a third', 'wounded', 1],
        ],
      ],
      [
        'a third noun after two',
        'She killed two clerks and injured a third clerk.',
        [
          ['two', 'killed', 2],
          ['a', 'wounded', 1],
        ],
      ],
    ],
    reject: [
      ['a third time', 'The gate was rammed for a third time.', []],
      ['a third of a town', 'A third of the town was flooded.', []],
    ],
  },
  'demands and plans are no events': {
    accept: [
      ['a release that happened', 'The army secured the release of 30 hostages.', [['30', 'released', 30]]],
      [
        'as many as bounds from above',
        'As many as 80 people were wounded.',
        [['As many as 80', 'wounded', null]],
      ],
      ['almost bounds from above', 'Almost 100 people were arrested.', [['Almost 100', 'held', null]]],
    ],
    reject: [
      ['a demand', 'The rebels demanded the immediate release of several prisoners.', []],
      ['a call', 'Families called for the release of 12 detainees.', []],
      ['a plot', 'He admitted conspiring to kill three judges.', []],
    ],
  },
  'the one related to a victim is no victim': {
    accept: [
      [
        'a reduced relative after `of` tells of its own person',
        'The wife of a man fatally shot by police recorded the encounter.',
        [['a', 'killed', 1]],
      ],
      [
        'a relative clause too',
        'The mother of a boy who was shot on Friday spoke to reporters.',
        [['a', 'wounded', 1]],
      ],
    ],
    reject: [
      [
        'the sentence’s own verb is the first person’s',
        'A friend of the victim was also wounded.',
        [
          ['A', 'wounded', 1],
          ['the', 'wounded', 1],
        ],
      ],
    ],
  },
  'kin counts are no victims': {
    accept: [
      [
        'a count after the kin phrase',
        'The mother of two said five people were killed.',
        [['five', 'killed', 5]],
      ],
    ],
    reject: [
      [
        'mother of 13',
        'The victim, a mother of 13, was shot.',
        [
          ['The', 'wounded', 1],
          ['a', 'wounded', 1],
        ],
      ],
      ['father to two boys', 'The father to two boys died at the scene.', [['The', 'killed', 1]]],
      ['survived by', 'He died on Monday and is survived by four children.', [['He', 'killed', 1]]],
    ],
  },
};

describe.each(Object.entries(FAMILIES))('%s', (_family, { accept, reject }) => {
  it.each([...accept, ...reject])('%s', (_why, sentence, expected) => {
    expect(got(sentence), traceOf(sentence)).toEqual(expected);
  });
});

describe('finer groups map onto SPEC groups', () => {
  const ROWS: [sentence: string, group: string, subgroup: string | undefined][] = [
    ['Eleven sailors were killed when the tanker sank.', 'civilians', 'crew'],
    ['Six navy sailors were killed in the blast.', 'security_forces', 'crew'],
    ['Forty pilgrims were injured in the crush.', 'civilians', 'pilgrims'],
    ['Nine miners were trapped underground.', 'civilians', 'miners'],
    ['Two journalists were wounded by shrapnel.', 'civilians', 'journalists'],
    ['Three aid workers were abducted on the road.', 'civilians', 'aid_workers'],
    ['Twenty prisoners were killed in the riot.', 'people', 'prisoners'],
    // Not a finer kind: no subgroup, the SPEC group as before.
    ['Five railway employees were injured.', 'railway_staff', undefined],
    ['Seven people were injured.', 'people', undefined],
  ];
  it.each(ROWS)('%s', (sentence, group, subgroup) => {
    const [claim] = claimsOf(sentence);
    expect(claim?.group, traceOf(sentence)).toBe(group);
    expect(claim?.provenance.subgroup).toBe(subgroup);
  });
});
