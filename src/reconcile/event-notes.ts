// The disagreement in words, one figure at a time: `security forces killed: ISPR 4 → 23; BLA 6; local sources 200+`.
// Each conflict's claims grouped by who said them, in the order they were said; a source's successive figures are
// joined by an arrow. Open figures stay open (`>200`), hedged ones are in brackets; a figure of another kind that an
// implausibility sets against this one names its kind (`Pakistan 70–80 militants involved`).
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
  // A whole-group statement (`all hostages were rescued`) that an implausibility rests on is no claim of its own.
  const claims = [
    ...conflict.claims.map((id) => claimsById.get(id)).filter((c): c is Claim => c !== undefined),
    ...(conflict.statements ?? []),
  ].sort(byWhen);
  const bySource = new Map<string, string[]>();
  for (const c of claims) {
    const name = claimantName(c.claimant);
    const figure = c.hedged ? `(${compactValue(c.value)})` : compactValue(c.value);
    // An implausibility sets figures of other kinds against this one (`all hostages rescued` against `50 hostages
    // executed`): each says what it counts, so no figure reads as a count of what it is not.
    const own = c.outcome === conflict.outcome && c.group === conflict.group;
    const value = own ? figure : `${figure} ${figureLabel(c.outcome, c.group)}`;
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
    byFigure.set(
      key,
      seen
        ? {
            ...seen,
            claims: [...new Set([...seen.claims, ...c.claims])],
            statements: [...(seen.statements ?? []), ...(c.statements ?? [])],
          }
        : c,
    );
  }
  return [...byFigure.values()].map((c) => conflictNote(c, claimsById)).join(' | ');
}
