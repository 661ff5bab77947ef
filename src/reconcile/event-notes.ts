// The disagreement in words, one figure at a time: `security forces killed: ISPR 4 → 23; BLA 6; local sources 200+`.
// Each conflict's claims grouped by who said them, in the order they were said; a source's successive figures are
// joined by an arrow. Open figures stay open (`>200`), hedged ones are in brackets.
import type { Conflict } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import { compactValue } from '../format/compact-value.js';
import { claimantName } from './find-conflicts.js';
import { figureLabel } from './figure-label.js';

/** Dated statements first, by date (as the timeline orders them); undated ones after, in report order. */
function byWhen(a: Claim, b: Claim): number {
  return (
    (a.stated ?? '\uffff').localeCompare(b.stated ?? '\uffff') ||
    a.document.localeCompare(b.document) ||
    a.evidence.start - b.evidence.start
  );
}

export function conflictNote(conflict: Conflict, claimsById: ReadonlyMap<string, Claim>): string {
  const claims = conflict.claims
    .map((id) => claimsById.get(id))
    .filter((c): c is Claim => c !== undefined)
    .sort(byWhen);
  const bySource = new Map<string, string[]>();
  for (const c of claims) {
    const name = claimantName(c.claimant);
    const value = c.hedged ? `(${compactValue(c.value)})` : compactValue(c.value);
    const list = bySource.get(name) ?? [];
    if (list.at(-1) !== value) list.push(value);
    bySource.set(name, list);
  }
  const voices = [...bySource].map(([name, values]) => `${name} ${values.join(' → ')}`).join('; ');
  return `${figureLabel(conflict.outcome, conflict.group)}: ${voices}`;
}

/** One note per figure: conflicts over the same figure (a contradiction and a revision) share their claims. */
export function incidentNotes(conflicts: readonly Conflict[], claims: readonly Claim[]): string {
  const claimsById = new Map(claims.map((c) => [c.id, c]));
  const byFigure = new Map<string, Conflict>();
  for (const c of conflicts) {
    const key = `${c.outcome}|${c.group}`;
    const seen = byFigure.get(key);
    byFigure.set(key, seen ? { ...seen, claims: [...new Set([...seen.claims, ...c.claims])] } : c);
  }
  return [...byFigure.values()].map((c) => conflictNote(c, claimsById)).join(' | ');
}
