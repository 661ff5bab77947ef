// `--format ucdp`: one row per coded incident in the columns of UCDP's Georeferenced Event Dataset (GED), so a
// coder can paste it beside GED rows; codebook: docs/event-rows.md. Extensions: country_code (ISO 3166-1) and notes
// (the disagreement in words).
import type { Analysis, Incident } from '../model/analysis.js';
import { csvTable, type Cell } from './csv-table.js';
import {
  bestCell,
  boundCell,
  codedIncidents,
  documentsOf,
  originalSources,
  shortName,
  sides,
} from './event-cells.js';

export const UCDP_COLUMNS = [
  'id',
  'year',
  'type_of_violence',
  'side_a',
  'side_b',
  'source_article',
  'source_headline',
  'source_date',
  'source_original',
  'where_prec',
  'where_coordinates',
  'adm_1',
  'latitude',
  'longitude',
  'country',
  'country_code',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'number_of_sources',
  'notes',
] as const;

const WHERE_PREC = { city: 2, admin1: 4, country: 6 } as const;
const DATE_PREC = { day: 1, month: 4, year: 5 } as const;

export function ucdpRow(analysis: Analysis, incident: Incident): Cell[] {
  const { a, b } = sides(incident);
  const docs = documentsOf(analysis, incident);
  const where = incident.location;
  const deaths = incident.deaths;
  return [
    incident.id,
    incident.dates?.start.slice(0, 4) ?? null,
    incident.eventType?.ucdp ?? null,
    a?.kind === 'state' ? a.name : shortName(a),
    shortName(b),
    docs.map((d) => [d.outlet, d.published, d.title ?? d.id].filter(Boolean).join(', ')).join('; '),
    docs.map((d) => d.title ?? '').join('; '),
    docs.map((d) => d.published ?? '').join('; '),
    originalSources(analysis, incident),
    where ? WHERE_PREC[where.precision] : null,
    where?.name ?? null,
    where?.admin1 ?? null,
    where?.latitude ?? null,
    where?.longitude ?? null,
    where?.country ?? null,
    where?.countryCode ?? null,
    incident.dates ? DATE_PREC[incident.dates.precision] : null,
    incident.dates?.start ?? null,
    incident.dates?.end ?? null,
    bestCell(deaths?.a),
    bestCell(deaths?.b),
    bestCell(deaths?.civilians),
    bestCell(deaths?.unknown),
    bestCell(deaths?.total),
    boundCell(deaths?.total, 'high'),
    boundCell(deaths?.total, 'low'),
    docs.length,
    incident.notes ?? null,
  ];
}

export function formatUcdp(analysis: Analysis): string {
  return csvTable(
    UCDP_COLUMNS,
    codedIncidents(analysis).map((i) => ucdpRow(analysis, i)),
  );
}
