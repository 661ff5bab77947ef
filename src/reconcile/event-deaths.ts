// Deaths by side in UCDP's terms, from the incident's estimates of `killed` and `executed`: side A is the state
// (security forces), side B the armed group (militants), civilians are civilians, passengers, railway staff and
// foreign nationals, and the rest (people, hostages, other) is unknown. Killed and executed add up (killed in the
// fight, executed as hostages are different deaths). A best that rests on an open figure (`over 200`) is a floor:
// `open` says so, and every output shows it open.
import type { Claim } from '../model/claim.js';
import type { Estimate } from '../model/analysis.js';
import type { DeathCount, EventDeaths } from '../model/event.js';
import { ceilingOf, floorOf } from './value-interval.js';

type Side = 'a' | 'b' | 'civilians' | 'unknown';

const SIDE_OF: Record<string, Side> = {
  security_forces: 'a',
  militants: 'b',
  civilians: 'civilians',
  passengers: 'civilians',
  railway_staff: 'civilians',
  foreign_nationals: 'civilians',
  people: 'unknown',
  hostages: 'unknown',
  other: 'unknown',
};

const DEATHS = new Set(['killed', 'executed']);
const none: DeathCount = { low: null, best: null, high: null, open: false, claims: [] };

const add = (x: number | null, y: number | null): number | null => (x === null ? y : y === null ? x : x + y);

/** True when the estimate's best is an open figure's floor: no claim behind it closes it. */
export function bestIsOpen(e: Estimate, claimsById: ReadonlyMap<string, Claim>): boolean {
  if (e.best === null) return false;
  const behind = e.claims.map((id) => claimsById.get(id)).filter((c): c is Claim => c !== undefined);
  const closed = behind.some(
    (c) => ceilingOf(c.value) !== null && (ceilingOf(c.value) ?? 0) >= (e.best ?? 0),
  );
  return !closed && behind.some((c) => ceilingOf(c.value) === null && floorOf(c.value) === e.best);
}

function sum(estimates: readonly Estimate[], claimsById: ReadonlyMap<string, Claim>): DeathCount {
  if (estimates.length === 0) return none;
  return {
    low: estimates.reduce<number | null>((s, e) => add(s, e.low), null),
    best: estimates.reduce<number | null>((s, e) => add(s, e.best), null),
    // One open high leaves the sum open.
    high: estimates.some((e) => e.high === null)
      ? null
      : estimates.reduce<number | null>((s, e) => add(s, e.high), null),
    open: estimates.some((e) => bestIsOpen(e, claimsById)),
    claims: [...new Set(estimates.flatMap((e) => e.claims))],
  };
}

export function deathsBySide(estimates: readonly Estimate[], claims: readonly Claim[]): EventDeaths {
  const claimsById = new Map(claims.map((c) => [c.id, c]));
  const deaths = estimates.filter((e) => DEATHS.has(e.outcome));
  const of = (side: Side) =>
    sum(
      deaths.filter((e) => e.group !== 'all' && SIDE_OF[e.group] === side),
      claimsById,
    );
  return {
    a: of('a'),
    b: of('b'),
    civilians: of('civilians'),
    unknown: of('unknown'),
    total: sum(
      deaths.filter((e) => e.group === 'all'),
      claimsById,
    ),
  };
}
