// One readable name per claimant id across documents.
import { describe, expect, test } from 'vitest';
import type { Claim } from '../../src/model/claim.js';
import type { ClaimantMention, DocumentExtraction } from '../../src/model/extraction.js';
import { unifyClaimants } from '../../src/reconcile/unify-claimants.js';

const mention = (id: string, name: string, text = name): ClaimantMention => ({
  id,
  name,
  kind: 'official',
  text,
  start: 0,
});
const extraction = (claimants: ClaimantMention[]) =>
  ({ claims: [], claimants }) as unknown as DocumentExtraction;
const claimBy = (id: string) =>
  ({ claimant: { id, name: '?', kind: 'official' }, provenance: { claimantText: null } }) as unknown as Claim;

describe('unifyClaimants', () => {
  test('a possessive is no name: “Freedonia’s”, with either apostrophe, names Freedonia', () => {
    const resolve = unifyClaimants([
      extraction([
        mention('freedonia-government', 'Freedonia’s'),
        mention('freedonia-government', "Freedonia's"),
      ]),
      extraction([mention('freedonia-government', 'Minister')]),
    ]);
    expect(resolve(claimBy('freedonia-government')).name).toBe('Freedonia');
  });

  test('a name ending in s is kept whole', () => {
    const resolve = unifyClaimants([
      extraction([mention('paramedics', 'Paramedics'), mention('paramedics', 'Paramedics')]),
    ]);
    expect(resolve(claimBy('paramedics')).name).toBe('Paramedics');
  });

  // A country's government speaks through its president and its `authorities`: named after the person, the
  // authorities' claims in another report would read as the president's.
  test('a body that a titled person speaks for is named as the body, not the person', () => {
    const resolve = unifyClaimants([
      extraction([
        mention('north-freedonia-government', 'President Ann Reyes', 'Reyes'),
        mention('north-freedonia-government', 'President Ann Reyes', 'President Reyes'),
      ]),
      extraction([mention('north-freedonia-government', 'Authorities')]),
    ]);
    expect(resolve(claimBy('north-freedonia-government')).name).toBe('North Freedonia government');
  });

  test.each([
    ['a body’s own name stays', 'freedonia-military', ['Freedonia army', 'Freedonia army'], 'Freedonia army'],
    [
      'a person who is no body’s voice stays',
      'ann-reyes',
      ['President Ann Reyes', 'President Ann Reyes'],
      'President Ann Reyes',
    ],
    ['a country’s name stays', 'freedonia-government', ['Freedonia', 'Freedonia', 'officials'], 'Freedonia'],
  ])('%s', (_why, id, names, expected) => {
    const resolve = unifyClaimants([extraction(names.map((n) => mention(id, n)))]);
    expect(resolve(claimBy(id)).name).toBe(expected);
  });
});
