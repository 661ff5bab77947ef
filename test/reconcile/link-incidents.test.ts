import { describe, expect, test } from 'vitest';
import type { LocalIncident } from '../../src/model/extraction.js';
import { linkIncidents } from '../../src/reconcile/link-incidents.js';
import { nameSimilarity, skeleton } from '../../src/reconcile/name-key.js';
import type { DocumentExtraction } from '../../src/model/extraction.js';
import { buildExtraction } from './fixture-builder.js';

/** Documents with incidents only: `docs[i]` lists document i's incidents. */
function link(...docs: Partial<LocalIncident>[][]) {
  const extractions = docs.map((incidents, i) =>
    buildExtraction({ id: `d${i}`, published: '2025-03-15', incidents, claims: [] }),
  );
  const links = linkIncidents(extractions);
  const of = (doc: number, key: string) => links.idOf(`d${doc}`, key);
  return { links, of };
}

const jx = (label: string, more: Partial<LocalIncident> = {}): Partial<LocalIncident> => ({
  key: 'jx',
  label,
  main: true,
  ...more,
});

/** A main event with no name of its own on 2025-03-02, as find-incidents labels it. */
const unnamed = (place: string | null): Partial<LocalIncident> =>
  jx(`Main incident of 2025-03-02${place ? ` in ${place}` : ''}`, { date: '2025-03-02', place });

describe('name keys', () => {
  test.each([
    ['jaffar', 'jfr'],
    ['jaffer', 'jfr'],
    ['jafar', 'jfr'],
    ['dara', 'dr'],
    ['darra', 'dr'],
    ['quetta', 'kt'],
  ])('%s → %s', (word, key) => expect(skeleton(word)).toBe(key));

  test.each([
    ['Jaffar Express', 'Jaffer Express hijacking', 1],
    ['Jafar Express', 'the Jaffar Express attack', 1],
    ['Operation Dara-e-Bolan', 'Darra-e-Bolan', 1],
    ['Jaffar Express', 'Quetta railway station bombing', 0],
  ])('%s ~ %s = %d', (a, b, s) => expect(nameSimilarity(a, b)).toBe(s));
});

