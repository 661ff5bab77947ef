import { describe, expect, it } from 'vitest';
import { claimsOf, traceOf } from './helpers.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';

/** A text's claims, the key of its main incident, and the incident of the claim whose value reads `v`. */
function incidentsOf(text: string, published: string | null) {
  const doc = extractDocument(normalizeDocument({ text, id: 't', published }));
  return {
    claims: doc.claims,
    main: doc.incidents.find((i) => i.main)?.key,
    incidentOf: (v: string) => doc.claims.find((c) => c.value.text === v)?.incident,
  };
}

type Row = [sentence: string, expected: [text: string, outcome: string, group: string, claimant: string][]];

// What is counted, what happened and who says so — one row per phrasing the stages must handle.
const ROWS: Row[] = [
  ['The train had 440 passengers.', [['440', 'present', 'passengers', 'author']]],
  [
    'According to the military’s statement, 23 soldiers, three railway employees, and five civilians lost their lives.',
    [
      ['23', 'killed', 'security_forces', 'military'],
      ['three', 'killed', 'railway_staff', 'military'],
      ['five', 'killed', 'civilians', 'military'],
    ],
  ],
  [
    'The military said 21 passengers were killed by the militants, along with four soldiers.',
    [
      ['21', 'killed', 'passengers', 'military'],
      ['four', 'killed', 'security_forces', 'military'],
    ],
  ],
  [
    'Reuters, citing security sources, reported only 155 hostages were rescued.',
    [['only 155', 'rescued', 'hostages', 'reuters']],
  ],
  [
    'Local sources indicated at least 200 coffins were sent for soldiers.',
    [['at least 200', 'killed', 'security_forces', 'local-sources']],
  ],
  [
    'The BLA claimed responsibility for executing all 214 military hostages.',
    [['all 214', 'executed', 'security_forces', 'bla']],
  ],
  ['The group acknowledged losing 12 of its fighters.', [['12', 'killed', 'militants', 'unattributed']]],
  [
    'The BLA stormed the train. The group acknowledged losing 12 of its fighters.',
    [['12', 'killed', 'militants', 'bla']],
  ],
  [
    'While no Chinese officials were harmed, four hotel employees and a soldier were killed.',
    [
      ['no', 'other', 'foreign_nationals', 'author'],
      ['four', 'killed', 'civilians', 'author'],
      ['a', 'killed', 'security_forces', 'author'],
    ],
  ],
  ['The BLA attacked 44 locations.', [['44', 'other', 'other', 'author']]],
  [
    'Police said two men were shot and killed and a woman was wounded.',
    [
      ['two', 'killed', 'people', 'police'],
      ['a', 'wounded', 'people', 'police'],
    ],
  ],
  ['The fighters held hundreds hostage.', [['hundreds', 'held', 'people', 'author']]],
  [
    'Thousands of forcibly disappeared Baloch deserve justice.',
    [['Thousands', 'missing', 'people', 'author']],
  ],
  ['A 23-year-old man was shot and killed.', [['A', 'killed', 'people', 'author']]],
  ['He died at the hospital.', [['He', 'killed', 'people', 'author']]],
  // The officer's own denial is dropped (negated); `no one else` is a zero beyond those counted (zeros.test.ts).
  ['The officer was not hurt, and no one else was injured.', [['no one', 'wounded', 'people', 'author']]],
  ['A baby shot on Sunday has died.', [['A', 'killed', 'people', 'author']]],
  ['At least two men fired shots, killing one student.', [['one', 'killed', 'civilians', 'author']]],
  [
    'The 27-year-old was killed, while four others were hit, none fatally.',
    [
      ['The', 'killed', 'people', 'author'],
      ['four', 'wounded', 'people', 'author'],
    ],
  ],
  // The death is the part's (`one of`), the whole shares only the wound.
  [
    'Police: one of two girls, 7 and 5, shot Wednesday has died.',
    [
      ['one', 'killed', 'people', 'author'],
      ['two', 'wounded', 'people', 'author'],
    ],
  ],
  [
    'A shooting left one man dead and three others hospitalized.',
    [
      ['one', 'killed', 'people', 'author'],
      ['three', 'wounded', 'people', 'author'],
    ],
  ],
  ['The man allegedly killed two people on May 25.', [['two', 'killed', 'people', 'author']]],
  [
    'Four men were shot and two of them died.',
    [
      ['Four', 'wounded', 'people', 'author'],
      ['two', 'killed', 'people', 'author'],
    ],
  ],
  ['It was reported that ten soldiers were killed.', [['ten', 'killed', 'security_forces', 'unattributed']]],
];

