// Scorer: where the gazetteer puts each GVA dev incident (from its articles' text and titles) against GVA's own
// `state` and `city_or_county`. A state is right when the located place lies in it; a city when the located
// place is that town (names compared without diacritics or case; GVA's `X (county)` is never a town, so it counts
// as a miss for the city and is reported apart).
import { locateEvent, type EventLocation } from '../../geo/locate-event.js';
import { placeKey } from '../../geo/place.js';
import { applyLimit, externalPath, type ExternalOptions } from './external-data.js';
import { readGva, type GvaIncident } from './read-gva.js';
import { f3, textTable } from './text-table.js';

export interface GvaPlaceResult {
  readonly incidents: number;
  readonly located: number;
  readonly stateRight: number;
  readonly cityRight: number;
  readonly bothRight: number;
  /** incidents whose GVA place is a county, not a town */
  readonly counties: number;
  readonly byPrecision: Readonly<Record<string, number>>;
  readonly milliseconds: number;
}

function judge(incident: GvaIncident, location: EventLocation | null): { state: boolean; city: boolean } {
  if (!location || location.countryCode !== 'US') return { state: false, city: false };
  const state = location.admin1 !== null && placeKey(location.admin1) === placeKey(incident.state ?? '');
  const city =
    location.precision === 'city' && placeKey(location.name) === placeKey(incident.cityOrCounty ?? '');
  return { state, city: state && city };
}

export function scoreGvaPlaces(options: ExternalOptions): GvaPlaceResult {
  const file = externalPath(options, 'semeval2018-task5-gva', 'incidents-dev.jsonl');
  const incidents = applyLimit(
    readGva(file).filter((i) => i.state && i.cityOrCounty),
    options.limit,
  );
  const started = performance.now();
  let located = 0;
  let stateRight = 0;
  let cityRight = 0;
  let counties = 0;
  const byPrecision: Record<string, number> = {};
  for (const incident of incidents) {
    const documents = incident.articles.map((a) => ({ id: a.id, text: `${a.title ?? ''}\n\n${a.text}` }));
    const location = locateEvent(documents);
    if (location) located++;
    byPrecision[location?.precision ?? 'none'] = (byPrecision[location?.precision ?? 'none'] ?? 0) + 1;
    const verdict = judge(incident, location);
    if (verdict.state) stateRight++;
    if (verdict.city) cityRight++;
    if (/\(county\)/iu.test(incident.cityOrCounty ?? '')) counties++;
  }
  const milliseconds = performance.now() - started;
  return {
    incidents: incidents.length,
    located,
    stateRight,
    cityRight,
    bothRight: cityRight,
    counties,
    byPrecision,
    milliseconds,
  };
}

export function formatGvaPlaces(r: GvaPlaceResult): string {
  const share = (n: number) => f3(r.incidents ? n / r.incidents : 0);
  return [
    `GVA places (${r.incidents} dev incidents with a GVA state and city; gazetteer on article text and titles)`,
    ...textTable([
      ['measure', 'share', 'count'],
      ['located at all', share(r.located), String(r.located)],
      ['state right', share(r.stateRight), String(r.stateRight)],
      ['state and city right', share(r.bothRight), String(r.bothRight)],
    ]),
    `  precision of the located place: ${Object.entries(r.byPrecision)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; GVA gives a county, not a town, for ${r.counties}`,
  ].join('\n');
}
