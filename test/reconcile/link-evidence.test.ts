// Linking by evidence, on invented reports run through the whole pipeline: the words, names and places each report
// tells its event in decide, not label equality; and the incidents never depend on the order reports come in.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { analyzeDocuments, withOwnDates } from '../../src/analyze.js';
import type { SourceDocument } from '../../src/model/document.js';
import {
  commonCompound,
  headlineOnly,
  rareTerms,
  termWeight,
  topTerms,
} from '../../src/reconcile/incident-terms.js';
import {
  blockingKeys,
  keyReaches,
  linkDiagnostics,
  nodeDays,
  publishedDay,
  rarePairs,
} from '../../src/reconcile/link-incidents.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { doc, mainOf } from './invented-reports.js';

const marketBombing = [
  doc(
    'wire',
    '2025-05-03',
    'A bomb ripped through the crowded Qissa Khwani bazaar in Peshawar on Saturday, killing 12 people, police said. ' +
      'The blast near the Kabuli Gate wrecked a row of spice shops, said Inspector Farooq Durrani.',
  ),
  doc(
    'local',
    '2025-05-04',
    'The toll from Saturday’s bombing at the Qissa Khwani bazaar rose to 19, hospital officials in Peshawar said. ' +
      'Shopkeepers near the Kabuli Gate said the spice market had been full of families.',
  ),
  doc(
    'agency',
    '2025-05-03',
    'At least 15 people died when an explosive device went off in Peshawar’s old Qissa Khwani market, ' +
      'a rescue official said. Inspector Farooq Durrani said the device was hidden in a cart.',
  ),
];

const twoShootings = [
  doc(
    'north',
    '2025-06-07',
    'Two men were shot dead outside the Lucky Star laundromat on Delmar Avenue in Riverton on Saturday, police said. ' +
      'The victims, Marcus Hale and Dion Pruitt, were found in a parked Buick.',
  ),
  doc(
    'south',
    '2025-06-07',
    'A teenager was wounded by gunfire at the Fairgrounds skate park in Riverton on Saturday, police said. ' +
      'Kayla Jimenez, 16, was treated at Mercy General for a leg wound, and skaters at the ramps fled.',
  ),
];

describe('linking by evidence', () => {
  test('reports of one bombing with different tolls join', () => {
    const a = analyzeDocuments(marketBombing);
    const id = mainOf(a, 'wire');
    expect(id).toBeDefined();
    expect(mainOf(a, 'local')).toBe(id);
    expect(mainOf(a, 'agency')).toBe(id);
  });

  test('two shootings in one city on one day stay apart', () => {
    const a = analyzeDocuments(twoShootings);
    expect(mainOf(a, 'north')).toBeDefined();
    expect(mainOf(a, 'south')).toBeDefined();
    expect(mainOf(a, 'north')).not.toBe(mainOf(a, 'south'));
  });

  test('the bombing and the shootings never meet', () => {
    const a = analyzeDocuments([...marketBombing, ...twoShootings]);
    const bombing = mainOf(a, 'wire');
    expect(mainOf(a, 'north')).not.toBe(bombing);
    expect(mainOf(a, 'south')).not.toBe(bombing);
    expect(mainOf(a, 'north')).not.toBe(mainOf(a, 'south'));
  });

  test('the incidents do not depend on the order the reports come in', () => {
    const all = [...marketBombing, ...twoShootings];
    const shape = (a: ReturnType<typeof analyzeDocuments>) =>
      a.incidents.map((i) => `${i.id}:${[...i.documents].sort().join(',')}`).sort();
    const reference = shape(analyzeDocuments(all));
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (order) => {
        expect(shape(analyzeDocuments(order))).toEqual(reference);
      }),
      { numRuns: 12 },
    );
  });
});

