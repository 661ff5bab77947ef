// Evidence that two look-alike events are two: measurements of the event that disagree (a quake's magnitude), and a
// person one report tells only as the subject of an earlier event. On invented reports, names and places
// throughout, with the negatives: reports of one quake whose agencies differ by a few tenths join, a quake a report
// recalls is no measurement of its own event, a follow-up naming the victim and the suspect joins.
import { describe, expect, test } from 'vitest';
import { analyzeDocuments } from '../../src/analyze.js';
import type { SourceDocument } from '../../src/model/document.js';
import { magnitudes, magnitudesDisagree } from '../../src/reconcile/link-measures.js';
import { LINK, LINK_FEATURES, pairFeatures } from '../../src/reconcile/link-score.js';
import { recalledOnly, sentences } from '../../src/reconcile/protagonists.js';
import { linkDiagnostics } from '../../src/reconcile/link-incidents.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { doc, mainOf } from './invented-reports.js';

const all = (text: string) => magnitudes(text, [[0, text.length]]);

describe('magnitudes', () => {
  test('read in the ways reports write them', () => {
    expect(all('A 5.6 magnitude earthquake struck.')).toEqual([5.6]);
    expect(all('A strong 5.6 -magnitude quake jolted the island.')).toEqual([5.6]);
    expect(all('The magnitude-5.9 quake hit at dawn.')).toEqual([5.9]);
    expect(all('It had a magnitude of at least 6.1, the survey said.')).toEqual([6.1]);
    expect(all('A quake measuring 6.0 on the Richter scale shook the coast.')).toEqual([6]);
    expect(all('An earthquake registering 6.1 hit.')).toEqual([6.1]);
    expect(all('The survey put it at magnitude-5.4.')).toEqual([5.4]);
  });

  test('other numbers are no magnitude', () => {
    expect(all('The quake killed 10 people and injured 80 on Sunday at 5.30 pm.')).toEqual([]);
    expect(all('A magnitude 6 quake can cause severe damage; 2,000 tents were sent.')).toEqual([6]);
  });

  test('agree within a few tenths, disagree beyond; either unknown is no evidence', () => {
    expect(magnitudesDisagree([5.9], [6.1])).toBe(0);
    expect(magnitudesDisagree([6.0], [5.9, 6.4])).toBe(0);
    expect(magnitudesDisagree([5.6], [5.9, 6.1])).toBe(1);
    expect(magnitudesDisagree([], [5.9])).toBe(0);
  });
});

// Two quakes on one (invented) island three years apart, the later reports undated, as an archive copy may be.
const earlier = [
  doc(
    'e1',
    '2019-03-10',
    'A 6.1-magnitude earthquake struck Varnholm island on Sunday, killing 9 people and injuring 70, ' +
      'the Varnholm governor Osric Tamm said. Rescue teams dug through collapsed homes in the port of Kelvik.',
  ),
  doc(
    'e2',
    '2019-03-10',
    'A quake measuring 5.9 on the Richter scale hit Varnholm island, killing 9 people, officials said. ' +
      'Governor Osric Tamm said tents were sent to Kelvik and the villages around it.',
  ),
];
const later = [
  doc(
    'l1',
    null,
    'A 5.4 magnitude earthquake shook Varnholm island on Sunday, cracking walls in the hamlets of Sorby and ' +
      'Ottmar and leaving four people with minor cuts, state radio reported.',
  ),
  doc(
    'l2',
    null,
    'Four villagers were slightly hurt when an earthquake with a magnitude of 5.4 rattled Varnholm island, ' +
      'a provincial official said. Houses in Sorby were damaged.',
  ),
];

