// The people a report is about, and what they tell linking: reports of one arrest name one person; two look-alike
// arrests of one team's players each name their own. Invented reports and names throughout.
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.js';
import type { SourceDocument } from '../../src/model/document.js';
import { linkDiagnostics } from '../../src/reconcile/link-incidents.js';
import { LINK, LINK_FEATURES, pairFeatures } from '../../src/reconcile/link-score.js';
import { hasWord, protagonists } from '../../src/reconcile/protagonists.js';

const all = (text: string) => protagonists(text, [[0, text.length]]);

describe('protagonists', () => {
  test('a name told in full and then by its last word alone', () => {
    expect(
      all(
        'Linebacker Tomas Greaves was arrested early Sunday. Greaves was released on bail, and his agent, ' +
          'Ruth Pomeroy, said Greaves would plead not guilty.',
      ),
    ).toEqual(['greaves']);
  });

  test('most mentioned first; a title makes a full mention', () => {
    expect(
      all(
        'Mr. Okafor told the court he saw nothing. Okafor said he left at ten. Later Dana Whitcombe testified; ' +
          'Whitcombe said Okafor was lying, and Okafor shook his head.',
      ),
    ).toEqual(['okafor', 'whitcombe']);
  });

  test('a name told after a title twice is a person, even never told alone; once is not enough', () => {
    expect(
      all(
        'Deputy Jerry Voskuil was shot at a door in Millbrook. Deputy Voskuil had come to question a neighbour.',
      ),
    ).toEqual(['voskuil']);
    expect(all('Deputy Jerry Voskuil was shot at a door in Millbrook on Friday.')).toEqual([]);
  });

  test('an organisation told with "the" is nobody', () => {
    expect(
      all(
        'The Harbor City Mariners suspended their kicker. The Mariners said Harbor City Mariners rules apply.',
      ),
    ).toEqual([]);
  });

  test('a place never told by its last word alone is nobody, nor a place after a compass word', () => {
    expect(all('Police in San Miguel said San Miguel roads were closed.')).toEqual([]);
    expect(all('A quake struck Southern Iran on Monday. Iran sent rescuers.')).toEqual([]);
  });

  test('capitals alone (NFL, DUI) and names told only once are nobody', () => {
    expect(all('The NFL said the DUI case of Pat Lindqvist would wait. NFL officials agreed.')).toEqual([]);
  });

  test('whole words only', () => {
    expect(hasWord('jamal williamson was fined', 'williams')).toBe(false);
    expect(hasWord('williams, the tackle, was fined', 'williams')).toBe(true);
  });
});

const doc = (id: string, text: string): SourceDocument => ({
  id,
  source: `${id}.txt`,
  title: null,
  url: null,
  outlet: null,
  published: null,
  publishedInferred: false,
  text,
});

// Two arrests of two players of one team, undated, told in the team's, the coach's and the highway patrol's words.
const arrests = [
  doc(
    'greaves-1',
    'Harbor City Mariners linebacker Tomas Greaves was arrested on suspicion of drunken driving early Tuesday, the Coastal Highway Patrol said. Greaves was stopped for speeding on the Bayshore Freeway and failed a sobriety test.',
  ),
  doc(
    'greaves-2',
    "Tomas Greaves will start in Sunday's playoff game despite his arrest, Mariners coach Ellis Varga said. Greaves, in his fourth season, told reporters he regretted the night.",
  ),
  doc(
    'okafor-1',
    'Mariners defensive tackle Ben Okafor was arrested after a traffic stop near the stadium, the Coastal Highway Patrol said. Okafor gave a blood sample, and the results were pending.',
  ),
  doc(
    'okafor-2',
    "Ben Okafor's attorney said the tackle was not drunk when officers pulled him over. Okafor was the team's second player arrested this winter, coach Ellis Varga said.",
  ),
];

/** The features of the pair of main events of two reports, by name. */
function features(x: string, y: string): Record<string, number> {
  const { nodes } = linkDiagnostics(arrests.map((d) => extractDocument(d)));
  const [a, b] = [x, y].map((id) => nodes.find((n) => n.doc === id && n.main)!);
  const f = pairFeatures(a!, b!)!;
  return Object.fromEntries(LINK_FEATURES.map((k, i) => [k, f[i]!]));
}

describe('the person a report is about, as linking evidence', () => {
  test('two reports naming the same person', () => {
    expect(features('greaves-1', 'greaves-2')).toMatchObject({ protagonist: 1, otherProtagonist: 0 });
    expect(features('okafor-1', 'okafor-2')).toMatchObject({ protagonist: 1, otherProtagonist: 0 });
  });

  test('two reports each about its own person, neither naming the other', () => {
    expect(features('greaves-1', 'okafor-1')).toMatchObject({ protagonist: 0, otherProtagonist: 1 });
    expect(features('greaves-2', 'okafor-2')).toMatchObject({ protagonist: 0, otherProtagonist: 1 });
  });

  test('one report naming the other’s person is no evidence either way; nor is a report naming nobody', () => {
    const recalls = doc(
      'okafor-3',
      'Ben Okafor was charged on Friday. Okafor is the second Mariner arrested this winter after Tomas Greaves.',
    );
    const nobody = doc(
      'nobody',
      'A Mariners player was arrested on suspicion of drunken driving, the patrol said.',
    );
    const { nodes } = linkDiagnostics([arrests[0]!, recalls, nobody].map((d) => extractDocument(d)));
    const main = (id: string) => nodes.find((n) => n.doc === id && n.main)!;
    const pick = (f: number[] | null) =>
      f && [f[LINK_FEATURES.indexOf('protagonist')], f[LINK_FEATURES.indexOf('otherProtagonist')]];
    expect(pick(pairFeatures(main('greaves-1'), main('okafor-3')))).toEqual([0, 0]);
    expect(pick(pairFeatures(main('greaves-1'), main('nobody')))).toEqual([0, 0]);
  });

  test('the model weighs a shared person for a link and two strangers against', () => {
    expect(LINK.weights.protagonist).toBeGreaterThan(0);
    expect(LINK.weights.otherProtagonist).toBeLessThan(0);
  });
});

describe('counts both reports state', () => {
  const pick = (x: SourceDocument, y: SourceDocument) => {
    const { nodes } = linkDiagnostics([x, y].map((d) => extractDocument(d)));
    const [a, b] = [x, y].map((d) => nodes.find((n) => n.doc === d.id && n.main)!);
    return pairFeatures(a!, b!)![LINK_FEATURES.indexOf('numbers')];
  };
  const bombing = doc(
    'bombing',
    'A bomb tore through the Dorrin bus depot, killing 12 commuters, police said.',
  );

  test('the same count of the same outcome is evidence', () => {
    const toll = doc('toll', 'Police said 12 commuters were killed at the Dorrin bus depot.');
    expect(pick(bombing, toll)).toBeGreaterThan(0);
  });

  test('the same number of another outcome is not', () => {
    const ferry = doc(
      'ferry',
      'Divers rescued 12 passengers after the ferry capsized off Marrow Point, officials said.',
    );
    expect(pick(bombing, ferry)).toBe(0);
  });
});
