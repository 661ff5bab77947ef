// Incidents on a map: Plot's geo marks over the Natural Earth outline that world-atlas ships (bundled, no tile
// server). Only incidents the gazetteer placed are drawn; the rest are counted under the map, and with none placed
// the map says so instead of drawing an empty world.
import * as Plot from '@observablehq/plot';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import type { Incident } from '../../src/model/analysis.js';
import { h } from './dom.js';
import { fittedChart, HALO_TEXT, PLOT_CLASS, wireMarks } from './fitted-chart.js';
import { plural } from './labels.js';

/** The place an incident was resolved to (when the gazetteer found one), as the API sends it. */
export interface IncidentLocation {
  readonly name?: string | null;
  readonly countryCode?: string | null;
  readonly country?: string | null;
  readonly admin1?: string | null;
  readonly latitude?: number | null;
  readonly longitude?: number | null;
  readonly precision?: unknown;
  readonly inferred?: boolean;
}

export function locationOf(incident: Incident): IncidentLocation | null {
  return (incident as Incident & { readonly location?: IncidentLocation | null }).location ?? null;
}

interface Pin {
  readonly id: string;
  readonly label: string;
  readonly lon: number;
  readonly lat: number;
  readonly place: string;
  readonly weight: number;
  readonly aria: string;
}

let world: FeatureCollection | null = null;
function worldOutline(): FeatureCollection {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  world ??= feature(topology, topology.objects.countries) as FeatureCollection;
  return world;
}

export function placeText(l: IncidentLocation | null, fallback: string | null): string {
  if (!l) return fallback ?? '';
  return [l.name, l.admin1, l.country].filter((p, i, all) => p && all.indexOf(p) === i).join(', ');
}

export function incidentMap(
  incidents: readonly (Incident & { readonly claimCount?: number })[],
  onOpen: (id: string) => void,
): HTMLElement {
  const pins: Pin[] = [];
  for (const i of incidents) {
    const l = locationOf(i);
    if (typeof l?.latitude !== 'number' || typeof l.longitude !== 'number') continue;
    const place = placeText(l, i.place);
    pins.push({
      id: i.id,
      label: i.label,
      lon: l.longitude,
      lat: l.latitude,
      place,
      weight: i.claimCount ?? 1,
      aria: `${i.label} — ${place}${l.inferred ? ' (place inferred)' : ''}`,
    });
  }
  const unplaced = incidents.length - pins.length;
  if (pins.length === 0) {
    return h('p', { class: 'empty map-empty' }, 'No located incidents.');
  }
  const chart = fittedChart('incident-map', (width) => draw(pins, width));
  wireMarks(
    chart,
    pins,
    (p) => p.aria,
    (el, p) => {
      el.setAttribute('role', 'link');
      el.setAttribute('class', 'pin');
      el.dataset.incident = p.id;
    },
    (p) => onOpen(p.id),
  );
  return h(
    'div',
    { class: 'map-wrap' },
    chart,
    unplaced > 0
      ? h('p', { class: 'muted small' }, `${plural(unplaced, 'incident')} without a place.`)
      : null,
  );
}

function draw(pins: readonly Pin[], width: number): Element {
  // Fit the projection to the pins, with room around them: one incident shows its region, not the globe.
  const lons = pins.map((p) => p.lon);
  const lats = pins.map((p) => p.lat);
  const margin = 12;
  const domain: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [Math.max(-180, Math.min(...lons) - margin), Math.max(-85, Math.min(...lats) - margin)],
        [Math.min(180, Math.max(...lons) + margin), Math.min(85, Math.max(...lats) + margin)],
      ],
    },
  };
  const maxWeight = Math.max(...pins.map((p) => p.weight));
  return Plot.plot({
    className: PLOT_CLASS,
    width,
    height: Math.round(Math.min(420, width * 0.62)),
    projection: { type: 'equal-earth', domain },
    style: { fontSize: '12px' },
    marks: [
      Plot.geo(worldOutline(), { fill: '#eeeee8', stroke: '#b9b9b0', strokeWidth: 0.6 }),
      Plot.sphere({ stroke: '#b9b9b0' }),
      Plot.dot(pins, {
        x: 'lon',
        y: 'lat',
        r: (p: Pin) => 5 + 6 * Math.sqrt(p.weight / maxWeight),
        fill: '#c62828',
        fillOpacity: 0.8,
        stroke: '#ffffff',
        ariaLabel: (p: Pin) => p.aria,
        title: (p: Pin) => p.aria,
      }),
      Plot.text(pins, {
        x: 'lon',
        y: 'lat',
        text: (p: Pin) => p.label,
        dy: -14,
        fontWeight: 600,
        ...HALO_TEXT,
      }),
    ],
  });
}