describe('two quakes on one island', () => {
  test('reports whose magnitudes disagree stay apart; each quake keeps its reports', () => {
    const a = analyzeDocuments([...earlier, ...later]);
    expect(mainOf(a, 'e1')).toBe(mainOf(a, 'e2'));
    expect(mainOf(a, 'l1')).toBe(mainOf(a, 'l2'));
    expect(mainOf(a, 'e1')).not.toBe(mainOf(a, 'l1'));
  });

  test('the same reports without magnitudes would join: the magnitude is the evidence', () => {
    const bare = (d: SourceDocument) => ({
      ...d,
      text: d.text
        .replace(/A [\d.]+-?\s?magnitude earthquake/, 'An earthquake')
        .replace(/ with a magnitude of [\d.]+/, '')
        .replace(/ measuring [\d.]+ on the Richter scale/, ''),
    });
    const a = analyzeDocuments([...earlier, ...later].map(bare));
    expect(mainOf(a, 'e1')).toBe(mainOf(a, 'l1'));
  });

  test('a quake a report recalls is not its own: the recalled magnitude does not count against', () => {
    const recalling = doc(
      'r1',
      '2019-03-11',
      'Rescuers searched the rubble in Kelvik on Monday after the magnitude-6.0 earthquake on Varnholm island ' +
        'killed 9 people, Governor Osric Tamm said.\n\n' +
        'Five years ago a 7.2-magnitude quake on the mainland killed 300 people.',
    );
    const a = analyzeDocuments([...earlier, recalling]);
    expect(mainOf(a, 'r1')).toBe(mainOf(a, 'e1'));
  });

  test('the feature and its weight', () => {
    const { nodes } = linkDiagnostics([...earlier, ...later].map((d) => extractDocument(d)));
    const main = (id: string) => nodes.find((n) => n.doc === id && n.main)!;
    const at = LINK_FEATURES.indexOf('otherMagnitude');
    expect(pairFeatures(main('e1'), main('e2'))![at]).toBe(0);
    expect(pairFeatures(main('e1'), main('l1'))![at]).toBe(1);
    expect(LINK.weights.otherMagnitude).toBeLessThan(0);
  });
});

describe('sentences', () => {
  test('cut after a full stop before a capital, never after an abbreviation or an initial', () => {
    expect(
      sentences('Tackle Omar Pike was arrested on Jan. 6, police said. Mr. Pike was released. J. Doe spoke.'),
    ).toEqual([
      'Tackle Omar Pike was arrested on Jan. 6, police said.',
      'Mr. Pike was released.',
      'J. Doe spoke.',
    ]);
  });
});

describe('a person told only as the subject of an earlier event', () => {
  test('names every sentence of which recalls an earlier event, told in full at least once', () => {
    const text =
      'Guard Omar Pike was arrested early Sunday on suspicion of drunken driving, police said. Pike was released.\n' +
      'Just last month, receiver Lionel Varga was arrested on the same charge. Varga is due in court in March.\n' +
      'Coach Dale Renner said the club was disappointed.';
    const recalled = recalledOnly(text, 'pike');
    expect([...recalled]).toContain('varga');
    expect(recalled.has('pike')).toBe(false);
    expect(recalled.has('renner')).toBe(false);
  });

  test('a person also told outside a recall, or never in full, is not', () => {
    expect(
      recalledOnly(
        'Lionel Varga was arrested last month. The Mariners lost at Port Ellery on Sunday. Varga scored twice.',
        'pike',
      ).has('varga'),
    ).toBe(false);
    // `the Houston area a couple of months ago`: a word that may be a place, never a person told in full.
    expect(recalledOnly('The family moved to the Houston area a couple of months ago.', 'pike').size).toBe(0);
    // A sentence that points back at the report's own event tells an earlier step of it, not another event.
    expect(
      recalledOnly(
        'Police had previously arrested Andrew Hale last week for his involvement with the shooting.',
        'pike',
      ).size,
    ).toBe(0);
    // `also` is no recall: a bystander was also shot in the same attack.
    expect(recalledOnly('A bystander, Nia Okoro, was also shot.', 'pike').size).toBe(0);
  });
});

