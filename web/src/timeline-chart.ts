// The timeline chart: one figure (killed security forces, say) over the days it was stated, a line per claimant, so
// a revision (ISPR 4 → 23) reads as a step and a rival count as another line. Dated by when the claimant said it,
// else by the report's date; figures without a date are left out and counted under the chart.
import * as Plot from '@observablehq/plot';
import type { Claim } from '../../src/model/claim.js';
import type { IncidentView } from '../../src/store/store.js';
import { h } from './dom.js';
import { figureRows, type FigureRow } from './figure-rows.js';
import type { SelectClaims } from './figures-grid.js';
import { fittedChart, HALO_TEXT, PLOT_CLASS, wireMarks } from './fitted-chart.js';
import { figureLabel, kindColor, plural, shortName, valueRange } from './labels.js';

interface Point {
  readonly date: Date;
  readonly day: string;
  readonly who: string;
  readonly kind: string;
  readonly value: number;
  readonly text: string;
  readonly claims: readonly Claim[];
  readonly label: string;
}

const DAY = 86_400_000;
const HEIGHT = 260;

/** Each point with the height its label is printed at: in value order per day, at least `gap` above the last. */
function stacked(points: readonly Point[], gap: number): (Point & { readonly labelAt: number })[] {
  const out: (Point & { labelAt: number })[] = [];
  const lastAt = new Map<string, number>();
  for (const p of [...points].sort((a, b) => a.value - b.value)) {
    const below = lastAt.get(p.day);
    const labelAt = below === undefined ? p.value : Math.max(p.value, below + gap);
    lastAt.set(p.day, labelAt);
    out.push({ ...p, labelAt });
  }
  return out;
}

export function timelineChart(view: IncidentView, onSelect: SelectClaims): HTMLElement {
  const published = new Map(view.documents.map((d) => [d.id, d.published]));
  const dayOf = (c: Claim) =>
    [c.stated, published.get(c.document)].find((d) => d && /^\d{4}-\d{2}-\d{2}$/.test(d));
  const rows = figureRows(view).filter(
    (r) => r.group !== 'all' && r.claims.some((c) => numberOf(c) !== null),
  );
  if (rows.length === 0) return h('p', { class: 'empty' }, 'No figures to draw over time.');
  const busiest = [...rows].sort((a, b) => b.claims.length - a.claims.length)[0] as FigureRow;
  const choice = h(
    'select',
    { attrs: { id: 'timeline-figure', 'aria-label': 'Figure shown over time' } },
    rows.map((r) =>
      h(
        'option',
        { attrs: { value: r.key, selected: r === busiest } },
        `${figureLabel(r.outcome, r.group)} (${r.claims.length})`,
      ),
    ),
  );
  const slot = h('div', { class: 'timeline-slot' });
  const show = () => {
    const row = rows.find((r) => r.key === choice.value) ?? busiest;
    const points = pointsOf(row, dayOf);
    const undated = row.claims.filter((c) => numberOf(c) !== null && !dayOf(c)).length;
    const chart = fittedChart('timeline-chart', (width) => draw(points, width));
    wireMarks(
      chart,
      points,
      (p) => p.label,
      (el, p) => {
        el.setAttribute('role', 'button');
        el.setAttribute('class', `mark kind-${p.kind}`);
        el.dataset.claims = p.claims.map((c) => c.id).join(' ');
      },
      (p) =>
        onSelect(p.claims, `${figureLabel(row.outcome, row.group)}: ${p.text} — ${p.who}, ${p.day}`, chart),
    );
    slot.replaceChildren(
      points.length > 0 ? chart : h('p', { class: 'empty' }, 'None of these figures is dated.'),
    );
    if (undated > 0)
      slot.append(h('p', { class: 'muted small' }, `${plural(undated, 'undated figure')} not drawn.`));
  };
  choice.addEventListener('change', show);
  show();
  return h(
    'div',
    { class: 'timeline-figure' },
    h('label', { class: 'inline-label' }, 'Figure ', choice),
    slot,
  );
}

function numberOf(c: Claim): number | null {
  return c.value.low ?? c.value.high;
}

function pointsOf(row: FigureRow, dayOf: (c: Claim) => string | null | undefined): Point[] {
  const groups = new Map<string, Claim[]>();
  for (const c of row.claims) {
    const day = dayOf(c);
    if (!day || numberOf(c) === null) continue;
    const key = `${day}|${c.claimant.id}|${c.value.low}|${c.value.high}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.entries()].map(([key, claims]) => {
    const first = claims[0] as Claim;
    const day = key.split('|')[0] as string;
    const text = valueRange(first.value);
    return {
      date: new Date(`${day}T00:00:00Z`),
      day,
      who: shortName(first.claimant.name),
      kind: first.claimant.kind,
      value: numberOf(first) as number,
      text,
      claims,
      label: `${text} — ${first.claimant.name}, said ${day}; ${plural(claims.length, 'quote')}`,
    };
  });
}

function draw(points: readonly Point[], width: number): Element {
  const times = points.map((p) => p.date.getTime());
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  // A single day still gets an axis a day wide on each side, so its dots do not sit on the frame.
  const pad = Math.max(DAY, (hi - lo) * 0.08);
  const short = hi - lo <= 14 * DAY;
  const max = Math.max(1, ...points.map((p) => p.value)) * 1.15;
  // Labels of one day stacked apart, so close figures ("ISPR 23", "BLA 6") do not print over each other.
  return Plot.plot({
    className: PLOT_CLASS,
    width,
    height: HEIGHT,
    marginLeft: 44,
    marginRight: 16,
    marginTop: 18,
    style: { fontSize: '12px' },
    x: {
      type: 'utc',
      domain: [new Date(lo - pad), new Date(hi + pad)],
      label: null,
      ...(short ? { ticks: 'day', tickFormat: '%b %-d' } : { ticks: Math.max(2, Math.floor(width / 110)) }),
    },
    y: { domain: [0, max], label: 'people', grid: true },
    marks: [
      Plot.line(points, {
        x: 'date',
        y: 'value',
        z: 'who',
        stroke: (p: Point) => kindColor(p.kind),
        strokeOpacity: 0.6,
        sort: 'date',
      }),
      Plot.dot(points, {
        x: 'date',
        y: 'value',
        r: 5,
        fill: (p: Point) => kindColor(p.kind),
        stroke: '#ffffff',
        ariaLabel: (p: Point) => p.label,
        title: (p: Point) => p.label,
      }),
      Plot.text(stacked(points, (13 * max) / (HEIGHT - 48)), {
        x: 'date',
        y: 'labelAt',
        text: (p: Point) => `${p.who} ${p.text}`,
        dx: 8,
        textAnchor: 'start',
        ...HALO_TEXT,
      }),
    ],
  });
}