// Each report tells the fire in many words the other never uses; the few they share (the tannery's name) are not
// among either report's heaviest words, and neither report's date or place is a key the other has.
const fire = [
  doc(
    'brigade',
    '2025-03-02',
    'A fire tore through the Quillfeather tannery late on Saturday, killing three workers, the fire brigade said. ' +
      'Chemists, insurers, apprentices and lorry drivers described acrid smoke, collapsed dye vats, scorched hides, ' +
      'melted drums, buckled shutters and blackened forklifts across the sprawling yard. Crews from Ashby, Carrick, ' +
      'Dunmore, Eskdale, Fenwick, Glenholm, Harlow and Inverkip fought the flames.',
  ),
  doc(
    'relatives',
    null,
    'Three men died in the Quillfeather tannery blaze beside the dye vats, relatives told reporters. Cousins, ' +
      'schoolteachers, shopkeepers, choir members and bellringers gathered at the chapel with candles, wreaths, ' +
      'hymnals, lanterns and photographs. Neighbours from Larkhill, Moorend, Netherby, Oakridge, Pinewood, ' +
      'Rosedale, Sandhurst and Thornbury came.',
  ),
];
const otherFire = doc(
  'mill',
  null,
  'Two workers died when a fire swept through the Brackenridge paper mill, the fire brigade said. Firefighters ' +
    'from Wexcombe and Yarrow fought the flames for hours as rolls of newsprint burned.',
);

