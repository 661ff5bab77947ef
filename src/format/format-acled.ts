// `--format acled`: one row per coded incident in ACLED's columns; codebook: docs/event-rows.md. Fatalities are
// conservative as ACLED codes them: the lowest total the credible reports allow. Extensions: country_code, and
// notes ending in the disagreement.
import type { Analysis, Incident } from '../model/analysis.js';
import type { EventActor } from '../model/event.js';
import { csvTable, type Cell } from './csv-table.js';
import { codedIncidents, documentsOf, originalSources } from './event-cells.js';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'country_code',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;

const TIME_PRECISION = { day: 1, month: 3, year: 3 } as const;

/** ACLED names state actors by their forces: `Military Forces of Pakistan`. */
function acledActor(actor: EventActor | undefined): string | null {
  if (!actor) return null;
  return actor.kind === 'state' ? actor.name.replace(/^Government of\b/u, 'Military Forces of') : actor.name;
}

function geoPrecision(incident: Incident): number | null {
  const where = incident.location;
  if (!where) return null;
  if (where.precision === 'city') return where.inferred ? 2 : 1;
  return 3;
}

export function acledRow(analysis: Analysis, incident: Incident): Cell[] {
  const actors = incident.actors ?? [];
  const perpetrator = actors.find((a) => a.role === 'perpetrator');
  const targets = actors.filter((a) => a.role === 'target');
  const actor2 = targets.find((a) => a.kind !== 'civilians') ?? targets[0];
  const country = incident.location?.country;
  // No report names who attacked: ACLED's unidentified armed group.
  const actor1 = perpetrator
    ? acledActor(perpetrator)
    : actors.length > 0
      ? `Unidentified Armed Group${country ? ` (${country})` : ''}`
      : null;
  const type = incident.eventType?.acled;
  const docs = documentsOf(analysis, incident);
  const outlets = docs.map((d) => d.outlet).filter((o): o is string => Boolean(o));
  const summary = [incident.label, incident.location?.name, incident.dates?.start].filter(Boolean).join(', ');
  return [
    `${incident.location?.countryCode ?? 'XX'}-${incident.id}`,
    incident.dates?.start ?? null,
    incident.dates?.start.slice(0, 4) ?? null,
    incident.dates ? TIME_PRECISION[incident.dates.precision] : null,
    type?.disorder ?? null,
    type?.event ?? null,
    type?.subEvent ?? null,
    actor1,
    acledActor(actor2),
    incident.location?.country ?? null,
    incident.location?.countryCode ?? null,
    incident.location?.admin1 ?? null,
    incident.location?.name ?? null,
    incident.location?.latitude ?? null,
    incident.location?.longitude ?? null,
    geoPrecision(incident),
    [...new Set([...outlets, originalSources(analysis, incident)])].filter(Boolean).join('; '),
    incident.notes ? `${summary}. Figures disagree: ${incident.notes}` : summary,
    incident.deaths?.total.low ?? 0,
  ];
}

export function formatAcled(analysis: Analysis): string {
  return csvTable(
    ACLED_COLUMNS,
    codedIncidents(analysis).map((i) => acledRow(analysis, i)),
  );
}
