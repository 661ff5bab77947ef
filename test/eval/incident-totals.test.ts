import { describe, expect, it } from 'vitest';
import {
  incidentTotal,
  maxClaim,
  pickMainIncident,
  sumOfGroupMax,
  usesFallback,
} from '../../src/eval/external/incident-totals.js';
import { analysis, claim, estimate, incident } from './claim-fixture.js';

describe('pickMainIncident', () => {
  it('takes the incident covering the most documents', () => {
    const a = analysis(
      [incident('small', ['d1'], true), incident('big', ['d1', 'd2'])],
      [claim({ outcome: 'killed', low: 1, incident: 'small' })],
    );
    expect(pickMainIncident(a)?.id).toBe('big');
  });

  it('breaks a tie on documents by the number of claims', () => {
    const a = analysis(
      [incident('few', ['d1']), incident('many', ['d1'])],
      [
        claim({ outcome: 'killed', low: 1, incident: 'many' }),
        claim({ outcome: 'wounded', low: 2, incident: 'many' }),
      ],
    );
    expect(pickMainIncident(a)?.id).toBe('many');
  });

  it('is null without incidents', () => {
    expect(pickMainIncident(analysis([], []))).toBeNull();
  });
});

describe('incidentTotal without estimates (the stand-ins)', () => {
  const main = incident('i1', ['d1']);
  const claims = [
    claim({ outcome: 'killed', low: 2, group: 'people' }),
    claim({ outcome: 'killed', low: 3, high: null, group: 'people', text: 'at least 3' }),
    claim({ outcome: 'killed', low: 1, group: 'security_forces' }),
    claim({ outcome: 'killed', low: 9, incident: 'other' }),
    claim({ outcome: 'wounded', low: 4 }),
  ];
  const a = analysis([main, incident('other', ['d1'])], claims);

  it('max-claim takes the largest killed claim of the main incident only, with its interval', () => {
    expect(incidentTotal(a, main, 'killed', 'max-claim')).toMatchObject({
      low: 3,
      best: 3,
      high: null,
      source: 'max-claim',
    });
  });

  it('sum-of-group-max adds the largest claim of each group', () => {
    expect(incidentTotal(a, main, 'killed', 'sum-of-group-max')).toMatchObject({
      low: 4,
      best: 4,
      high: null,
      source: 'sum-of-group-max',
    });
    expect(sumOfGroupMax([claims[0]!, claims[2]!])).toMatchObject({ low: 3, best: 3, high: 3 });
  });

  it('counts an outcome nobody stated as 0, and no main incident as 0', () => {
    expect(incidentTotal(a, main, 'wounded', 'max-claim').best).toBe(4);
    const none = analysis([main], [claims[0]!]);
    expect(incidentTotal(none, main, 'wounded', 'max-claim')).toMatchObject({ best: 0, source: 'none' });
    expect(incidentTotal(a, null, 'killed', 'max-claim')).toMatchObject({ best: 0, source: 'none' });
    expect(maxClaim([])).toMatchObject({ best: 0, source: 'none' });
  });
});

describe('incidentTotal with estimates', () => {
  it('uses the "all" estimate of the main incident and ignores the claims', () => {
    const main = incident('i1', ['d1']);
    const c = claim({ outcome: 'killed', low: 7 });
    const a = analysis(
      [main],
      [c],
      [
        estimate({ incident: 'i1', outcome: 'killed', group: 'people', low: 1, best: 7, high: 7 }),
        estimate({
          incident: 'i1',
          outcome: 'killed',
          group: 'all',
          low: 2,
          best: 5,
          high: 9,
          claims: [c.id],
        }),
      ],
    );
    expect(incidentTotal(a, main, 'killed', 'max-claim')).toMatchObject({
      low: 2,
      best: 5,
      high: 9,
      source: 'estimate',
      claims: [c],
    });
  });

  it('counts an outcome without an estimate as 0 once estimates exist', () => {
    const main = incident('i1', ['d1']);
    const a = analysis(
      [main],
      [claim({ outcome: 'wounded', low: 3 })],
      [estimate({ incident: 'i1', outcome: 'killed', best: 1, low: 1, high: 1 })],
    );
    expect(incidentTotal(a, main, 'wounded', 'max-claim')).toMatchObject({ best: 0, source: 'none' });
  });
});

describe('incidentTotal over the real reconciliation', () => {
  it('reads the "all" estimate that reconcile produces from hand-made extractions', async () => {
    const { assemble } = await import('../../src/analyze.js');
    const document = {
      id: 'd1',
      source: 'd1',
      title: null,
      url: null,
      outlet: null,
      published: '2014-01-02',
      publishedInferred: false,
      text: 'Two men were killed and three people were wounded.',
    };
    const local = { key: 'k', label: 'shooting', date: '2014-01-01', place: null, aliases: [], main: true };
    const claims = [
      claim({ outcome: 'killed', low: 2, incident: 'k', text: 'Two', numberStart: 0 }),
      claim({ outcome: 'wounded', low: 3, incident: 'k', text: 'three', numberStart: 23 }),
    ];
    const a = assemble([{ document, claims, incidents: [local], claimants: [] }]);
    const main = pickMainIncident(a);
    expect(a.estimates.length).toBeGreaterThan(0);
    expect(incidentTotal(a, main, 'killed', 'max-claim')).toMatchObject({ best: 2, source: 'estimate' });
    expect(incidentTotal(a, main, 'wounded', 'max-claim')).toMatchObject({ best: 3, source: 'estimate' });
  });
});

describe('usesFallback', () => {
  it('applies only when there are claims but no estimates', () => {
    const c = claim({ outcome: 'killed', low: 1 });
    expect(usesFallback(analysis([], []))).toBe(false);
    expect(usesFallback(analysis([incident('i1', ['d1'])], [c]))).toBe(true);
    const e = estimate({ incident: 'i1', outcome: 'killed', best: 1 });
    expect(usesFallback(analysis([incident('i1', ['d1'])], [c], [e]))).toBe(false);
  });
});
