// Evidence that two look-alike events are two: measurements of the event that disagree (a quake's magnitude). On
// invented reports and places throughout, with the negatives: reports of one quake whose agencies differ by a few
// tenths join, and a quake a report recalls is no measurement of its own event.
import { describe, expect, test } from 'vitest';
import { analyzeDocuments } from '../../src/analyze.js';
import type { SourceDocument } from '../../src/model/document.js';
import { magnitudes, magnitudesDisagree } from '../../src/reconcile/link-measures.js';
import { LINK, LINK_FEATURES, pairFeatures } from '../../src/reconcile/link-score.js';
import { linkDiagnostics } from '../../src/reconcile/link-incidents.js';
import { extractDocument } from '../../src/extract/extract-document.js';

const doc = (id: string, published: string | null, text: string): SourceDocument => ({
  id,
  source: `${id}.txt`,
  title: null,
  url: null,
  outlet: null,
  published,
  publishedInferred: false,
  text,
});

function mainOf(a: ReturnType<typeof analyzeDocuments>, id: string): string | undefined {
  return a.incidents.find((i) => i.main && i.documents.includes(id))?.id;
}

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
