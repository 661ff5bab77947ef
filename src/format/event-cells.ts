// What UCDP and ACLED rows share: which incidents get a row, the sides, honest death counts, the sources.
// An open figure stays open in a cell: a best resting on `over 200` is written `>200`, never 201.
import type { Analysis, Incident } from '../model/analysis.js';
import type { DeathCount, EventActor } from '../model/event.js';
import { claimantName } from '../reconcile/find-conflicts.js';

/** Incidents a coder would code: the main one and any other with figures. */
export function codedIncidents(analysis: Analysis): Incident[] {
  const withClaims = new Set(analysis.claims.map((c) => c.incident));
  return analysis.incidents.filter((i) => i.main || withClaims.has(i.id));
}

/** A bound as it may honestly be written: the number, or `>200` / `234+` when it rests on an open figure. */
export function boundCell(
  count: DeathCount | undefined,
  key: 'low' | 'best' | 'high',
): string | number | null {
  const text = count?.text[key] ?? null;
  return text !== null && /^\d+$/u.test(text) ? Number(text) : text;
}

export const bestCell = (count: DeathCount | undefined) => boundCell(count, 'best');

/** An armed group by its acronym when it has one (`BLA`), as UCDP names dyads; anyone else by name. */
export function shortName(actor: EventActor | undefined): string | null {
  if (!actor) return null;
  return actor.kind === 'rebel'
    ? claimantName({ id: actor.id, name: actor.name, kind: 'insurgent' })
    : actor.name;
}

/** UCDP's order: the state is side A; otherwise the perpetrator, then whoever it attacked. */
export function sides(incident: Incident): { a: EventActor | undefined; b: EventActor | undefined } {
  const actors = incident.actors ?? [];
  const state = actors.find((a) => a.kind === 'state');
  const armed = actors.find((a) => a !== state && a.kind === 'rebel');
  if (state) return { a: state, b: armed ?? actors.find((a) => a !== state) };
  const perpetrator = actors.find((a) => a.role === 'perpetrator');
  return { a: perpetrator, b: actors.find((a) => a !== perpetrator) };
}

export function documentsOf(analysis: Analysis, incident: Incident) {
  return analysis.documents.filter((d) => incident.documents.includes(d.id));
}

/** The sources behind the incident's figures, by name, most figures first. */
export function originalSources(analysis: Analysis, incident: Incident): string {
  const counts = new Map<string, number>();
  for (const c of analysis.claims.filter((x) => x.incident === incident.id)) {
    const name = claimantName(c.claimant);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([n]) => n)
    .join('; ');
}