describe('attach-group, attach-outcome, attach-claimant', () => {
  it.each(ROWS)('%s', (sentence, expected) => {
    const got = claimsOf(sentence).map((c) => [
      c.value.text,
      c.outcome,
      c.group,
      c.claimant.id.replace(/^[a-z]+-(?=military)/, ''),
    ]);
    expect(got, traceOf(sentence)).toEqual(expected);
  });

  it('carries a quotation’s speaker into the sentences it spans', () => {
    const text =
      'Lt. Gen. Ahmed Sharif Chaudhry, speaking on Dunya News, said: “The attack began at noon. The train had 440 passengers.”';
    const [claim] = claimsOf(text);
    expect(claim?.claimant.kind, traceOf(text)).toBe('official');
    expect(claim?.provenance.claimant).toBe('inferred');
  });

  it('learns a spokesperson’s organisation and keeps it for later sentences', () => {
    const text =
      'BLA spokesperson Jeeyand Baloch spoke to reporters.\nJeeyand Baloch said 50 hostages were executed.';
    expect(
      claimsOf(text).map((c) => c.claimant.id),
      traceOf(text),
    ).toEqual(['bla']);
  });

  it('keeps an older incident the article recalls apart from the main one', () => {
    const text = [
      'The hijacking of the Jaffar Express left 26 passengers dead.',
      'In 2019, gunmen stormed the Pearl Continental Hotel and killed five people.',
      'The Jaffar Express hijacking ended on Wednesday with 33 militants killed.',
    ].join('\n');
    const claims = claimsOf(text);
    expect(
      claims.map((c) => c.incident),
      traceOf(text),
    ).toEqual([claims[0]?.incident, expect.any(String), claims[0]?.incident]);
    expect(claims[1]?.incident).not.toBe(claims[0]?.incident);
  });

  it('dates a recalled event named with a y by its text, not by its name', () => {
    const text = [
      'The hijacking of the Jaffar Express left 26 passengers dead.',
      'The Yorkville Hotel attack killed five people.',
      'The Jaffar Express hijacking ended on Wednesday.',
    ].join('\n');
    const doc = extractDocument(normalizeDocument({ text, id: 't', published: '2025-03-14' }));
    const york = doc.incidents.find((i) => i.label.includes('Yorkville'));
    expect(york?.date, JSON.stringify(doc.incidents)).toBeNull();
  });

  it('keeps a round-up of other shootings apart from the story’s own incident', () => {
    const text =
      'Two men were killed in Englewood on Sunday.\nAt least 17 people were killed in shootings across Chicago over the weekend.';
    const [own, roundup] = claimsOf(text);
    expect(roundup?.incident, traceOf(text)).not.toBe(own?.incident);
  });

  it.each([
    [
      'in shootings across a city',
      'At least 12 people were wounded in shootings across Springfield between Friday and Monday.',
    ],
    [
      'in separate shootings',
      'Nine people were shot in three separate shootings on Saturday night, police said.',
    ],
    ['a count of shootings', 'Two shootings left five people wounded within an hour on Saturday.'],
    ['since a holiday', 'Since Easter, at least eight children have been wounded by gunfire in the city.'],
    ['over a stretch of hours', 'He was one of four people killed over a six-hour stretch that night.'],
    ['within a period', 'Three men were killed within a four-hour period across the south side.'],
    ['of those deaths', 'Of those deaths, five people were killed by gunfire.'],
    ['a perfect since', 'Six people have been shot to death since the new curfew took effect in June.'],
    ['a holiday’s shootings', 'Five people died in the Memorial Day shootings, police said.'],
    [
      'the first of a series',
      'He was the first of two teens killed by gunfire over the weekend in the county.',
    ],
  ])('keeps a tally of several shootings (%s) apart from the story’s own incident', (_, tally) => {
    const text = `A man was wounded in Oak Park on Saturday, police said.\n${tally}\nThe man was taken to a hospital.`;
    const claims = claimsOf(text);
    const own = claims.find((c) => c.value.text === 'A');
    expect(own, traceOf(text)).toBeDefined();
    const others = claims.filter((c) => c.evidence.text.startsWith(tally.slice(0, 20)));
    expect(others.length, traceOf(text)).toBeGreaterThan(0);
    for (const c of others) expect(c.incident, traceOf(text)).not.toBe(own?.incident);
  });

  it('keeps “the two shootings” of the story’s own spree in its incident', () => {
    const text = [
      'Two men were shot in Elm Park on Sunday, police said.',
      'Police said the two shootings left one person dead.',
    ].join('\n');
    const claims = claimsOf(text);
    expect(new Set(claims.map((c) => c.incident)).size, traceOf(text)).toBe(1);
  });

  it('keeps the earlier event a shooting is set against apart from it', () => {
    const text = [
      'Two men were wounded in a shooting at a park on Sunday.',
      'The shooting came two weeks after a fatal shooting at a nearby bar where three people were killed.',
    ].join('\n');
    const claims = claimsOf(text);
    const own = claims.find((c) => c.value.text === 'Two');
    const earlier = claims.find((c) => c.value.text === 'three');
    expect(earlier?.incident, traceOf(text)).not.toBe(own?.incident);
  });

  it('keeps a lede’s “over the weekend” as the story’s own incident', () => {
    const text = [
      'A teenager was taken to a hospital after being shot over the weekend.',
      'Two other teens were with him in Cub Run on Saturday, police said.',
    ].join('\n');
    const claims = claimsOf(text);
    const teen = claims.find((c) => c.value.text === 'A');
    const doc = extractDocument(normalizeDocument({ text, id: 't', published: '2025-03-14' }));
    expect(teen?.incident, traceOf(text)).toBe(doc.incidents.find((i) => i.main)?.key);
  });

  it('keeps a shooting tied to a previous incident as the story’s own', () => {
    const text = [
      'A man was killed in a shooting in Elm Park on Sunday.',
      'Police said six people were shot and that the shooting is connected to a previous incident in the area.',
    ].join('\n');
    const claims = claimsOf(text);
    expect(new Set(claims.map((c) => c.incident)).size, traceOf(text)).toBe(1);
  });

  it('reads “the 1900 block” as an address, not as a year', () => {
    const text = [
      'A man was killed in Oak Park on Sunday, police said.',
      'Two other men were wounded in the 1900 block of Elm Street.',
    ].join('\n');
    const claims = claimsOf(text);
    expect(claims.length).toBe(2);
    expect(new Set(claims.map((c) => c.incident)).size, traceOf(text)).toBe(1);
  });

  it('keeps “other shooting victims” in the story’s own incident', () => {
    const text = [
      'A man died at the scene on Sunday, police said.',
      'Three other shooting victims were taken to a hospital.',
    ].join('\n');
    const claims = claimsOf(text);
    expect(new Set(claims.map((c) => c.incident)).size, traceOf(text)).toBe(1);
  });

  it('takes the recalled shooting as the story of a report of the trial', () => {
    const text = [
      'A jury found a Riverside man guilty of murder on Tuesday.',
      'On January 4, 2024, two men were shot dead outside a bar in Riverside.',
    ].join('\n');
    const doc = extractDocument(normalizeDocument({ text, id: 't', published: '2025-03-14' }));
    const main = doc.incidents.find((i) => i.main);
    expect(main?.date, traceOf(text)).toBe('2024-01-04');
    expect(doc.claims.find((c) => c.value.text === 'two')?.incident).toBe(main?.key);
  });

  it('gives a report that only tells a past event that event as its story, dated by its year', () => {
    const text = [
      'Police in Marlow arrested a retired teacher in the 1978 killing of two hikers.',
      'The two hikers were found dead near the Ashcombe trail in 1978.',
    ].join('\n');
    const doc = extractDocument(normalizeDocument({ text, id: 't', published: null }));
    const main = doc.incidents.find((i) => i.main);
    expect(main, traceOf(text)).toBeDefined();
    expect(main?.date).toBe('1978');
    expect(doc.incidents.filter((i) => i.main)).toHaveLength(1);
  });

  it('leaves a report that tells the present its own story, with the past event recalled', () => {
    const text = [
      'Two hikers were found dead near the Ashcombe trail on Tuesday, police said.',
      'In 1978, a teacher was killed on the same trail.',
    ].join('\n');
    const doc = extractDocument(normalizeDocument({ text, id: 't', published: '2025-03-14' }));
    const main = doc.incidents.find((i) => i.main);
    expect(main?.date, traceOf(text)).toBe('2025-03-11');
    expect(doc.incidents.some((i) => !i.main && i.date === '1978')).toBe(true);
  });

  it('keeps an earlier event dated only by its month ("in February") apart from the story, in an undated report', () => {
    const text = [
      'A strong earthquake hit the island of Varna Rock on Sunday, killing 10 people, officials said.',
      'In February, a quake hit the town of Zelvan, killing 612 people and injuring 1,400.',
    ].join('\n');
    const { main, incidentOf } = incidentsOf(text, null);
    expect(incidentOf('10'), traceOf(text)).toBe(main);
    expect(incidentOf('612')).toBeDefined();
    expect(incidentOf('612')).not.toBe(main);
  });

  it('keeps an earlier event told by its pronoun in the next paragraph (“It killed 612”) apart from the story', () => {
    const text = [
      'A strong earthquake hit the island of Varna Rock on Sunday, killing 10 people, officials said.',
      'The last major quake in the region was in February, when a tremor rocked the town of Zelvan.',
      'It killed 612 people and injured more than 1,400.',
      'Rescue teams said 30 people were still missing on Varna Rock.',
    ].join('\n');
    const { main, incidentOf } = incidentsOf(text, null);
    expect(incidentOf('10'), traceOf(text)).toBe(main);
    expect(incidentOf('612')).not.toBe(main);
    expect(incidentOf('more than 1,400')).toBe(incidentOf('612'));
    // The paragraph after it is the story's again.
    expect(incidentOf('30')).toBe(main);
  });

  it('reads “It killed” after a paragraph of the story itself as the story’s', () => {
    const text = [
      'A bomb exploded at a market in Tarvin on Monday, officials said.',
      'It killed 12 people and wounded 40.',
    ].join('\n');
    const { claims, main } = incidentsOf(text, '2025-03-14');
    expect(
      claims.every((c) => c.incident === main),
      traceOf(text),
    ).toBe(true);
  });

  it('keeps an event told as years before the story apart from it', () => {
    const text = [
      'An earthquake struck the island of Varna Rock on Sunday, killing 10 people.',
      'The island was hit almost two years after the city of Belmar was destroyed in a quake that killed 20,000 people.',
    ].join('\n');
    const { main, incidentOf } = incidentsOf(text, null);
    expect(incidentOf('10'), traceOf(text)).toBe(main);
    expect(incidentOf('20,000')).not.toBe(main);
  });

  it('reads a month with its day, or a month that is the story’s own, as no earlier event', () => {
    const dayed = [
      'A strong earthquake hit the island of Varna Rock, killing 10 people, officials said.',
      'The quake struck on February 3, injuring 40 people.',
    ].join('\n');
    const doc = extractDocument(normalizeDocument({ text: dayed, id: 't', published: '2025-02-04' }));
    expect(new Set(doc.claims.map((c) => c.incident)).size, traceOf(dayed)).toBe(1);
    const verb = 'Police said 12 people were hurt as the crowd began to march on the palace.';
    const marched = extractDocument(normalizeDocument({ text: verb, id: 't', published: null }));
    expect(marched.claims.every((c) => c.incident === marched.incidents.find((i) => i.main)?.key)).toBe(true);
  });

  it('keeps the story’s own incident when it tells a toll of its own', () => {
    const text = [
      'A man was shot dead in Riverside on Tuesday.',
      'On January 4, 2024, two men were shot dead outside a bar in Riverside.',
    ].join('\n');
    const doc = extractDocument(normalizeDocument({ text, id: 't', published: '2025-03-14' }));
    expect(doc.incidents.find((i) => i.main)?.date, traceOf(text)).toBe('2025-03-11');
  });

  it('keeps a shooting that happened shortly after midnight as the story’s own', () => {
    const text = [
      'A woman was wounded in a shooting on Sunday.',
      'The shooting happened shortly after midnight, when two men were shot outside a bar.',
    ].join('\n');
    const claims = claimsOf(text);
    const own = claims.find((c) => c.value.text === 'A');
    const two = claims.find((c) => c.value.text === 'two');
    expect(two?.incident, traceOf(text)).toBe(own?.incident);
  });

  it('starts another story at “In a separate shooting”', () => {
    const text = [
      'A man was killed in a shooting in Elm Park on Sunday, police said.',
      'In a separate shooting, four people were wounded on Sunday in Riverside.',
    ].join(' ');
    const claims = claimsOf(text);
    const own = claims.find((c) => c.value.text === 'A');
    const other = claims.find((c) => c.value.text === 'four');
    expect(other?.incident, traceOf(text)).not.toBe(own?.incident);
  });

  it('keeps a spree’s shootings at named places as one incident', () => {
    const text = [
      'A gunman killed two people at a mall on Friday.',
      'Earlier Friday, two people were wounded in shootings at a mall and a grocery store in Montgomery.',
    ].join('\n');
    const claims = claimsOf(text);
    expect(new Set(claims.map((c) => c.incident)).size, traceOf(text)).toBe(1);
  });

  it('places the main incident where it happened, not at the hospital or on the day', () => {
    const text = [
      'A man was shot at Mercy Hospital in Springfield on Sunday.',
      'Two women were wounded in Riverside Saturday, police said.',
      'The shooting in Riverside was the third this month.',
    ].join('\n');
    const doc = extractDocument(normalizeDocument({ text, id: 't', published: '2025-03-14' }));
    expect(doc.incidents.find((i) => i.main)?.place).toBe('Riverside');
  });

  it('places the main incident in the town its headline names', () => {
    const text = 'Five people were shot at the Corner Pocket Billiards on Sunday, police said.';
    const place = (title: string) =>
      extractDocument(normalizeDocument({ text, id: 't', title, published: '2025-03-14' })).incidents.find(
        (i) => i.main,
      )?.place;
    expect(place('Five shot at billiards bar in Pine Hill')).toBe('Pine Hill');
    expect(place('Five Shot At Billiards Bar In Pine Hill')).toBe('Corner Pocket Billiards');
  });

  it('dates a statement from its sentence, not from the events quoted in it', () => {
    const [claim] = claimsOf(
      'On March 12, the military said: “On March 11, terrorists killed 21 passengers.”',
    );
    expect(claim?.stated).toBe('2025-03-12');
  });
});

describe('individual victims named with their age', () => {
  it('counts each named person once, and never the age', () => {
    const text = 'Emmanuel C. Stokes, 28, and Edwin Davis, 32, were fatally shot inside the restaurant.';
    const claims = claimsOf(text);
    expect(
      claims.map((c) => [c.value.text, c.value.low, c.outcome]),
      traceOf(text),
    ).toEqual([
      ['Emmanuel C. Stokes', 1, 'killed'],
      ['Edwin Davis', 1, 'killed'],
    ]);
    expect(claims[0]?.provenance.coordination).toBe(claims[1]?.provenance.coordination);
  });

  it('counts a named person who died or was shot, never the one who shot', () => {
    const text = 'Hall was pronounced dead on the scene. Tyler Smith shot his neighbor.';
    expect(
      claimsOf(text).map((c) => [c.value.text, c.outcome]),
      traceOf(text),
    ).toEqual([['Hall', 'killed']]);
  });

  it('does not read a compound as a carrier of the dead', () => {
    expect(claimsOf('The city received 500 body cameras after officers were killed.')).toEqual([]);
  });
});
