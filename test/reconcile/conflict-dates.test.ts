// Conflict summaries date each figure by the day the text gives for it, else `undated`: a publication date orders
// statements but is never shown as the day anyone said them.
import { describe, expect, test } from 'vitest';
import { reconcile } from '../../src/reconcile/reconcile.js';
import { buildExtraction, type ClaimSpec, type DocSpec } from './fixture-builder.js';

const POLICE: ClaimSpec['claimant'] = ['city-police', 'City police', 'official'];
const REBELS: ClaimSpec['claimant'] = ['north-front', 'North Front', 'insurgent'];
const CLINIC: ClaimSpec['claimant'] = ['clinic', 'Clinic staff', 'medical'];

const killed = (text: string, low: number, claimant: ClaimSpec['claimant'], more: Partial<ClaimSpec> = {}) =>
  ({
    incident: 'siege',
    outcome: 'killed',
    group: 'civilians',
    text,
    low,
    claimant,
    sentence: `They said ${text} villagers were killed.`,
    ...more,
  }) satisfies ClaimSpec;

const doc = (i: number, published: string | null, claims: ClaimSpec[]): DocSpec => ({
  id: `r${i}`,
  published,
  incidents: [{ key: 'siege', label: 'Harbour siege', main: true }],
  claims,
});

const summaries = (docs: DocSpec[]) => reconcile(docs.map(buildExtraction)).conflicts.map((c) => c.summary);

describe('dates in conflict summaries', () => {
  test('a figure the text dates keeps its day; one it does not is undated, whatever the report’s date', () => {
    const [revision] = summaries([
      doc(0, '2024-05-02', [killed('three', 3, POLICE, { stated: '2024-05-02' })]),
      doc(1, '2024-05-02', [killed('nine', 9, POLICE)]),
    ]);
    expect(revision).toMatch(/three \(May 2\); nine \(undated\)/u);
    expect(revision).not.toMatch(/nine \(May 2\)/u);
  });

  test('two figures the text dates on different days read as a revision with both days', () => {
    const [revision] = summaries([
      doc(0, '2024-05-02', [killed('three', 3, POLICE, { stated: '2024-05-02' })]),
      doc(1, '2024-05-04', [killed('nine', 9, POLICE, { stated: '2024-05-03' })]),
    ]);
    expect(revision).toMatch(/City police revised its figure, three \(May 2\) → nine \(May 3\)/u);
  });

  test('a repeat in an undated report takes the day the text first gave for it', () => {
    const [revision] = summaries([
      doc(0, null, [killed('three', 3, POLICE, { stated: '2024-05-02' })]),
      doc(1, null, [killed('three', 3, POLICE), killed('nine', 9, POLICE)]),
    ]);
    expect(revision).toMatch(/three \(May 2\); nine \(undated\)/u);
  });

  test('an overtaken provisional figure is not dated by the report that carries it', () => {
    const list = summaries([
      doc(0, '2024-05-02', [
        killed('two', 2, REBELS, { sentence: 'So far two villagers were killed, they said.' }),
      ]),
      doc(1, '2024-05-03', [killed('eleven', 11, CLINIC)]),
    ]);
    const overtaken = list.find((s) => /provisional/u.test(s));
    expect(overtaken).toMatch(
      /North Front’s provisional two \(undated\) was overtaken by eleven \(undated\)/u,
    );
    expect(overtaken).not.toMatch(/May/u);
  });
});
