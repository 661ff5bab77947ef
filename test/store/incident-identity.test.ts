// Stable incident ids, decided from members alone: joins keep an id, merges keep the older one, splits are named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  planIdentities,
  withStableIds,
  type NewIncident,
  type StoredIdentities,
} from '../../src/store/incident-identity.js';

/** A stored state: incident id → its members, ids in the order they were made. */
function stored(
  incidents: Record<string, readonly string[]>,
  extra: readonly string[] = [],
): StoredIdentities {
  const members = new Map<string, string>();
  for (const [id, list] of Object.entries(incidents)) for (const m of list) members.set(m, id);
  const ids = Object.keys(incidents);
  return { members, age: new Map(ids.map((id, n) => [id, n + 1])), taken: new Set([...ids, ...extra]) };
}

const incident = (provisional: string, ...members: string[]): NewIncident => ({ provisional, members });

describe('planIdentities', () => {
  it('gives a new incident the id reconcile gave it, with a suffix only when that id was ever taken', () => {
    const plan = planIdentities(
      [incident('fire-2025', 'a#1'), incident('flood', 'b#1')],
      stored({}, ['flood']),
    );
    expect(plan.ids).toEqual(
      new Map([
        ['fire-2025', 'fire-2025'],
        ['flood', 'flood-2'],
      ]),
    );
    expect(plan.created).toEqual([
      { id: 'fire-2025', splitFrom: null },
      { id: 'flood-2', splitFrom: null },
    ]);
    expect(plan.merged).toEqual([]);
  });

  it('keeps the id when a report joins, whatever the label now makes of it', () => {
    const plan = planIdentities(
      [incident('jaffar-express-hijacking-2025', 'a#1', 'b#1', 'c#1')],
      stored({ 'main-incident-of-2025-03-11': ['a#1', 'b#1'] }),
    );
    expect(plan.ids.get('jaffar-express-hijacking-2025')).toBe('main-incident-of-2025-03-11');
    expect(plan.created).toEqual([]);
  });

  it('keeps the older id on a merge and makes the other its alias', () => {
    const plan = planIdentities(
      [incident('x', 'a#1', 'b#1', 'c#1')],
      stored({ older: ['b#1'], newer: ['a#1'] }),
    );
    expect(plan.ids.get('x')).toBe('older');
    expect(plan.merged).toEqual([{ from: 'newer', into: 'older' }]);
    expect(plan.retired).toEqual([]);
  });

  it('keeps the id with the part holding most members; the part that leaves gets a new id and says so', () => {
    const plan = planIdentities(
      [incident('left', 'a#1'), incident('right', 'b#1', 'c#1')],
      stored({ both: ['a#1', 'b#1', 'c#1'] }),
    );
    expect(plan.ids).toEqual(
      new Map([
        ['left', 'left'],
        ['right', 'both'],
      ]),
    );
    expect(plan.created).toEqual([{ id: 'left', splitFrom: 'both' }]);
  });

  it('breaks an even split by the smallest member, never by input order', () => {
    const s = stored({ both: ['a#1', 'b#1'] });
    const one = planIdentities([incident('p', 'a#1'), incident('q', 'b#1')], s);
    const two = planIdentities([incident('q', 'b#1'), incident('p', 'a#1')], s);
    expect(one.ids.get('p')).toBe('both');
    expect(two).toEqual(one);
  });

  it('on an even split keeps the id with the part whose label still gives it', () => {
    const plan = planIdentities(
      [incident('dock-blaze', 'a#1'), incident('harbour-fire', 'b#1')],
      stored({ 'harbour-fire': ['a#1', 'b#1'], 'dock-blaze': [] }),
    );
    expect(plan.ids.get('harbour-fire')).toBe('harbour-fire');
    expect(plan.ids.get('dock-blaze')).toBe('dock-blaze-2');
    expect(plan.created).toEqual([{ id: 'dock-blaze-2', splitFrom: 'harbour-fire' }]);
  });

  it('retires an incident whose reports are all gone, and never gives its id again', () => {
    const plan = planIdentities([incident('gone', 'b#1')], stored({ gone: ['a#1'] }));
    expect(plan.retired).toEqual(['gone']);
    expect(plan.ids.get('gone')).toBe('gone-2');
  });

  it('does not depend on the order of incidents or of their members (property)', () => {
    const member = fc.constantFrom('a#1', 'a#2', 'b#1', 'c#1', 'd#1', 'e#1', 'e#2', 'f#1');
    const partition = fc
      .uniqueArray(member, { minLength: 1, maxLength: 8 })
      .chain((ms) =>
        fc
          .array(fc.nat(3), { minLength: ms.length, maxLength: ms.length })
          .map((groups) =>
            [0, 1, 2, 3].map((g) => ms.filter((_, i) => groups[i] === g)).filter((x) => x.length),
          ),
      );
    fc.assert(
      fc.property(partition, partition, fc.nat(), (before, after, seed) => {
        const old: Record<string, string[]> = {};
        before.forEach((ms, n) => (old[`s${n}`] = ms));
        const state = stored(old);
        const incidents = after.map((ms, n) => incident(`p${n}`, ...ms));
        const shuffled = shuffle(
          incidents.map((i) => ({ ...i, members: shuffle([...i.members], seed) })),
          seed,
        );
        const a = planIdentities(incidents, state);
        const b = planIdentities(shuffled, state);
        expect(b.ids).toEqual(a.ids);
        expect(b.created).toEqual(a.created);
        expect(b.merged).toEqual(a.merged);
        expect(b.retired).toEqual(a.retired);
        // Every stored incident with a member left lives on, under its id or as an alias of the one it joined.
        const live = new Set(a.ids.values());
        for (const id of Object.keys(old)) {
          if (a.retired.includes(id)) continue;
          expect(live.has(id) || a.merged.some((m) => m.from === id && live.has(m.into))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('withStableIds', () => {
  it('renames the incident everywhere it is named, conflict ids included', () => {
    const view = withStableIds(
      {
        incidents: [
          { id: 'p', label: 'L', date: null, place: null, aliases: [], documents: ['a'], main: true },
        ],
        claims: [],
        conflicts: [
          {
            id: 'p:killed:all:disagree',
            incident: 'p',
            outcome: 'killed',
            group: 'all',
            kind: 'disagree',
            claims: [],
            summary: '',
          },
        ] as never,
        estimates: [{ incident: 'p' }] as never,
        timeline: [{ incident: 'p' }] as never,
      },
      new Map([['p', 'stable']]),
    );
    expect(view.incidents[0]!.id).toBe('stable');
    expect(view.conflicts[0]).toMatchObject({ id: 'stable:killed:all:disagree', incident: 'stable' });
    expect(view.estimates[0]!.incident).toBe('stable');
    expect(view.timeline[0]!.incident).toBe('stable');
  });
});

/** A deterministic shuffle from a seed (fast-check shrinks the seed). */
function shuffle<T>(list: T[], seed: number): T[] {
  let s = seed || 1;
  for (let i = list.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
