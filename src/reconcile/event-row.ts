// Event rows: each incident gains what a UCDP or ACLED coder codes by hand — dates with their precision, the place
// (gazetteer), perpetrator and target, the event type, deaths by side and the disagreement in words. Every field
// carries its evidence span or `inferred: true`. Pure: the extractions hold the reports' text.
import type { Incident } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import type { EventLocation, IncidentEvent } from '../model/event.js';
import type { DocumentExtraction } from '../model/extraction.js';
import { locateEvent } from '../geo/locate-event.js';
import { findActors } from './event-actors.js';
import { eventDates } from './event-dates.js';
import { deathsBySide } from './event-deaths.js';
import { incidentNotes } from './event-notes.js';
import { classifyEvent } from './event-type.js';
import { incidentPassages, type Passage } from './incident-passages.js';
import { reportOffset } from './blank-outside.js';
import type { ReconciledView } from './reconcile.js';
import { push } from './tally.js';

/**
 * What every incident's row reads, indexed once per view: its claims, estimates and conflicts, and its reports in
 * the extractions' order. Scanning the whole view for each incident made event rows quadratic in the corpus.
 */
export interface EventIndex {
  readonly claims: ReadonlyMap<string, readonly Claim[]>;
  readonly estimates: ReadonlyMap<string, ReconciledView['estimates']>;
  readonly conflicts: ReadonlyMap<string, ReconciledView['conflicts']>;
  /** Positions in `extractions` of each document id. */
  readonly positions: ReadonlyMap<string, readonly number[]>;
  readonly published: ReadonlyMap<string, string | null>;
}

export function eventIndex(
  view: Omit<ReconciledView, 'incidents'>,
  extractions: readonly DocumentExtraction[],
): EventIndex {
  const positions = new Map<string, number[]>();
  extractions.forEach((e, n) => push(positions, e.document.id, n));
  return {
    claims: byIncident(view.claims),
    estimates: byIncident(view.estimates),
    conflicts: byIncident(view.conflicts),
    positions,
    published: new Map(extractions.map((e) => [e.document.id, e.document.published])),
  };
}

function byIncident<T extends { readonly incident: string | null }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) if (item.incident !== null) push(map, item.incident, item);
  return map;
}

/** The incident's reports, in the extractions' order (as filtering them would give). */
function reportsOf(
  incident: Incident,
  extractions: readonly DocumentExtraction[],
  index: EventIndex,
): DocumentExtraction[] {
  const at = [...new Set(incident.documents)].flatMap((id) => index.positions.get(id) ?? []);
  return at.sort((a, b) => a - b).map((n) => extractions[n]!);
}

export function describeIncident(
  incident: Incident,
  extractions: readonly DocumentExtraction[],
  view: Omit<ReconciledView, 'incidents'>,
  index: EventIndex = eventIndex(view, extractions),
): IncidentEvent {
  const claims = index.claims.get(incident.id) ?? [];
  // Only the incident's own reports: every later step looks reports up by the passages' ids, which are theirs.
  const reports = reportsOf(incident, extractions, index);
  const passages = incidentPassages(incident, reports, claims);
  const location = inReport(locateEvent(passages), passages);
  const actors = findActors(passages, reports, claims, {
    countryName: location?.country ?? null,
    countryCode: location?.countryCode ?? null,
  });
  return {
    dates: eventDates(incident.date, passages, index.published),
    location,
    actors,
    eventType: claims.length || actors.length ? classifyEvent(passages, actors) : null,
    deaths: deathsBySide(index.estimates.get(incident.id) ?? []),
    notes: incidentNotes(index.conflicts.get(incident.id) ?? [], claims),
  };
}

/** The location with its evidence in the report's offsets (places are found in the passages' shortened text). */
function inReport(location: EventLocation | null, passages: readonly Passage[]): EventLocation | null {
  const evidence = location?.evidence;
  const passage = passages.find((p) => p.id === evidence?.documentId);
  if (!location || !evidence || !passage) return location;
  const start = reportOffset(passage, evidence.start);
  return { ...location, evidence: { ...evidence, start, end: start + (evidence.end - evidence.start) } };
}

/**
 * The view with every incident carrying its event-row fields (additive: SPEC consumers ignore them); `described`
 * (default: all) picks the incidents worth describing, the others come back as they are.
 */
export function withEventRows(
  view: ReconciledView,
  extractions: readonly DocumentExtraction[],
  described: (incident: string) => boolean = () => true,
): ReconciledView {
  const index = eventIndex(view, extractions);
  return {
    ...view,
    incidents: view.incidents.map((incident) =>
      described(incident.id)
        ? { ...incident, ...describeIncident(incident, extractions, view, index) }
        : incident,
    ),
  };
}
