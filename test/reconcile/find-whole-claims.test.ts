import { describe, expect, test } from 'vitest';
import type { DocumentExtraction } from '../../src/model/extraction.js';
import { findWholeClaims } from '../../src/reconcile/find-whole-claims.js';
import { findImplausible } from '../../src/reconcile/find-implausible.js';
import { toFigureClaim } from '../../src/reconcile/figure-claims.js';
import { buildExtraction, type ClaimSpec } from './fixture-builder.js';

const ISPR: ClaimSpec['claimant'] = ['pakistan-military', 'ISPR', 'official'];
const BLA: ClaimSpec['claimant'] = ['bla', 'BLA', 'insurgent'];

/** A one-sentence document whose figure (if any) is the ISPR's, with the ISPR named at its start. */
function doc(sentence: string, figure?: string): DocumentExtraction {
  const claims: ClaimSpec[] = figure
    ? [
        {
          incident: 'jx',
          outcome: 'killed',
          group: 'passengers',
          text: figure,
          low: Number(figure),
          claimant: ISPR,
          sentence,
        },
      ]
    : [];
  const e = buildExtraction({
    id: 'd',
    published: '2025-03-13',
    incidents: [{ key: 'jx', label: 'Jaffar Express', main: true }],
    claims,
  });
  const text = claims.length > 0 ? e.document.text : sentence + ' ';
  return {
    ...e,
    document: { ...e.document, text },
    claimants: [{ id: 'pakistan-military', name: 'ISPR', kind: 'official', text: 'ISPR', start: 0 }],
  };
}

describe('findWholeClaims', () => {
  test.each([
    ['ISPR said all hostages were rescued.', 'rescued', 'hostages', 'all'],
    ['ISPR said 21 passengers died, and all hostages had been rescued.', 'rescued', 'hostages', 'all'],
    ['ISPR said the remaining passengers were freed.', 'rescued', 'passengers', 'the remaining'],
    ['ISPR said all the captives have been released.', 'released', 'hostages', 'all the'],
  ])('%s', (sentence, outcome, group, text) => {
    const [claim, ...rest] = findWholeClaims(doc(sentence, sentence.includes('21') ? '21' : undefined));
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({
      outcome,
      group,
      incident: 'jx',
      value: { low: null, high: null, text },
      claimant: { id: 'pakistan-military' },
    });
    expect(claim!.evidence.text).toBe(sentence);
  });

  test.each([
    ['a threat is not an account', 'ISPR warned all hostages will be executed.'],
    ['a denial is not a whole', 'ISPR said not all hostages were rescued.'],
    ['a count is extraction’s', 'ISPR said all 33 insurgents were killed.'],
  ])('%s', (_why, sentence) => {
    expect(findWholeClaims(doc(sentence))).toEqual([]);
  });

  test('a statement no claimant can be tied to is left out', () => {
    const e = doc('All hostages were rescued.');
    expect(findWholeClaims({ ...e, claimants: [] })).toEqual([]);
  });
});

describe('findImplausible', () => {
  const figures = (specs: ClaimSpec[]) =>
    buildExtraction({
      id: 'x',
      published: '2025-03-13',
      incidents: [{ key: 'jx', label: 'J', main: true }],
      claims: specs,
    }).claims.map((c, i) => toFigureClaim(c, '2025-03-13', i));
  const spec = (
    outcome: ClaimSpec['outcome'],
    group: ClaimSpec['group'],
    text: string,
    low: number | null,
    claimant: ClaimSpec['claimant'],
    sentence = `${text} ${group}.`,
  ): ClaimSpec => ({
    incident: 'jx',
    outcome,
    group,
    text,
    low,
    claimant,
    sentence,
  });

  test('more hostages executed than were on board', () => {
    const [c] = findImplausible(
      'jx',
      figures([
        spec('present', 'passengers', '440', 440, ISPR),
        spec('executed', 'hostages', '600', 600, BLA),
      ]),
    );
    expect(c).toMatchObject({ kind: 'implausible', outcome: 'executed', group: 'hostages' });
    expect(c!.summary).toBe('BLA says 600 hostages executed, but ISPR gives 440 passengers on board.');
  });

  test('all rescued against a count far below those on board, but not against the hostages first held', () => {
    const found = findImplausible(
      'jx',
      figures([
        spec('present', 'passengers', '440', 440, ISPR),
        spec('rescued', 'hostages', 'all', null, ISPR),
        spec('held', 'passengers', '200', 200, BLA, 'BLA took 200 passengers hostage.'),
        spec('rescued', 'hostages', '155', 155, BLA),
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.summary).toBe('ISPR says all hostages rescued, but BLA gives 155 hostages rescued.');
  });

  test('one source’s own figures are not set against each other', () => {
    expect(
      findImplausible(
        'jx',
        figures([spec('rescued', 'hostages', 'all', null, ISPR), spec('executed', 'hostages', '5', 5, ISPR)]),
      ),
    ).toEqual([]);
  });
});
