// The real pipeline over examples/jaffar-express. Extraction is still improving, so this asserts the
// structural facts reconciliation owes the reader rather than exact bytes.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis, Conflict } from '../../src/model/analysis.js';

const SAMPLE = fileURLToPath(new URL('../../examples/jaffar-express', import.meta.url));
const JAFFAR = /ja+f+[ae]r express/i;

let result: Analysis;
beforeAll(async () => {
  result = await analyze([SAMPLE]);
});

const main = () => result.incidents[0]!;
const claimantsOf = (c: Conflict) => {
  const byId = new Map(result.claims.map((x) => [x.id, x.claimant.id]));
  return new Set([...c.claims.map((id) => byId.get(id)), ...(c.statements ?? []).map((x) => x.claimant.id)]);
};
const conflictsOn = (outcomes: readonly string[], group?: string) =>
  result.conflicts.filter(
    (c) => c.incident === main().id && outcomes.includes(c.outcome) && (!group || c.group === group),
  );

describe('golden: the Jaffar Express sample', () => {
  test('exactly one Jaffar Express incident, spanning all five articles', () => {
    const jaffar = result.incidents.filter((i) => JAFFAR.test(i.label) && i.main);
    expect(jaffar).toHaveLength(1);
    expect(jaffar[0]).toBe(main());
    expect(main().documents).toHaveLength(5);
    expect(main().date).toBe('2025-03-11');
    expect(main().aliases.some((a) => /jaffer/i.test(a))).toBe(true);
  });

  test('older incidents stay separate from it', () => {
    const older = result.incidents.filter((i) => i.date !== null && i.date < '2025');
    expect(older.length).toBeGreaterThanOrEqual(2);
    for (const i of older) expect(i.main).toBe(false);
    const gwadar = result.incidents.filter((i) => /gwadar/i.test(i.label));
    expect(gwadar).toHaveLength(1);
    expect(gwadar[0]!.date).toBe('2019');
  });

  test('soldiers killed: a contradiction naming the military and local sources', () => {
    const c = conflictsOn(['killed'], 'security_forces').find((k) => k.kind === 'contradiction');
    expect(c).toBeDefined();
    expect([...claimantsOf(c!)]).toEqual(expect.arrayContaining(['pakistan-military', 'local-sources']));
  });

  test('militants killed: a contradiction naming the military and the BLA', () => {
    const c = conflictsOn(['killed'], 'militants').find((k) => k.kind === 'contradiction');
    expect(c).toBeDefined();
    expect([...claimantsOf(c!)]).toEqual(expect.arrayContaining(['pakistan-military', 'bla']));
    expect(c!.summary).toMatch(/12.*33/);
  });

  test('the hostages’ fate: a conflict naming at least two claimants', () => {
    const fate = conflictsOn(['rescued', 'released', 'executed', 'held']);
    expect(fate.length).toBeGreaterThanOrEqual(1);
    expect(Math.max(...fate.map((c) => claimantsOf(c).size))).toBeGreaterThanOrEqual(2);
    const all = fate.find((c) => /all hostages rescued/.test(c.summary));
    expect(all && [...claimantsOf(all)]).toEqual(expect.arrayContaining(['pakistan-military', 'bla']));
  });

  test('estimates: low ≤ best ≤ high, each traceable to claims of its figure', () => {
    const claims = new Map(result.claims.map((c) => [c.id, c]));
    expect(result.estimates.length).toBeGreaterThan(10);
    for (const e of result.estimates) {
      if (e.low !== null && e.best !== null) expect(e.low).toBeLessThanOrEqual(e.best);
      if (e.best !== null && e.high !== null) expect(e.best).toBeLessThanOrEqual(e.high);
      expect(e.claims.length).toBeGreaterThan(0);
      for (const id of e.claims)
        expect(claims.get(id)).toMatchObject({ incident: e.incident, outcome: e.outcome });
    }
    const militants = result.estimates.find(
      (e) => e.incident === main().id && e.outcome === 'killed' && e.group === 'militants',
    );
    expect(militants).toMatchObject({ best: 33 });
    expect(militants!.independentSources).toBeGreaterThanOrEqual(2);
  });

  test('repeats of the ISPR’s 33 count as one source', () => {
    const militants = result.estimates.find(
      (e) => e.incident === main().id && e.outcome === 'killed' && e.group === 'militants',
    )!;
    const claims = result.claims.filter((c) => militants.claims.includes(c.id));
    const ispr = claims.filter((c) => c.claimant.id === 'pakistan-military' && c.value.low === 33);
    expect(ispr.length).toBeGreaterThanOrEqual(2);
    const others = new Set(
      claims
        .filter((c) => c.claimant.id !== 'pakistan-military')
        .map(
          (c) =>
            `${c.claimant.id}@${c.claimant.kind === 'author' || c.claimant.kind === 'unknown' ? c.document : ''}`,
        ),
    );
    expect(militants.independentSources).toBeLessThanOrEqual(1 + others.size);
    expect(militants.independentSources).toBeLessThan(claims.length);
  });

  test('statements without a count ride on their conflict, not in the claims', () => {
    const fate = result.conflicts.find((c) => /all hostages rescued/.test(c.summary))!;
    expect(fate.statements?.[0]).toMatchObject({
      value: { text: 'all', low: null },
      claimant: { id: 'pakistan-military' },
    });
    expect(result.claims.some((c) => c.value.low === null && c.value.high === null)).toBe(false);
  });

  test('every conflict’s summary is one line and every claim it cites exists', () => {
    const ids = new Set(result.claims.map((c) => c.id));
    for (const c of result.conflicts) {
      expect(c.summary).not.toMatch(/\n/);
      for (const id of c.claims) expect(ids).toContain(id);
    }
  });
});
