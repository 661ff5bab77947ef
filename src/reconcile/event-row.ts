// Event rows: each incident gains what a UCDP or ACLED coder codes by hand — dates with their precision, the place
// (gazetteer), perpetrator and target, the event type, deaths by side and the disagreement in words. Every field
// carries its evidence span or `inferred: true`. Pure: the extractions hold the reports' text.
import type { Incident } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import type { EventDates, IncidentEvent, TextEvidence } from '../model/event.js';
import type { DocumentExtraction } from '../model/extraction.js';
import { locateEvent } from '../geo/locate-event.js';
import { findActors } from './event-actors.js';
import { deathsBySide } from './event-deaths.js';
import { incidentNotes } from './event-notes.js';
import { classifyEvent } from './event-type.js';
import { incidentPassages, type Passage } from './incident-passages.js';
import type { ReconciledView } from './reconcile.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The date's own words in a passage (`March 11`, `11 March`, `March 2025`), else inferred. */
function eventDates(date: string | null, passages: readonly Passage[]): EventDates | null {
  if (!date) return null;
  const [year, month, day] = date.split('-');
  const precision = day ? 'day' : month ? 'month' : 'year';
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  const d = day ? String(Number(day)) : undefined;
  const pattern =
    monthName && d
      ? new RegExp(String.raw`\b(?:${monthName} ${d}\b|${d} ${monthName}\b)`, 'u')
      : monthName
        ? new RegExp(String.raw`\b${monthName},? ${year}\b`, 'u')
        : new RegExp(String.raw`\b${year}\b`, 'u');
  let evidence: TextEvidence | null = null;
  for (const p of passages) {
    const m = pattern.exec(p.text);
    if (m) {
      evidence = { documentId: p.id, start: m.index, end: m.index + m[0].length, text: m[0] };
      break;
    }
  }
  return { start: date, end: date, precision, inferred: evidence === null, evidence };
}

export function describeIncident(
  incident: Incident,
  extractions: readonly DocumentExtraction[],
  view: Omit<ReconciledView, 'incidents'>,
): IncidentEvent {
  const claims = view.claims.filter((c: Claim) => c.incident === incident.id);
  const passages = incidentPassages(incident, extractions, claims);
  const location = locateEvent(passages);
  const actors = findActors(passages, extractions, claims, {
    countryName: location?.country ?? null,
    countryCode: location?.countryCode ?? null,
  });
  return {
    dates: eventDates(incident.date, passages),
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
