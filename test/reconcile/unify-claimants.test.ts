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
});
