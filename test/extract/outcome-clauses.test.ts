import { describe, expect, it } from 'vitest';
import { casualtiesOf, claimsOf, traceOf } from './helpers.js';

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
  // The counted speak: what they tell is no outcome of theirs.
  ['speakers told of a toll', 'Two officials told reporters the toll would rise.', []],
  [
    'a speaker with an appositive name',
    'Another provincial official, Ghasem Karami, told the agency that high casualties were not expected.',
    [],
  ],
  [
    'an age before the inverted attribution is no speaker’s name',
    'The gunman fired at a car, killing Ann Walker, 18, and Ben Bolden, 20, said Lt. Ray Cole.',
    [
      ['Ann Walker', 'killed'],
      ['Ben Bolden', 'killed'],
    ],
  ],
  ['speakers tell of their own harm', 'Two men said they were shot outside the bar.', []],
  ['an attribution set off by commas', 'Two people, police said, were killed.', [['Two', 'killed']]],
  [
    'an attribution aside before a wound',
    'Three others, officials said, were wounded.',
    [['Three', 'wounded']],
  ],
  // A participle that is no cue governs a count of its own.
  [
    'left homeless after a toll',
    'It killed 612 people and injured more than 1,400, leveling villages and leaving thousands of people homeless.',
    [
      ['612', 'killed'],
      ['more than 1,400', 'wounded'],
    ],
  ],
  [
    'including adds to the count',
    'Gunmen killed 21 passengers, including two children.',
    [
      ['21', 'killed'],
      ['two', 'killed'],
    ],
  ],
  // A plan to have people harmed is no harm.
  [
    'arranged to have witnesses killed',
    'He arranged to have witnesses, including those two young girls, killed so that they would not testify.',
    [],
  ],
  ['wanted to have a guard killed', 'Prosecutors said he wanted to have the guard killed.', []],
  ['had two people killed is no plan', 'The gang had killed two people, police said.', [['two', 'killed']]],
  // Nearly killed is wounded.
  [
    'nearly killed',
    'Prosecutors said he stabbed the men, including two nearly killed when they were shot.',
    [['two', 'wounded']],
  ],
  ['almost killed after the verb', 'Three men were almost killed in the ambush.', [['Three', 'wounded']]],
  // A participle before another noun names that noun's fate.
  ['the slain lawman’s family', 'Several members of the slain lawman’s family gasped.', []],
  ['the slain officers themselves', 'Two slain officers were buried on Monday.', [['Two', 'killed']]],
  // A predicate noun is counted with no one.
  [
    'a suspect named by a copula',
    'The deputy was killed while investigating a shooting in which the defendant was a suspect.',
    [['The', 'killed']],
  ],
  // A name right after an active verb of harm is the one harmed; the one who did it is no victim.
  ['a named object', 'Gunmen killed John Smith on Sunday.', [['John Smith', 'killed']]],
  [
    'a titled named object',
    'Police said gunmen shot Officer Ray Cole outside the station.',
    [['Officer Ray Cole', 'wounded']],
  ],
  [
    'a named object and the next verb',
    'The shooting killed Ann Lee and wounded a student.',
    [
      ['Ann Lee', 'killed'],
      ['a', 'wounded'],
    ],
  ],
  // `and her son` is one more person (kin-conjunct); the gunman is still no victim.
  [
    'the agent of a named object',
    'A gunman killed Maria Lopez and her son.',
    [
      ['Maria Lopez', 'killed'],
      ['her', 'killed'],
    ],
  ],
  [
    'a named object with its age, once',
    'The shooter killed Ann Lee, 34, and her son.',
    [
      ['Ann Lee', 'killed'],
      ['her', 'killed'],
    ],
  ],
  ['a name that goes on into a noun', 'The blast killed Pakistan Army soldiers.', []],
  ['a show is no person', 'Critics said the host killed Saturday Night Live.', []],
  // A holiday is a day, and a name that goes on into a place's noun is that place's name.
  [
    'a holiday after a verb of harm',
    'The sheriff identified the four people killed Christmas Eve as members of one family.',
    [['four', 'killed']],
  ],
  ['a named object on a holiday', 'Gunmen killed Eve Carter on Christmas Eve.', [['Eve Carter', 'killed']]],
  ['a named object before a holiday', 'Gunmen killed Eve Carter Christmas Eve.', [['Eve Carter', 'killed']]],
  [
    'a county after a verb of harm',
    'Officers escorted the body of a slain Prince William County police officer.',
    [],
  ],
  ['a city after a verb of harm', 'Gunmen shot Lake Worth City employees.', []],
  // A conjunct after a possessive, and a verb's second object after its reflexive one.
  [
    'and her two children',
    'A woman and her two children were found dead.',
    [
      ['A', 'killed'],
      ['two', 'killed'],
    ],
  ],
  [
    'killed himself and 12 others',
    'The bomber killed himself and 12 others.',
    [
      ['The', 'killed'],
      ['himself', 'killed'],
      ['12', 'killed'],
    ],
  ],
  [
    'a possessive after a verb is no conjunct',
    'Police arrested a man after his two sons were shot.',
    [['two', 'wounded']],
  ],
  // `a second` is a duration unless a noun of people follows it: then an ordinal of the counted people.
  [
    'a second man',
    'A man died. A second man was shot.',
    [
      ['A', 'killed'],
      ['A second', 'wounded'],
    ],
  ],
  [
    'a second victim, alone',
    'A second victim walked into a hospital with a gunshot wound.',
    [['A second', 'wounded']],
  ],
  ['a second shooting counts no one', 'A second shooting left no one hurt.', [['no one', 'wounded']]],
  [
    'a conjunct after a clause with its cue still shares it',
    'Four soldiers died and two civilians, officials said.',
    [
      ['Four', 'killed'],
      ['two', 'killed'],
    ],
  ],
];

