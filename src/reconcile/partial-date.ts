// Dates as extraction gives them: YYYY-MM-DD, YYYY-MM or YYYY. Two dates fit one event when they agree
// to the precision both share; full dates may differ by a day or two (a night attack, a late report).

const DAY_MS = 86_400_000;
const DAY_SLACK = 2;

export function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const n = Math.min(a.length, b.length);
  if (n < 10) return a.slice(0, n) === b.slice(0, n);
  return Math.abs(toTime(a) - toTime(b)) <= DAY_SLACK * DAY_MS;
}

/** Both dates known to the day and within the slack: strong evidence of one event. */
export function datesSameDay(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.length >= 10 && b.length >= 10 && datesCompatible(a, b);
}

/** The more precise of the dates given, the most frequent one on ties. */
export function mostPreciseDate(dates: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const d of dates) if (d !== null) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best: string | null = null;
  for (const [d, n] of counts) {
    if (best === null || d.length > best.length || (d.length === best.length && n > (counts.get(best) ?? 0)))
      best = d;
  }
  return best;
}

function toTime(d: string): number {
  return Date.parse(`${d.slice(0, 10)}T00:00:00Z`);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-03-12` → `Mar 12`; partial dates as given. */
export function shortDate(d: string | null): string {
  if (d === null || d.length < 10) return d ?? 'undated';
  return `${MONTHS[Number(d.slice(5, 7)) - 1] ?? d.slice(5, 7)} ${Number(d.slice(8, 10))}`;
}