describe('linkIncidents', () => {
  test('spellings and transliterations of one event across documents are one incident', () => {
    const { links, of } = link(
      [jx('Jaffar Express hijacking', { date: '2025-03-11', place: 'Mashkaf, Bolan' })],
      [jx('Jaffer Express attack')],
      [jx('Jafar Express', { date: '2025-03-12' })],
    );
    expect(links.incidents).toHaveLength(1);
    expect(of(0, 'jx')).toBe(of(1, 'jx'));
    expect(of(0, 'jx')).toBe(of(2, 'jx'));
    const [one] = links.incidents;
    expect(one!.documents).toEqual(['d0', 'd1', 'd2']);
    expect(one!.date).toBe('2025-03-11');
    expect(one!.aliases).toEqual(expect.arrayContaining(['Jaffer Express attack', 'Jafar Express']));
  });

  // A shared name alone against dates apart (bias -2.61, name +3, dates apart -2 × ln(1 + days) / ln(3651), threshold
  // -0.6): six weeks apart (-0.51) is one event told late, three months apart (-0.74) two events.
  test.each([
    ['2025-04-22', 1],
    ['2025-06-11', 2],
  ])('a shared name alone, 2025-03-11 and %s: %d incident(s)', (later, n) => {
    const { links } = link(
      [jx('Jaffar Express hijacking', { date: '2025-03-11' })],
      [jx('Jaffar Express attack', { date: later })],
    );
    expect(links.incidents).toHaveLength(n);
  });

  test('an older incident that shares a name stays separate from the main event', () => {
    const { of } = link(
      [jx('Jaffar Express hijacking', { date: '2025-03-11' })],
      [
        jx('Jaffar Express', { date: '2025-03-11' }),
        {
          key: 'quetta',
          label: 'Quetta railway station bombing',
          date: '2024-11',
          aliases: ['Jaffar Express'],
        },
      ],
    );
    expect(of(1, 'quetta')).not.toBe(of(0, 'jx'));
    expect(of(1, 'jx')).toBe(of(0, 'jx'));
  });

  test('a recalled incident without a date never joins another article’s main event', () => {
    const { of } = link(
      [jx('Jaffar Express hijacking', { date: '2025-03-11', aliases: ['Darra-e-Bolan'] })],
      [jx('Jaffar Express'), { key: 'db', label: 'Operation Dara-e-Bolan' }],
    );
    expect(of(1, 'db')).not.toBe(of(0, 'jx'));
  });

  test('the same older incident recalled by two articles is one incident', () => {
    const { links, of } = link(
      [jx('Jaffar Express hijacking'), { key: 'h', label: 'Operation Herof', date: '2024' }],
      [jx('Jaffer Express'), { key: 'h2', label: 'the Herof operation', date: '2024-08' }],
    );
    expect(of(0, 'h')).toBe(of(1, 'h2'));
    const herof = links.incidents.find((i) => i.id === of(0, 'h'))!;
    expect(herof.date).toBe('2024-08');
    expect(herof.main).toBe(false);
  });

  test('two incidents of one document are never merged, even through a third', () => {
    const { links } = link(
      [
        { key: 'a', label: 'Jaffar Express hijacking', main: true },
        { key: 'b', label: 'Jaffar Express bombing', date: '2024-11' },
      ],
      [jx('Jaffer Express')],
    );
    expect(links.incidents).toHaveLength(2);
  });

  // Dates apart count against a link and never forbid one: the reports of a manhunt and of the trial a year later
  // are one event, joined through a report that tells both (docs/linking.md: forbidding it cost ECB+ two topics).
  test('dates a year apart: apart on a name alone, together through an undated report of the name', () => {
    const herof = (key: string, date?: string) => [
      { key, label: 'Operation Herof', ...(date ? { date } : {}) },
    ];
    expect(link(herof('x', '2024'), herof('z', '2025')).links.incidents.map((i) => i.date)).toEqual(
      expect.arrayContaining(['2024', '2025']),
    );
    const bridged = link(herof('x', '2024'), herof('y'), herof('z', '2025')).links.incidents;
    expect(bridged).toHaveLength(1);
    expect(bridged[0]!.documents).toEqual(['d0', 'd1', 'd2']);
  });

  test('ids are readable and unique', () => {
    const { links } = link([
      jx('Jaffar Express hijacking', { date: '2025-03-11' }),
      { key: 'b', label: 'Jaffar Express hijacking', date: '2020' },
    ]);
    expect(links.incidents.map((i) => i.id).sort()).toEqual([
      'jaffar-express-hijacking-2020',
      'jaffar-express-hijacking-2025',
    ]);
  });

  /** A document whose main event (on `date`, in `place`) names one victim. */
  function reportOf(id: string, date: string, place: string, victim: string): DocumentExtraction {
    const e = buildExtraction({
      id,
      published: date,
      incidents: [{ key: 'main', label: `Main incident of ${date} in ${place}`, date, place, main: true }],
      claims: [
        {
          incident: 'main',
          outcome: 'killed',
          group: 'people',
          text: victim,
          low: 1,
          claimant: ['author', 'Article', 'author'],
          sentence: `${victim} was shot dead.`,
        },
      ],
    });
    return {
      ...e,
      claims: e.claims.map((c) => ({ ...c, provenance: { ...c.provenance, individual: true } })),
    };
  }

  test('a later report naming the same victim is the same event, whatever day it tells of', () => {
    const links = linkIncidents([
      reportOf('d0', '2025-01-04', 'Riverside', 'Jon Boring'),
      reportOf('d1', '2025-03-20', 'the county court', 'Officer Jon Boring'),
    ]);
    expect(links.incidents).toHaveLength(1);
  });

  test('two unnamed shootings in one city a week apart stay apart', () => {
    const { links } = link(
      [jx('Main incident of 2025-03-02 in Riverside', { date: '2025-03-02', place: 'Riverside' })],
      [jx('Main incident of 2025-03-09 in Riverside', { date: '2025-03-09', place: 'Riverside' })],
    );
    expect(links.incidents).toHaveLength(2);
  });

  test('two shootings in one city on different days with different victims stay apart', () => {
    const links = linkIncidents([
      reportOf('d0', '2025-01-04', 'Riverside', 'Jon Boring'),
      reportOf('d1', '2025-01-20', 'Riverside', 'Ann Smith'),
    ]);
    expect(links.incidents).toHaveLength(2);
  });

  test('a follow-up does not pull in another shooting of its own day', () => {
    const links = linkIncidents([
      reportOf('d0', '2025-01-04', 'Riverside', 'Jon Boring'),
      reportOf('d1', '2025-03-20', 'Riverside', 'Jon Boring'),
      reportOf('d2', '2025-03-20', 'Riverside', 'Ann Smith'),
    ]);
    expect(links.idOf('d2', 'main')).not.toBe(links.idOf('d0', 'main'));
  });

  test('two unnamed shootings of one day in places that share nothing stay apart', () => {
    expect(link([unnamed('Addison')], [unnamed('Portage Park')]).links.incidents).toHaveLength(2);
  });

  test('a place one report names, found in the other report’s text, is the same place', () => {
    const report = (id: string, place: string, sentence: string) =>
      buildExtraction({
        id,
        published: '2025-03-02',
        incidents: [
          {
            key: 'main',
            label: `Main incident of 2025-03-02 in ${place}`,
            date: '2025-03-02',
            place,
            main: true,
          },
        ],
        claims: [
          {
            incident: 'main',
            outcome: 'wounded',
            group: 'people',
            text: 'A man',
            low: 1,
            claimant: ['author', 'Article', 'author'],
            sentence,
          },
        ],
      });
    const links = linkIncidents([
      report('d0', 'Englewood', 'A man was shot on a porch in Englewood.'),
      report('d1', 'Chicago', 'A man was shot on a porch on the South Side, in Englewood.'),
      report('d2', 'Addison', 'A man was shot in a parking lot.'),
    ]);
    expect(links.idOf('d0', 'main')).toBe(links.idOf('d1', 'main'));
    expect(links.idOf('d2', 'main')).not.toBe(links.idOf('d0', 'main'));
  });
});