describe('attach-outcome: the clause after the first cue', () => {
  it.each(ROWS)('%s', (_why, sentence, expected) => {
    expect(casualtiesOf(sentence), traceOf(sentence)).toEqual(expected);
  });
});

// `taken` alone is custody; `taken to` a place of care is being taken in for care.
const TAKEN: [sentence: string, expected: [text: string, outcome: string][]][] = [
  ['Four people were taken to hospitals with gunshot wounds.', [['Four', 'wounded']]],
  ['Two men were taken to area hospitals after the crash.', [['Two', 'wounded']]],
  ['Three workers were taken to St. Mary’s Medical Center.', [['Three', 'wounded']]],
  ['Six miners were taken to the regional trauma center by helicopter.', [['Six', 'wounded']]],
  ['Both boys were taken to a clinic in the village.', [['Both', 'wounded']]],
  // Negatives: custody, and places that are not of care.
  ['Three suspects were taken to jail.', [['Three', 'held']]],
  ['Two men were taken to the police station, then to a hospital.', [['Two', 'held']]],
  ['Police said four people were taken into custody.', [['four', 'held']]],
  ['Two hostages were taken to a warehouse near the hospital.', [['Two', 'held']]],
];

// What shots struck: `striking` and `hitting` are wounds only after a word of firing in the same clause.
const STRUCK: [sentence: string, expected: [text: string, outcome: string][]][] = [
  ['The gunman opened fire, striking two people.', [['two', 'wounded']]],
  ['A man fired into the crowd, hitting three people, police said.', [['three', 'wounded']]],
  ['Shots rang out, striking a 12-year-old boy.', [['a', 'wounded']]],
  // Negatives: no firing, or nothing human struck.
  ['The storm hit the coast, striking two towns.', []],
  ['He hit three home runs, hitting two in the first inning.', []],
  ['The car swerved, hitting two pedestrians.', []],
];

describe('attach-outcome: taken to a place of care, and what shots struck', () => {
  it.each([...TAKEN, ...STRUCK])('%s', (sentence, expected) => {
    expect(
      claimsOf(sentence).map((c) => [c.value.text, c.outcome]),
      traceOf(sentence),
    ).toEqual(expected);
  });
});
