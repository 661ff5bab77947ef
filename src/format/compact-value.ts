// Figures in the width of a table cell: `~440`, `>400`, `200+`, `70–80`, `all`.
import type { Estimate } from '../model/analysis.js';
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

/** `4–23–200`, with `?` for what no claim tells; open bounds as written (`>200`), one figure once. */
export function compactEstimate(e: Pick<Estimate, 'low' | 'best' | 'high' | 'text'>): string {
  const n = (x: number | null) => (x === null ? '?' : String(x));
  const [low, best, high] = [e.text?.low ?? n(e.low), e.text?.best ?? n(e.best), e.text?.high ?? n(e.high)];
  return low === best && best === high ? best : `${low}–${best}–${high}`;
}
