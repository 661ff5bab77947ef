// Event-row fields on invented reports: who attacked whom, the type, the place, each with its span or `inferred`.
import { describe, expect, test } from 'vitest';
import { analyzeDocuments } from '../../src/analyze.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import type { Incident } from '../../src/model/analysis.js';

function mainIncident(text: string): Incident {
  const analysis = analyzeDocuments([normalizeDocument({ text, id: 'd1', published: '2025-05-02' })]);
  return [...analysis.incidents].sort((a, b) => Number(b.main) - Number(a.main))[0]!;
}

describe('actors', () => {
  test('a group that is the subject of the attack verb is the perpetrator, the state its target', () => {
    const i = mainIncident(
      'On May 1, TTP fighters attacked a police post in Bannu, Khyber Pakhtunkhwa. Police said four policemen were killed.',
    );
    const perpetrator = i.actors?.find((a) => a.role === 'perpetrator');
    expect(perpetrator).toMatchObject({ id: 'ttp', kind: 'rebel', inferred: false });
    expect(perpetrator?.evidence?.text).toMatch(/TTP/u);
    expect(i.actors?.find((a) => a.role === 'target')).toMatchObject({
      name: 'Government of Pakistan',
      kind: 'state',
    });
  });

  test('a group that claimed responsibility is the perpetrator', () => {
    const i = mainIncident(
      'A bomb killed six soldiers in Quetta on May 1. The Baloch Liberation Army claimed responsibility for the blast.',
    );
    expect(i.actors?.find((a) => a.role === 'perpetrator')).toMatchObject({ id: 'bla', inferred: false });
    // ACLED codes a bomb as remote violence whoever it hit.
    expect(i.eventType?.acled.event).toBe('Explosions/Remote violence');
  });

  test('a group only quoted, or only named, is no perpetrator', () => {
    const i = mainIncident(
      'Six soldiers were killed in Quetta on May 1, the BLA said. Groups like the TTP have been active in the area.',
    );
    expect(i.actors?.filter((a) => a.role === 'perpetrator')).toEqual([]);
    expect(i.actors?.find((a) => a.role === 'target')).toMatchObject({ kind: 'state', inferred: true });
  });
});

describe('place and type', () => {
  test('the town the event happened in, not the route’s ends nor a possessive', () => {
    const i = mainIncident(
      'Gunmen attacked a Lahore-bound bus from Karachi near Sukkur, Sindh on May 1. Police said three passengers were killed. Sindh’s police chief resigned.',
    );
    expect(i.location).toMatchObject({
      name: 'Sukkur',
      admin1: 'Sindh',
      countryCode: 'PK',
      precision: 'city',
      inferred: false,
    });
    expect(i.location?.evidence?.text).toBe('Sukkur');
    expect(i.eventType?.acled).toMatchObject({ event: 'Violence against civilians', subEvent: 'Attack' });
  });

  test('a blast with no fight is remote violence', () => {
    const i = mainIncident(
      'A roadside bomb exploded in Quetta on May 1, killing two civilians, police said.',
    );
    expect(i.eventType?.acled.event).toBe('Explosions/Remote violence');
    expect(i.eventType?.evidence?.text).toMatch(/bomb/u);
  });
});
