// The whole Jaffar Express sample, extracted by hand (jaffar-fixture.ts), through reconciliation.
import { describe, expect, test } from 'vitest';
import type { Conflict } from '../../src/model/analysis.js';
import { reconcile } from '../../src/reconcile/reconcile.js';
import { jaffarFixture } from './jaffar-fixture.js';

const view = reconcile(jaffarFixture());
const claimsById = new Map(view.claims.map((c) => [c.id, c]));
const main = view.incidents[0]!;
const claimantsOf = (c: Conflict) => new Set(c.claims.map((id) => claimsById.get(id)!.claimant.id));
const conflictsOn = (outcome: string, group: string) =>
  view.conflicts.filter((c) => c.incident === main.id && c.outcome === outcome && c.group === group);

describe('reconciling the Jaffar Express sample', () => {
  test('one Jaffar Express incident spans all five articles', () => {
    expect(main.label).toMatch(/Jaffar Express/);
    expect(main.documents).toEqual(['000', '001', '002', '003', '004']);
    expect(main).toMatchObject({ date: '2025-03-11', place: 'Mashkaf, Bolan', main: true });
    expect(view.incidents.filter((i) => /ja+f+[ae]r express/i.test(i.label))).toHaveLength(1);
  });

  test('older incidents stay separate, each once', () => {
    const others = view.incidents.filter((i) => i !== main);
    expect(others.map((i) => i.label).sort()).toEqual([
      '2008 Mumbai terror attacks',
      'Gwadar Pearl Continental Hotel attack',
      'Nushki and Panjgur military base assaults',
      'Operation Dara-e-Bolan',
      'Operation Herof',
      'Quetta railway station bombing',
    ]);
    expect(others.every((i) => !i.main && i.documents.length === 1)).toBe(true);
  });

  test('every claim points at an incident that exists, or at none', () => {
    const ids = new Set(view.incidents.map((i) => i.id));
    for (const c of view.claims) if (c.incident !== null) expect(ids).toContain(c.incident);
    expect(view.claims.filter((c) => c.incident === null)).toHaveLength(1);
  });

  test('soldiers killed: the military against local sources', () => {
    const [contradiction] = conflictsOn('killed', 'security_forces').filter(
      (c) => c.kind === 'contradiction',
    );
    expect([...claimantsOf(contradiction!)]).toEqual(
      expect.arrayContaining(['pakistan-military', 'local-sources']),
    );
    expect(contradiction!.summary).toMatch(/ISPR says 23.*local sources says at least 200/);
    const revision = conflictsOn('killed', 'security_forces').find(
      (c) => c.kind === 'revision' && /ISPR/.test(c.summary),
    );
    expect(revision?.summary).toMatch(/ISPR revised its figure, four \(Mar 12\) → 23/);
  });

  test('militants killed: all 33 against the BLA’s 12, and against 70 to 80 involved', () => {
    const [contradiction] = conflictsOn('killed', 'militants').filter((c) => c.kind === 'contradiction');
    expect([...claimantsOf(contradiction!)]).toEqual(expect.arrayContaining(['pakistan-military', 'bla']));
    const implausible = conflictsOn('killed', 'militants').find((c) => c.kind === 'implausible');
    expect(implausible?.summary).toMatch(/all 33 militants killed.*70 to 80 militants involved/);
    expect(claimantsOf(implausible!).size).toBeGreaterThanOrEqual(2);
  });

  test('the hostages’ fate: all rescued against executions, a revised rescue count and a revised execution count', () => {
    const fate = conflictsOn('rescued', 'hostages').find((c) => c.kind === 'implausible')!;
    expect([...claimantsOf(fate)]).toEqual(expect.arrayContaining(['pakistan-military', 'bla', 'reuters']));
    expect(fate.summary).toMatch(/^ISPR says all hostages rescued, but .*50 \/ 214 hostages executed/);
    const rescued = conflictsOn('rescued', 'hostages').find((c) => c.kind === 'revision')!;
    expect(rescued.summary).toMatch(/Reuters’ provisional only 155 .*overtaken by only 190/);
    const executed = conflictsOn('executed', 'hostages').find((c) => c.kind === 'revision')!;
    expect(executed.summary).toMatch(/50 \(Mar 13\) → 214 \(Mar 14\)/);
  });

  test('every conflict names at least two claims and has a one-line summary', () => {
    for (const c of view.conflicts) {
      expect(c.claims.length).toBeGreaterThanOrEqual(2);
      expect(c.summary).not.toMatch(/\n/);
      for (const id of c.claims) expect(claimsById.has(id)).toBe(true);
    }
    expect(new Set(view.conflicts.map((c) => c.id)).size).toBe(view.conflicts.length);
  });

  test('estimates: low ≤ best ≤ high, traceable to claims of their own figure', () => {
    for (const e of view.estimates) {
      if (e.low !== null && e.best !== null) expect(e.low).toBeLessThanOrEqual(e.best);
      if (e.best !== null && e.high !== null) expect(e.best).toBeLessThanOrEqual(e.high);
      for (const id of e.claims) {
        const c = claimsById.get(id)!;
        expect(c.incident).toBe(e.incident);
        expect(c.outcome).toBe(e.outcome);
        if (e.group !== 'all') expect(c.group).toBe(e.group);
      }
    }
  });

  test('estimates per figure, and totals that count each person once', () => {
    const row = (outcome: string, group: string) =>
      view.estimates.find((e) => e.incident === main.id && e.outcome === outcome && e.group === group);
    expect(row('killed', 'security_forces')).toMatchObject({ low: 4, best: 23, high: 200 });
    expect(row('killed', 'militants')).toMatchObject({ low: 12, best: 33, high: 36, independentSources: 3 });
    expect(row('present', 'passengers')).toMatchObject({ best: 440, independentSources: 1 });
    // 214 military hostages executed are among the 214 hostages executed, not on top of them.
    expect(row('executed', 'all')).toMatchObject({ best: 214 });
    // 33 militants + 23 soldiers + 3 railway staff + 5 civilians; the 21 passengers may be among the last.
    expect(row('killed', 'all')).toMatchObject({ best: 64 });
    for (const outcome of new Set(view.estimates.map((e) => e.outcome)))
      expect(view.estimates.some((e) => e.outcome === outcome && e.group === 'all')).toBe(true);
  });

  test('timeline: statements in the order they were made', () => {
    const jx = view.timeline.filter((t) => t.incident === main.id);
    const dates = jx.map((t) => t.date).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort());
    // A statement the text gives no day for is undated, never shown with its report's publication date.
    const published = new Set(['2025-03-14', '2025-03-15', '2025-03-16', '2025-03-17']);
    for (const t of jx.filter((e) => e.date !== null && published.has(e.date)))
      expect(t.claims.every((id) => view.claims.find((c) => c.id === id)?.stated === t.date)).toBe(true);
    expect(jx[0]).toMatchObject({ date: '2025-03-12', claimant: { id: 'pakistan-military' } });
    expect(jx.find((t) => t.date === '2025-03-13')?.claimant.id).toBe('bla');
    expect(jx.find((t) => t.date === '2025-03-14' && t.claimant.id === 'bla')?.summary).toMatch(/214/);
    expect(jx.some((t) => t.claimant.kind === 'author')).toBe(false);
  });
});
