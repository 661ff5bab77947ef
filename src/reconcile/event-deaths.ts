// Deaths by side in UCDP's terms, from the incident's estimates of `killed` and `executed`: side A is the state
// (security forces), side B the armed group (militants), civilians are civilians, passengers, railway staff and
// foreign nationals, and the rest (people, hostages, other) is unknown. Killed and executed add up (killed in the
// fight, executed as hostages are different deaths). A best that rests on an open figure (`over 200`) is a floor:
// `open` says so, and every output shows it open.
import type { Estimate } from '../model/analysis.js';
import type { DeathCount, EventDeaths } from '../model/event.js';

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
const none: DeathCount = {
  low: null,
  best: null,
  high: null,
  open: false,
  text: { low: null, best: null, high: null },
  claims: [],
};

const add = (x: number | null, y: number | null): number | null => (x === null ? y : y === null ? x : x + y);

const opened = (e: Estimate, key: 'low' | 'best' | 'high'): boolean => {
  const text = e.text?.[key];
  return (key === 'high' && e.high === null && Boolean(text)) || (text != null && text !== String(e[key]));
};

/** One estimate keeps its words (`>200`); a sum with an open part is at least the sum (`234+`). */
function written(
  estimates: readonly Estimate[],
  key: 'low' | 'best' | 'high',
  total: number | null,
): string | null {
  if (estimates.length === 1) return estimates[0]!.text?.[key] ?? (total === null ? null : String(total));
  if (total === null) return null;
  return estimates.some((e) => opened(e, key)) ? `${total}+` : String(total);
}

function sum(estimates: readonly Estimate[]): DeathCount {
  if (estimates.length === 0) return none;
  const low = estimates.reduce<number | null>((s, e) => add(s, e.low), null);
  const best = estimates.reduce<number | null>((s, e) => add(s, e.best), null);
  // One open high leaves the sum open.
  const highOpen = estimates.some((e) => opened(e, 'high'));
  const high = highOpen ? null : estimates.reduce<number | null>((s, e) => add(s, e.high), null);
  const floorSum = estimates.reduce<number | null>((s, e) => add(s, e.high ?? e.best), null);
  return {
    low,
    best,
    high,
    open: estimates.some((e) => opened(e, 'best')),
    text: {
      low: written(estimates, 'low', low),
      best: written(estimates, 'best', best),
      high: highOpen
        ? estimates.length === 1
          ? (estimates[0]!.text?.high ?? null)
          : `${floorSum}+`
        : written(estimates, 'high', high),
    },
    claims: [...new Set(estimates.flatMap((e) => e.claims))],
  };
}

export function deathsBySide(estimates: readonly Estimate[]): EventDeaths {
  const deaths = estimates.filter((e) => DEATHS.has(e.outcome));
  const of = (side: Side) => sum(deaths.filter((e) => e.group !== 'all' && SIDE_OF[e.group] === side));
  return {
    a: of('a'),
    b: of('b'),
    civilians: of('civilians'),
    unknown: of('unknown'),
    total: sum(deaths.filter((e) => e.group === 'all')),
  };
}
