// What a figure allows, as a closed interval of counts, and how two figures relate.
// `about 450` allows 405..495 and `hundreds` 200..1000: the tolerance is where two honest reports of
// one count can still differ; disjoint intervals are what makes a conflict.
import type { ClaimValue } from '../model/claim.js';

export interface Interval {
  readonly lo: number;
  /** `Infinity` when the figure is open-ended (`at least 200`). */
  readonly hi: number;
}

/** `refines`: one interval lies strictly inside the other (a more precise report of the same count). */
export type Relation = 'agrees' | 'refines' | 'conflicts';

const APPROX_TOLERANCE = 0.1;
/** `dozens` is rarely more than a few dozen: a vague figure reaches up to five times its floor. */
const VAGUE_SPAN = 5;

export function toInterval(v: ClaimValue): Interval {
  const low = v.low;
  const high = v.high;
  if (low === null && high === null) return { lo: 0, hi: Infinity };
  switch (v.qualifier) {
    case 'approx': {
      const c = low ?? high ?? 0;
      const d = Math.max(1, Math.round(c * APPROX_TOLERANCE));
      return { lo: Math.max(0, c - d), hi: c + d };
    }
    case 'at_least':
    case 'more_than':
      return { lo: low ?? 0, hi: high ?? Infinity };
    case 'at_most':
    case 'less_than':
      return { lo: low ?? 0, hi: high ?? low ?? Infinity };
    case 'vague':
      return { lo: low ?? 0, hi: high ?? (low === null ? Infinity : Math.max(low + 1, low * VAGUE_SPAN)) };
    default:
      return { lo: low ?? 0, hi: high ?? low ?? Infinity };
  }
}

export function relate(a: Interval, b: Interval): Relation {
  if (a.hi < b.lo || b.hi < a.lo) return 'conflicts';
  if (a.lo === b.lo && a.hi === b.hi) return 'agrees';
  const aInB = a.lo >= b.lo && a.hi <= b.hi;
  const bInA = b.lo >= a.lo && b.hi <= a.hi;
  return aInB || bInA ? 'refines' : 'agrees';
}

export function relateValues(a: ClaimValue, b: ClaimValue): Relation {
  return relate(toInterval(a), toInterval(b));
}

/** The one number that stands for a figure: its count, a range's midpoint, an open figure's floor. */
export function pointOf(v: ClaimValue): number | null {
  const { low, high } = v;
  if (low !== null && high !== null) return Math.round((low + high) / 2);
  return low ?? high;
}

/** The floor a figure guarantees, or null when it guarantees none (`at most 10`, a bare `all`). */
export function floorOf(v: ClaimValue): number | null {
  if (v.qualifier === 'at_most' || v.qualifier === 'less_than') return null;
  return v.low;
}

/** The ceiling a figure allows: its high, else its count; open-ended figures allow no ceiling (null). */
export function ceilingOf(v: ClaimValue): number | null {
  if (v.high !== null) return v.high;
  if (v.qualifier === 'exact' || v.qualifier === 'approx') return v.low;
  return null;
}

/** `all 33 terrorists`, `all hostages`, `the remaining passengers`: a figure that states the whole of its group. */
export function isWhole(v: ClaimValue): boolean {
  return /^(all|the remaining)\b/i.test(v.text.trim());
}

export function formatInterval(i: Interval): string {
  if (i.hi === Infinity) return `${i.lo}+`;
  return i.lo === i.hi ? String(i.lo) : `${i.lo}–${i.hi}`;
}