describe('candidates', () => {
  test('two reports of one fire are compared by the words they share, however few', () => {
    const a = analyzeDocuments(fire);
    expect(mainOf(a, 'relatives')).toBe(mainOf(a, 'brigade'));
  });

  test('a fire elsewhere that shares only the words every fire is told in joins neither', () => {
    const a = analyzeDocuments([...fire, otherFire]);
    expect(mainOf(a, 'relatives')).toBe(mainOf(a, 'brigade'));
    expect(mainOf(a, 'mill')).not.toBe(mainOf(a, 'brigade'));
  });

  test("blocking words are a report's own: its heaviest, and its rare words most repeated first", () => {
    const words = new Map([
      ['tannery', 3],
      ['quillfeather', 2],
      ['police', 5],
      ['hymnals', 1],
    ]);
    // `police` is common English, never a rare key, however often the report says it.
    expect(rareTerms(words, 2)).toEqual(['tannery', 'quillfeather']);
    expect(rareTerms(words, 8)).not.toContain('police');
    // A surname unknown to the background weighs more than a word every report uses.
    expect(termWeight('quillfeather')).toBeGreaterThan(termWeight('police'));
    expect(termWeight('new york')).toBe(termWeight('new'));
    // Contractions, possessives and a trailing full stop are the common words they are, not unseen ones.
    const spelled = new Map([
      ["don't", 4],
      ['didn’t', 4],
      ['street.', 4],
      ["mayor's", 4],
      ['quillfeather', 1],
    ]);
    expect(rareTerms(spelled, 8)).toEqual(['quillfeather']);
    // The subtitle list holds no hyphenated word: one made of common words is as common as they are.
    const compounds = new Map([
      ['drive-by', 3],
      ['life-threatening', 2],
      ['self-inflicted', 2],
      ['al-quillfeather', 1],
    ]);
    expect(rareTerms(compounds, 8)).toEqual(['al-quillfeather']);
    expect(commonCompound('drive-by')).toBe(true);
    expect(commonCompound('al-quillfeather')).toBe(false);
    expect(commonCompound('quillfeather')).toBe(false);
    expect(termWeight("don't")).toBe(termWeight('don'));
    const v = new Map([
      ['hymnals', 0.6],
      ['lanterns', 0.5],
      ['tannery', 0.2],
    ]);
    expect(topTerms(v, 2)).toEqual(['hymnals', 'lanterns']);
  });

  test('place and heavy words reach 30 days, a name or rare word a year, a pair of rare words five, a victim any distance', () => {
    const at = (date: string | null, main = true, published: string | null = null) => ({
      days: nodeDays(date, published, main),
      main,
      toldOn: publishedDay(published),
    });
    const day = at('2025-03-02');
    expect(day.days![0]).toBe(day.days![1]);
    expect(keyReaches('p', day, at('2025-03-30'))).toBe(true);
    expect(keyReaches('p', day, at('2025-05-30'))).toBe(false);
    expect(keyReaches('t', day, at('2025-05-30'))).toBe(false);
    expect(keyReaches('r', day, at('2025-11-30'))).toBe(true);
    expect(keyReaches('r', day, at('2026-05-30'))).toBe(false);
    expect(keyReaches('n', day, at('2026-02-28'))).toBe(true);
    expect(keyReaches('n', day, at('2027-02-28'))).toBe(false);
    expect(keyReaches('q', day, at('2029-02-28'))).toBe(true);
    expect(keyReaches('q', day, at('2031-02-28'))).toBe(false);
    expect(keyReaches('v', day, at('2040-02-28'))).toBe(true);
    // No time at all: place words never; heavy words only between two main events; name and rare words between
    // two main events or two recalled ones, never a recalled one and a main event (those are never scored).
    expect(keyReaches('p', day, at(null))).toBe(false);
    expect(keyReaches('t', day, at(null))).toBe(true);
    expect(keyReaches('t', day, at(null, false))).toBe(false);
    expect(keyReaches('r', at(null, false), at(null, false))).toBe(true);
    expect(keyReaches('r', at('2015-01-01', false), at(null, false))).toBe(true);
    expect(keyReaches('r', day, at(null))).toBe(true);
    expect(keyReaches('r', day, at(null, false))).toBe(false);
    expect(keyReaches('n', day, at(null, false))).toBe(false);
    expect(keyReaches('q', at(null, false), at('2001', false))).toBe(true);
    // A name's word that tells the event's kind (`g:`, `shooting`, `church`) reaches a year as a name word between
    // dated incidents, and as a heavy word when either is undated: every recalled church shooting has it.
    expect(keyReaches('g', day, at('2026-02-28'))).toBe(true);
    expect(keyReaches('g', day, at('2027-02-28'))).toBe(false);
    expect(keyReaches('g', at(null, false), at(null, false))).toBe(false);
    expect(keyReaches('g', at('2015-01-01', false), at(null, false))).toBe(false);
    expect(keyReaches('g', day, at(null))).toBe(true);
    // An undated recalled incident reaches the reports published within five years of its own, whatever their
    // incidents' dates; with no publication day on either side, any distance.
    const recalled = (date: string | null, published: string) => at(date, false, published);
    expect(keyReaches('n', recalled(null, '2020-01-01'), recalled(null, '2024-12-01'))).toBe(true);
    expect(keyReaches('n', recalled(null, '2020-01-01'), recalled(null, '2025-02-01'))).toBe(false);
    expect(keyReaches('r', recalled(null, '2020-01-01'), recalled('1999', '2024-12-01'))).toBe(true);
    expect(keyReaches('r', recalled(null, '2020-01-01'), recalled('2019', '2026-01-01'))).toBe(false);
    expect(keyReaches('q', recalled(null, '2010-01-01'), at(null, false))).toBe(true);
    expect(keyReaches('v', recalled(null, '2010-01-01'), recalled(null, '2030-01-01'))).toBe(true);
    // Two dated incidents reach by their dates, whenever their reports were published.
    expect(keyReaches('q', recalled('2020', '2020-06-01'), recalled('2021', '2035-01-01'))).toBe(true);
    // A month or a year reaches from its first day to its last; an undated main event stands at its report's day.
    expect(keyReaches('p', at('2025-04'), at('2025-05-20'))).toBe(true);
    expect(keyReaches('p', at('2024', false), at('2025-03-02'))).toBe(false);
    expect(at(null, true, '2025-03-02T10:00:00Z').days).toEqual(day.days);
    expect(at(null, false, '2025-03-02').days).toBeNull();
  });
});

