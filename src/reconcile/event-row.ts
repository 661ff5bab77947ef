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

export function describeIncident(
  incident: Incident,
  extractions: readonly DocumentExtraction[],
  view: Omit<ReconciledView, 'incidents'>,
): IncidentEvent {
  const claims = view.claims.filter((c: Claim) => c.incident === incident.id);
  const passages = incidentPassages(incident, extractions, claims);
  const location = inReport(locateEvent(passages), passages);
  const actors = findActors(passages, extractions, claims, {
    countryName: location?.country ?? null,
    countryCode: location?.countryCode ?? null,
  });
  return {
    dates: eventDates(
      incident.date,
      passages,
      new Map(extractions.map((e) => [e.document.id, e.document.published])),
    ),
    location,
    actors,
    eventType: claims.length || actors.length ? classifyEvent(passages, actors) : null,
    deaths: deathsBySide(view.estimates.filter((e) => e.incident === incident.id)),
    notes: incidentNotes(
      view.conflicts.filter((c) => c.incident === incident.id),
      claims,
    ),
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

/** The view with every incident carrying its event-row fields (additive: SPEC consumers ignore them). */
export function withEventRows(
  view: ReconciledView,
  extractions: readonly DocumentExtraction[],
): ReconciledView {
  return {
    ...view,
    incidents: view.incidents.map((incident) => ({
      ...incident,
      ...describeIncident(incident, extractions, view),
    })),
  };
}
