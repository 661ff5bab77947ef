import { describe, expect, it } from 'vitest';
import { casualtiesOf, claimsOf, traceOf } from './helpers.js';

type Row = [why: string, sentence: string, expected: [text: string, outcome: string][]];

// Precision: figures that a wrong reading inside one sentence would turn into counts of the dead or hurt.
const ROWS: Row[] = [
  [
    'ages listed after `ages`',
    'Officers said four men, ages 31, 27 and 19, were wounded.',
    [['four', 'wounded']],
  ],
  ['ages between two bounds', 'Three girls between the ages of 9 and 14 were hurt.', [['Three', 'wounded']]],
  ['an age bound', 'Two boys, both 15 or younger, were shot.', [['Two', 'wounded']]],
  [
    'an age range',
    'Deputies found three victims ranging in age from 20 to 24 wounded.',
    [['three', 'wounded']],
  ],
  [
    'an age after a name suffix',
    'The victims, Paul Jr., 19, and Mark, 23, were injured.',
    [
      ['Paul Jr.', 'wounded'],
      ['Mark', 'wounded'],
    ],
  ],
  [
    'an abbreviation ends no clause',
    'Four men outside the Main St. bar were wounded.',
    [['Four', 'wounded']],
  ],
  [
    'counts of a charge',
    'He was charged with two counts of murder and three counts of attempted murder.',
    [],
  ],
  [
    'a killing named inside a prepositional phrase',
    'Two men wanted in connection with the shooting death of a toddler were arrested.',
    [['a', 'killed']],
  ],
  ['a charge after `for`', 'A 19-year-old is wanted for first-degree murder.', []],
  ['`to death` is a verb phrase', 'The gunman shot three relatives to death.', [['three', 'killed']]],
  ['the victim of a homicide', 'Police identified the victim of a homicide.', [['the', 'killed']]],
  [
    'a noun cue governs a count after it through `of`',
    'Two teens were arrested in the fatal shooting of a man. After the fatal shooting a suspect fled.',
    [['a', 'killed']],
  ],
  ['`he` before an active verb is the shooter', 'Police say he shot a neighbor.', [['a', 'wounded']]],
  ['`he` shot himself', 'He shot himself in the leg.', [['He', 'wounded']]],
  ['an adverb before a passive verb', 'Four teens were also shot at the party.', [['Four', 'wounded']]],
  [
    'a participle before another noun modifies it',
    'She says her two kids and the injured little boy play outside.',
    [],
  ],
  ['the participle as a noun', 'Two officers were among the injured, police said.', [['Two', 'wounded']]],
  ['`shot` as a noun', 'A suspect in a green car pulled up and someone fired a single shot.', []],
  [
    'a cue past another count behind a preposition',
    'A gunfight between police and a gunman resulted in an officer wounded.',
    [['an', 'wounded']],
  ],
  ['`shot back` is active', 'Another man in the crowd shot back at the suspect.', []],
  [
    'a count of wounds, not of people',
    'Deputies found a victim with at least one gunshot wound.',
    [['a', 'wounded']],
  ],
  [
    'a count of things coordinated with people',
    'Police are investigating a spate of crime with two people shot, three stolen vehicles and a robbery.',
    [['two', 'wounded']],
  ],
  ['the agent of a passive', 'A teen was shot in the leg by a friend.', [['A', 'wounded']]],
  [
    'the subject of a verb of its own',
    'A girl was shot in the head after two boys were playing with a pistol.',
    [['A', 'wounded']],
  ],
  [
    'the subject of an active verb',
    'Two men were wounded when a gunman opened fire on a porch.',
    [['Two', 'wounded']],
  ],
  [
    'coordination still carries the outcome',
    'Three men were killed, along with two women.',
    [
      ['Three', 'killed'],
      ['two', 'killed'],
    ],
  ],
  [
    'a condition with a modifier',
    'One man died and two were in temporary serious condition.',
    [
      ['One', 'killed'],
      ['two', 'wounded'],
    ],
  ],
  [
    'a sentence end with no space after it',
    'A shooting left one man dead and three others injured.Police say it happened after 9 p.m.The gunman fled.',
    [
      ['one', 'killed'],
      ['three', 'wounded'],
    ],
  ],
  ['a state read as a name', 'A man in Lake County, Ohio was shot in the arm.', [['A', 'wounded']]],
  ['a town after a preposition of place', 'A child in Pinewood has died.', [['A', 'killed']]],
  ['an age in months', 'A 9-month-old boy was wounded.', [['A', 'wounded']]],
  ['a date before a killing noun', 'He is wanted in the May 14 shooting death of a man.', [['a', 'killed']]],
  ['an abbreviated month', 'She was charged in the Jan. 28 death of her son.', []],
  [
    'the object of another noun',
    'A man was killed when someone fired into the crowd of about 50 people.',
    [['A', 'killed']],
  ],
  ['a bare noun object', 'Three officers shot suspect John Doe after a chase.', []],
  ['an age in a short form', 'The family of the 17 y.o killed on Sunday spoke out.', []],
  [
    'a participle after a comma and `fatally`',
    'Two men got out and started firing, fatally shooting a teen.',
    [['a', 'killed']],
  ],
  [
    'hurt by glass, not a gun',
    'A boy was shot in the foot and a girl was injured by flying glass.',
    [['A', 'wounded']],
  ],
  ['a death in a crash', 'They held a vigil for a man who died in a car crash.', []],
  [
    'a killing in a hunting accident is a shooting',
    'A teen was killed in a hunting accident.',
    [['A', 'killed']],
  ],
  [
    'a possessive after the preposition',
    'A teen was killed while walking with his two sisters.',
    [['A', 'killed']],
  ],
  [
    'a new clause with a verb of its own after a complete one',
    'One man was killed in the shooting and the other four victims, all adults, were taken to a clinic.',
    // Not killed with the one: wounded by their own clause (taken to a place of care).
    [
      ['One', 'killed'],
      ['four', 'wounded'],
    ],
  ],
  [
    'a list sharing a cue before it',
    'The bodies of Kelly Stone, 32, Haley Stone, 5, and Marie King, 55, were found on Thursday.',
    [
      ['Kelly Stone', 'killed'],
      ['Haley Stone', 'killed'],
      ['Marie King', 'killed'],
    ],
  ],
  [
    'a pronoun opens a clause of its own',
    'Three suspects broke into a home and they shot a man.',
    [['a', 'wounded']],
  ],
  ['a broadcaster’s name', 'Police told 7 Action News a teen was shot and killed.', [['a', 'killed']]],
  ['call letters before a number', 'Police told WKRN 2 Eyewitness that a man was shot.', [['a', 'wounded']]],
  ['a dateline in capitals is no call sign', 'WACO 9 dead in a shooting at a restaurant.', [['9', 'killed']]],
  [
    'a person phrase behind a preposition, counted or not',
    'A shootout between police and a gunman resulted in an officer being wounded.',
    [],
  ],
  [
    '`then` opens a new event',
    'A man fired into the crowd, injuring a teen, and then the five suspects escaped in a car.',
    [['a', 'wounded']],
  ],
  [
    'a person noun modifying another noun',
    'The driver called for help, but the man in the front passenger seat was declared dead.',
    [['the', 'killed']],
  ],
  [
    'the shooter shares no outcome with the count before it',
    'A teen is recovering after a friend accidentally shot him.',
    [['A', 'wounded']],
  ],
  [
    'the shooter who kills himself is among the dead',
    'A man shot his wife and two sons before turning the gun on himself.',
    [['himself', 'killed']],
  ],
  ['`shot at` a place is no agent', 'Two others were wounded at a barber shop.', [['Two', 'wounded']]],
  ['`shot into` is firing', 'A man returned with a gun and shot into the home.', []],
  [
    'a total of the hurt and the dead is neither',
    'At least eight children have been wounded or killed this year in accidental shootings.',
    [],
  ],
  [
    'a number counting things of people',
    'Since January there have been 22 cases of children being shot in the city.',
    [],
  ],
  [
    'a station name with the number after',
    'She told 24-Hour News 8 that a man was shot.',
    [['a', 'wounded']],
  ],
  [
    'in the hospital',
    'A shooting left two people dead and three others in the hospital.',
    [
      ['two', 'killed'],
      ['three', 'wounded'],
    ],
  ],
  ['a death of natural causes', 'The wake was held for a man who died of natural causes.', []],
  ['`lost` before its object only', 'She eventually lost sight of him near the park.', []],
  ['a life lost', 'The shooting resulted in a young man losing his life.', [['a', 'killed']]],
  [
    'a wound in a `with` phrase yields to a death',
    'A man with multiple gunshot wounds died at the scene.',
    [['A', 'killed']],
  ],
  ['a noun cue in a compound', 'Police say the suspect was wearing body armor.', []],
  ['a charge in a compound', 'He is being charged as an adult and will face a homicide charge.', []],
  [
    '`killing` before its object stays a verb',
    'At least two men fired shots, killing a student and injuring three others.',
    [
      ['a', 'killed'],
      ['three', 'wounded'],
    ],
  ],
  [
    'a cue past a count another verb governs is that count’s',
    'A crowd of about 80 people that started the brawl that left two dead gathered outside.',
    [['two', 'killed']],
  ],
  [
    'a conjunct still shares the cue after it',
    'Three men and two women were killed.',
    [
      ['Three', 'killed'],
      ['two', 'killed'],
    ],
  ],
  // `one of` a counted whole is a person (drop-non-counts), the dead among the whole when the whole was hit.
  [
    'a partitive relative tells of a part: one dead',
    'Officers found two victims at the scene, one of whom died.',
    [['one', 'killed']],
  ],
  [
    'an absolute `with` clause has its own subject',
    'In all, 12 people were shot in the brawl, with Mary Jones dying at the hospital.',
    [['12', 'wounded']],
  ],
  [
    'a participle with its own object',
    'The teen is charged with shooting three people and killing one of them.',
    [
      ['three', 'wounded'],
      ['one', 'killed'],
    ],
  ],
  [
    'the one mourned at a gathering the gunfire hit',
    'Gunfire erupted near a vigil for a man killed last month, wounding two women.',
    [['two', 'wounded']],
  ],
  [
    'a vigil that is no scene keeps its dead',
    'A vigil was held Sunday for the two teens killed in the shooting.',
    [['two', 'killed']],
  ],
  [
    'a video’s running time marks a headline of another story',
    'Police are still searching.\n1:27 1 dead after highway collision, police say',
    [],
  ],
  [
    'a death during a crash is no shooting',
    'The boy’s uncle, a 50-year-old man, died during a car crash shortly after the shooting.',
    [],
  ],
  ['a death in a crash is no shooting', 'Two men died in a crash on the highway.', []],
  ['a crash as the subject of the verb', 'A charter bus wreck killed four people on the highway.', []],
  ['gunfire as the subject of the verb', 'The gunfire killed two men.', [['two', 'killed']]],
  ['a count above one before a singular noun', 'Only On 6 Mother of Boy Killed in Shooting Speaks Out', []],
  ['a collective noun counts in the singular', 'Two youth were shot on Main Street.', [['Two', 'wounded']]],
  ['lives with no verb taking them', 'Officers saved three lives on Sunday.', []],
  ['lives lost', 'Five lives were lost in the shooting.', [['Five', 'killed']]],
  ['lives claimed', 'The shooting claimed three lives.', [['three', 'killed']]],
  [
    'the whole of a partitive keeps the wound',
    'Police said one of two boys critically shot on Friday has died.',
    [
      ['one', 'killed'],
      ['two', 'wounded'],
    ],
  ],
  [
    'an adjective of a conjunct’s own noun is not shared',
    'Video shows the clerk was approached by the slain boy and two other teens who ran off.',
    [['the', 'killed']],
  ],
  [
    'a conjunct lies in the same clause; a gerund after a preposition is the verb',
    'A teen was shot and killed by police on Thursday after shooting at least four people.',
    [
      ['A', 'killed'],
      ['at least four', 'wounded'],
    ],
  ],
  ['a gerund after `of`', 'He is accused of shooting two men outside a bar.', [['two', 'wounded']]],
];

describe('precision: numbers that are not the count of the hurt', () => {
  it.each(ROWS)('%s', (_why, sentence, expected) => {
    expect(casualtiesOf(sentence), traceOf(sentence)).toEqual(expected);
  });
});

describe('precision: the date of the one mourned', () => {
  it('does not move the gunfire at the gathering to that year', () => {
    const text =
      'Someone opened fire on a memorial held to remember a man slain in 2014, killing one man and wounding three other people.';
    const claims = claimsOf(text);
    const main = claims.filter((c) => c.outcome === 'killed' || c.outcome === 'wounded');
    expect(main.map((c) => [c.value.text, c.outcome])).toEqual([
      ['one', 'killed'],
      ['three', 'wounded'],
    ]);
    expect(new Set(main.map((c) => c.incident)).size).toBe(1);
    expect(main[0]?.incident).not.toMatch(/^y2014/);
  });
});