describe('rare words across years', () => {
  const nodesOf = (docs: readonly SourceDocument[]) => {
    const d = linkDiagnostics(withOwnDates(docs).map((x) => extractDocument(x)));
    const mains = new Map(
      d.nodes
        .map((n, i) => [i, n] as const)
        .filter(([, n]) => n.main)
        .map(([i, n]) => [n.doc, i]),
    );
    const compared = (a: string, b: string) =>
      d.pairs.some(
        (p) =>
          (p.a === mains.get(a) && p.b === mains.get(b)) || (p.a === mains.get(b) && p.b === mains.get(a)),
      );
    return { nodes: d.nodes, compared };
  };
  const raid = doc(
    'raid',
    '2021-03-04',
    'Gunmen killed three farmers in Brackenmoor on Wednesday, police said. The attackers asked for Tobias Quillfeather ' +
      'by name, a Brackenmoor elder said. Quillfeather hid in a grain store and survived.',
  );
  const anniversary = doc(
    'anniversary',
    '2023-06-10',
    'Tobias Quillfeather returned to Brackenmoor on Saturday to open a school. Quillfeather said Brackenmoor had ' +
      'rebuilt every house.',
  );
  const aside = doc(
    'aside',
    '2023-06-10',
    'A lorry overturned on the ring road near Harrowdeep on Saturday, injuring its driver. Traffic to Brackenmoor ' +
      'was diverted for two hours.',
  );
  const later = doc(
    'later',
    '2021-09-01',
    'A lorry overturned on the ring road near Harrowdeep on Wednesday, injuring its driver. Traffic to Brackenmoor ' +
      'was diverted for two hours.',
  );

  test('the rare names and repeated rare words of a report make pair keys; a lowercase word said once does not', () => {
    const [node] = nodesOf([raid]).nodes;
    expect(node!.repeated).toEqual(expect.arrayContaining(['brackenmoor', 'quillfeather']));
    expect(blockingKeys(node!)).toContain('q:brackenmoor|quillfeather');
    // Rare words said once, in lower case, are asides: no pair.
    const [other] = nodesOf([
      doc(
        'mill',
        '2021-03-04',
        'Officers said a man was fatally wounded at the quillfeather mill on Wednesday.',
      ),
    ]).nodes;
    expect(other!.rare).toEqual(expect.arrayContaining(['fatally', 'quillfeather']));
    expect(blockingKeys(other!).filter((k) => k.startsWith('q:'))).toEqual([]);
    expect(rarePairs(['tenn', 'tenn.', 'quillfeather'])).toEqual(['q:quillfeather|tenn']);
    expect(rarePairs(['c', 'b', 'a'])).toEqual(['q:b|c', 'q:a|c', 'q:a|b']);
  });

  test('two reports that repeat the same two rare words are compared years apart', () => {
    expect(nodesOf([raid, anniversary]).compared('raid', 'anniversary')).toBe(true);
  });

  test('one rare word said once ties reports of the same year, never two years apart', () => {
    expect(nodesOf([raid, later]).compared('raid', 'later')).toBe(true);
    expect(nodesOf([raid, aside]).compared('raid', 'aside')).toBe(false);
  });
});

describe("the words of an event's name", () => {
  test("the words that tell the event's kind are kind keys (`g:`), its other words name keys (`n:`)", () => {
    const d = linkDiagnostics(
      withOwnDates([
        doc(
          'vigil',
          '2025-06-07',
          'Two worshippers were killed in the Harrowdeep Church shooting on Saturday, police said.',
        ),
      ]).map((x) => extractDocument(x)),
    );
    const keys = d.nodes.flatMap((n) => blockingKeys(n));
    expect(keys).toEqual(expect.arrayContaining(['g:chrch', 'g:shtng', 'n:hrvdp']));
    expect(keys).not.toContain('n:shtng');
    expect(keys).not.toContain('n:chrch');
  });
});

