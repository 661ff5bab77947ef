// Figures in the width of a table cell: `~440`, `>400`, `200+`, `70–80`, `all`.
import type { ClaimValue } from '../model/claim.js';

export function compactValue(v: ClaimValue): string {
  const { low, high } = v;
  if (low === null && high === null)
    return /^the remaining\b/i.test(v.text.trim()) ? 'rest' : v.text.trim().toLowerCase() || '?';
  const all = /^all\b/i.test(v.text.trim()) ? 'all ' : '';
  switch (v.qualifier) {
    case 'approx':
      return `~${low ?? high}`;
    case 'more_than':
      return high === null ? `>${(low ?? 1) - 1}` : `${low}–${high}`;
    case 'at_least':
      return high === null ? `${low}+` : `${low}–${high}`;
    case 'at_most':
      return `≤${high ?? low}`;
    case 'less_than':
      return `<${(high ?? low ?? 0) + 1}`;
    case 'vague':
      return high === null ? `${low}+?` : `${low}–${high}?`;
    default:
      return low !== null && high !== null && low !== high ? `${low}–${high}` : `${all}${low ?? high}`;
  }
}

/** `4–23–200`, with `?` for what no claim tells. */
export function compactEstimate(e: { low: number | null; best: number | null; high: number | null }): string {
  const n = (x: number | null) => (x === null ? '?' : String(x));
  return `${n(e.low)}–${n(e.best)}–${n(e.high)}`;
}