// Two players of one (invented) team arrested on the same charge weeks apart; the reports of the second arrest recall
// the first. The reports of the first carry no date.
const firstArrest = [
  doc(
    'f1',
    null,
    'Harbor City Mariners receiver Lionel Varga was arrested on suspicion of drunken driving early Tuesday, the ' +
      'highway patrol said. Varga was stopped on Route 9 near the stadium after midnight and booked into the county ' +
      'jail. Varga was released on bail, and the Mariners said they were aware of the arrest.',
  ),
  doc(
    'f2',
    null,
    'Mariners wide receiver Lionel Varga faces a misdemeanor charge after his arrest on suspicion of driving under ' +
      'the influence on Route 9 near the stadium, the highway patrol said. Varga, who was on probation, was booked ' +
      'into the county jail and posted bail. The Mariners play at ' +
      'Port Ellery on Sunday, and coach Dale Renner said Varga would travel with the team.',
  ),
];
const secondArrest = [
  doc(
    's1',
    '2024-02-03',
    'Mariners guard Omar Pike was arrested on suspicion of drunken driving early Sunday, the highway patrol ' +
      'said. Pike was clocked at 92 mph on a freeway outside downtown Harbor City and gave a blood sample; the ' +
      'results will take weeks. Pike was booked and freed on bail. General manager Ines Calloway said in a ' +
      'statement that the club was disappointed and would let the legal process run its course.\n' +
      'Mariners receiver Lionel Varga was arrested on suspicion of drunken driving last month, five days before ' +
      'the team played at Port Ellery. Varga is due in court Feb. 17.',
  ),
  doc(
    's2',
    '2024-02-03',
    'Harbor City guard Omar Pike was booked on suspicion of driving under the influence early Sunday, the ' +
      'second such arrest for the club in less than a month. Pike, a nine-year veteran, was pulled over on Route 9 for ' +
      'speeding and failed a field sobriety test, officers said. Coach Dale Renner said Pike had apologized to teammates.\n' +
      'Another Mariner, receiver Lionel Varga, was arrested on suspicion of DUI in January.',
  ),
];

describe('two arrests of one team weeks apart', () => {
  test('the reports of the second arrest recall the first player: each arrest keeps its reports', () => {
    const a = analyzeDocuments([...firstArrest, ...secondArrest]);
    expect(mainOf(a, 'f1')).toBe(mainOf(a, 'f2'));
    expect(mainOf(a, 's1')).toBe(mainOf(a, 's2'));
    expect(mainOf(a, 'f1')).not.toBe(mainOf(a, 's1'));
    // Without the evidence the reports of the two arrests, told in the same words, would be one incident.
    const weight = LINK.weights.recalledProtagonist;
    LINK.weights.recalledProtagonist = 0;
    try {
      const b = analyzeDocuments([...firstArrest, ...secondArrest]);
      expect(mainOf(b, 'f1')).toBe(mainOf(b, 's1'));
    } finally {
      LINK.weights.recalledProtagonist = weight;
    }
  });

  test('the feature fires only where one report tells the other’s person as an earlier event', () => {
    const { nodes } = linkDiagnostics([...firstArrest, ...secondArrest].map((d) => extractDocument(d)));
    const main = (id: string) => nodes.find((n) => n.doc === id && n.main)!;
    const at = LINK_FEATURES.indexOf('recalledProtagonist');
    expect(pairFeatures(main('f1'), main('s1'))![at]).toBe(1);
    expect(pairFeatures(main('f2'), main('s2'))![at]).toBe(1);
    expect(pairFeatures(main('f1'), main('f2'))![at]).toBe(0);
    expect(pairFeatures(main('s1'), main('s2'))![at]).toBe(0);
    expect(LINK.weights.recalledProtagonist).toBeLessThan(0);
  });

  test('a follow-up of one shooting a week later that names the victim first and the suspect after joins', () => {
    const shooting = [
      doc(
        'k1',
        '2024-05-04',
        'Deshawn Pruitt, 19, was shot and killed outside a corner store on Alder Street in Millbrook on Friday, ' +
          'police said. Pruitt was pronounced dead at the scene. Police are looking for a gunman.',
      ),
      doc(
        'k2',
        '2024-05-11',
        'Police arrested Terrell Oakes, 22, on Thursday in the killing of Deshawn Pruitt outside a corner store on ' +
          'Alder Street in Millbrook a week earlier. Oakes was charged with murder. Pruitt had been shot ' +
          'several times, and Oakes was arrested at his home.',
      ),
    ];
    const a = analyzeDocuments(shooting);
    expect(mainOf(a, 'k1')).toBe(mainOf(a, 'k2'));
  });
});