describe('a report is linked by what it says, never by what else the batch holds', () => {
  const events = new Map<string, string>([
    ['wire', 'market'],
    ['local', 'market'],
    ['agency', 'market'],
    ['north', 'laundromat'],
    ['south', 'skate park'],
    ['brigade', 'tannery'],
    ['relatives', 'tannery'],
    ['mill', 'mill'],
  ]);
  const all = [...marketBombing, ...twoShootings, ...fire, otherFire];
  /** The partition of the given reports' main events. */
  const partition = (a: ReturnType<typeof analyzeDocuments>, ids: readonly string[]) =>
    ids.map((id) => ids.filter((other) => mainOf(a, other) === mainOf(a, id)).join(' '));

  test('adding reports of other events changes no incident of the reports already there', () => {
    fc.assert(
      fc.property(fc.subarray(all, { minLength: 1 }), fc.subarray(all), (kept, more) => {
        const told = new Set(kept.map((d) => events.get(d.id)));
        const others = more.filter((d) => !told.has(events.get(d.id)));
        const ids = kept.map((d) => d.id);
        expect(partition(analyzeDocuments([...kept, ...others]), ids)).toEqual(
          partition(analyzeDocuments(kept), ids),
        );
      }),
      { numRuns: 25 },
    );
  });

  test("a report's words, weights and keys are its own: the same alone as beside other reports", () => {
    const nodes = (docs: readonly SourceDocument[]) =>
      linkDiagnostics(withOwnDates(docs).map((d) => extractDocument(d))).nodes;
    const [alone] = nodes([fire[0]!]);
    const beside = nodes(all).find((n) => n.doc === 'brigade' && n.main)!;
    expect(alone!.rare).toContain('quillfeather');
    expect(beside.terms).toEqual(alone!.terms);
    expect(beside.rare).toEqual(alone!.rare);
    expect(alone!.vector.ids.length).toBeGreaterThan(0);
    expect([...beside.vector.ids]).toEqual([...alone!.vector.ids]);
    expect([...beside.vector.weights]).toEqual([...alone!.vector.weights]);
    expect(beside.days).toEqual(alone!.days);
  });
});

describe('headlines', () => {
  const signInWall =
    'Just one more step. We have sent you a verification email. Please check your inbox and click the link to ' +
    'activate your profile. Close';
  const titled = (id: string, title: string, text: string): SourceDocument => ({
    ...doc(id, '2025-06-07', text),
    title,
  });

  test('pages whose body is one sign-in wall link each to its own event by its headline, not to each other', () => {
    const a = analyzeDocuments([
      ...twoShootings,
      titled(
        'wall',
        'Two men shot dead outside Lucky Star laundromat on Delmar Avenue - Riverton Gazette',
        signInWall,
      ),
      titled('wall2', 'Teenager wounded by gunfire at Fairgrounds skate park - Riverton Gazette', signInWall),
    ]);
    expect(mainOf(a, 'wall')).toBe(mainOf(a, 'north'));
    expect(mainOf(a, 'wall2')).toBe(mainOf(a, 'south'));
    expect(mainOf(a, 'wall')).not.toBe(mainOf(a, 'wall2'));
  });

  test('a sign-in wall whose headline tells another event joins neither', () => {
    const a = analyzeDocuments([
      ...twoShootings,
      titled('wall', 'Council approves budget for new Harbor Road library - Riverton Gazette', signInWall),
    ]);
    expect(mainOf(a, 'wall')).not.toBe(mainOf(a, 'north'));
    expect(mainOf(a, 'wall')).not.toBe(mainOf(a, 'south'));
  });

  test('the site name after a headline is no evidence: two events on one site stay apart', () => {
    const a = analyzeDocuments([
      { ...twoShootings[0]!, title: 'Two men shot dead in parked car - Riverton Gazette Live News' },
      { ...twoShootings[1]!, title: 'Teen wounded at skate park - Riverton Gazette Live News' },
    ]);
    expect(mainOf(a, 'north')).not.toBe(mainOf(a, 'south'));
  });

  test('headlineOnly drops a short site name after a separator, and nothing else', () => {
    expect(headlineOnly('Man shot on Elm Street - WXYZ News')).toBe('Man shot on Elm Street');
    expect(headlineOnly('Gunman kills 2 | The Daily Star')).toBe('Gunman kills 2');
    expect(headlineOnly('Siege ends: 12 dead')).toBe('Siege ends: 12 dead');
    expect(headlineOnly('Police: 5 shot - Miami')).toBe('Police: 5 shot');
    expect(headlineOnly('No separator here at all')).toBe('No separator here at all');
    expect(headlineOnly(null)).toBe('');
  });
});

describe('statement dates', () => {
  test('a month-day in an undated report takes the year of the incident; a report with none stays undated', () => {
    const dated = doc(
      'dated',
      '2025-05-03',
      'Gunmen stormed the Tarbela dam workers’ camp near Haripur on Friday, killing 9 labourers, police said.',
    );
    const undated = doc(
      'undated',
      null,
      'Gunmen stormed the Tarbela dam workers’ camp near Haripur, killing 9 labourers. ' +
        'On May 4, the district police chief said 11 labourers had been killed at the Tarbela camp.',
    );
    const bare = doc(
      'bare',
      null,
      'The district police chief said 11 labourers had been killed at the Tarbela dam camp near Haripur.',
    );
    const a = analyzeDocuments([dated, undated, bare]);
    const eleven = a.claims.filter((c) => c.value.low === 11);
    expect(eleven.find((c) => c.document === 'undated')?.stated).toBe('2025-05-04');
    expect(eleven.find((c) => c.document === 'bare')?.stated).toBeNull();
    expect(a.documents.find((d) => d.id === 'undated')?.published).toBeNull();
  });
});

describe('zeros', () => {
  test('"no one else was hurt" is a claim, and no toll of zero', () => {
    const first = doc(
      'first',
      '2025-07-01',
      'A gunman shot 2 people at the Oakridge depot on Monday, police said. No one else was hurt.',
    );
    const a = analyzeDocuments([first]);
    const main = a.incidents.find((i) => i.main)!;
    const wounded = a.estimates.find(
      (e) => e.incident === main.id && e.outcome === 'wounded' && e.group === 'all',
    );
    expect(a.claims.some((c) => c.value.low === 0 && c.provenance.beyond === true)).toBe(true);
    expect(wounded?.best).toBe(2);
  });
});

describe('a later zero said of everyone', () => {
  const depotBlast = doc(
    'first',
    '2025-05-03',
    'An explosion at the Harbor Road fuel depot in Harborton on Saturday wounded four workers, a fire department ' +
      'spokesman said.',
  );
  const woundedAll = (a: ReturnType<typeof analyzeDocuments>, id: string) =>
    a.estimates.find((e) => e.incident === mainOf(a, id) && e.outcome === 'wounded' && e.group === 'all');

  test('"there were no casualties" contradicts the earlier toll in every group it counted', () => {
    const later = doc(
      'later',
      '2025-05-04',
      "Police said on Sunday that there were no casualties in Saturday's explosion at the Harbor Road fuel depot " +
        'in Harborton.',
    );
    const a = analyzeDocuments([depotBlast, later]);
    expect(mainOf(a, 'later')).toBe(mainOf(a, 'first'));
    const all = woundedAll(a, 'first');
    expect(all?.low).toBe(0);
    expect(all?.high).toBe(4);
    expect(all?.best).toBe(0);
    const workers = a.conflicts.find((c) => c.outcome === 'wounded' && c.group !== 'people');
    expect(workers?.kind).toBe('contradiction');
    expect(workers?.summary).toMatch(/no casualties/);
    // The zero is one statement in the timeline, not one per group it was counted in.
    const zeroIds = a.claims.filter((c) => c.document === 'later' && c.value.high === 0).map((c) => c.id);
    const listed = a.timeline.flatMap((t) => t.claims).filter((id) => zeroIds.includes(id));
    expect(listed.length).toBe(new Set(listed).size);
  });

  test('a zero from a report that itself counts the wounded is scoped to a part and leaves the toll alone', () => {
    const later = doc(
      'later',
      '2025-05-04',
      'The explosion at the Harbor Road fuel depot in Harborton on Saturday wounded four workers, police said. ' +
        'No one was injured at the neighbouring warehouse, they said.',
    );
    const a = analyzeDocuments([depotBlast, later]);
    expect(mainOf(a, 'later')).toBe(mainOf(a, 'first'));
    expect(woundedAll(a, 'first')?.best).toBe(4);
  });
});
