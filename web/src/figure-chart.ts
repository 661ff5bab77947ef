// One row of the figures grid on Observable Plot: a lane per claimant, named as the text names them (ISPR, BLA,
// Local sources), each figure a dot with its value printed beside it, a range as a bar, an open-ended "over 200"
// as an arrow off to the right, the estimate as a band (low–high) with a line at the best figure.
import * as Plot from '@observablehq/plot';
import type { Claim } from '../../src/model/claim.js';
import type { FigureRow } from './figure-rows.js';
import { fittedChart, HALO_TEXT, PLOT_CLASS, wireMarks } from './fitted-chart.js';
import { kindColor, kindWord, plural, shortName, valueRange } from './labels.js';

/** Claims of one claimant with the same reading share a mark; its dot grows with how many there are. */
export interface FigureMark {
  readonly who: string;
  readonly kind: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly value: string;
  readonly claims: readonly Claim[];
  readonly hedged: boolean;
  readonly conflict: boolean;
  readonly label: string;
}

const LANE = 30;
const CONFLICT = '#c62828';

export function figureChart(
  row: FigureRow,
  onSelect: (claims: readonly Claim[], label: string, anchor: Element) => void,
): HTMLElement {
  const marks = marksOf(row);
  const box = fittedChart('figure-chart', (width) => draw(row, marks, width));
  wireMarks(
    box,
    marks,
    (m) => m.label,
    (el, m) => {
      el.setAttribute('role', 'button');
      el.setAttribute(
        'class',
        ['mark', `kind-${m.kind}`, m.hedged && 'hedged', m.conflict && 'conflict'].filter(Boolean).join(' '),
      );
      el.dataset.value = m.value;
      el.dataset.claims = m.claims.map((c) => c.id).join(' ');
    },
    (m) => onSelect(m.claims, `${m.value} — ${m.claims[0]?.claimant.name}`, box),
  );
  return box;
}

function marksOf(row: FigureRow): FigureMark[] {
  const groups = new Map<string, Claim[]>();
  for (const c of row.claims) {
    const key = `${c.claimant.id}|${c.value.low}|${c.value.high}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const seen = new Set<string>();
  return [...groups.values()].map((claims) => {
    const first = claims[0] as Claim;
    const value = valueRange(first.value);
    const hedged = claims.every((c) => c.hedged);
    const conflict = claims.some((c) => row.conflicted.has(c.id));
    let label = `${value} — ${first.claimant.name} (${kindWord(first.claimant.kind)}); ${plural(claims.length, 'quote')}${hedged ? ', hedged' : ''}${conflict ? ', in conflict' : ''}`;
    // Labels key the marks once drawn: two marks never share one.
    for (let n = 2; seen.has(label); n++) label = `${label} #${n}`;
    seen.add(label);
    return {
      who: shortName(first.claimant.name),
      kind: first.claimant.kind,
      low: first.value.low,
      high: first.value.high,
      value,
      claims,
      hedged,
      conflict,
      label,
    };
  });
}

function draw(row: FigureRow, marks: readonly FigureMark[], width: number): Element | null {
  const numbered = marks.filter((m) => m.low !== null || m.high !== null);
  const lanes = [...new Set(marks.map((m) => m.who))];
  const max = domainMax(row, marks);
  const x = (m: FigureMark) => m.low ?? m.high ?? 0;
  const e = row.estimate;
  const band = e && (e.low !== null || e.best !== null) ? [e] : [];
  const longest = Math.max(...lanes.map((l) => l.length));
  const marginLeft = Math.min(130, 14 + longest * 6.4);
  return Plot.plot({
    className: PLOT_CLASS,
    width,
    height: lanes.length * LANE + 44,
    marginLeft,
    marginRight: 44,
    marginTop: 8,
    x: {
      domain: [0, max],
      label: null,
      grid: true,
      ticks: Math.max(2, Math.min(Math.floor(width / 90), Math.ceil(max))),
      // People come whole: no 0.5 tick.
      tickFormat: (d: number) => (Number.isInteger(d) ? d.toLocaleString('en-US') : ''),
    },
    y: { domain: lanes, label: null, tickSize: 0 },
    style: { fontSize: '12px' },
    marks: [
      Plot.rectX(band, {
        x1: (d: typeof e) => d?.low ?? d?.best ?? 0,
        x2: (d: typeof e) => d?.high ?? max,
        fill: '#f2c94c',
        fillOpacity: 0.3,
      }),
      Plot.ruleX(
        band.filter((d) => d.best !== null),
        {
          x: (d: typeof e) => d?.best,
          stroke: '#a07800',
          strokeWidth: 2,
        },
      ),
      // A range from one claimant ("70–80") as a bar between its ends.
      Plot.ruleY(
        numbered.filter((m) => m.low !== null && m.high !== null && m.high !== m.low),
        { y: 'who', x1: 'low', x2: 'high', stroke: (m: FigureMark) => kindColor(m.kind), strokeWidth: 4 },
      ),
      // An open bound stays open: "over 200" runs off the axis with an arrow, "up to 50" starts at zero.
      Plot.ruleY(
        numbered.filter((m) => m.high === null),
        {
          y: 'who',
          x1: 'low',
          x2: () => max,
          stroke: (m: FigureMark) => kindColor(m.kind),
          strokeWidth: 2,
          strokeDasharray: '3 3',
          markerEnd: 'arrow',
        },
      ),
      Plot.ruleY(
        numbered.filter((m) => m.low === null),
        {
          y: 'who',
          x1: () => 0,
          x2: 'high',
          stroke: (m: FigureMark) => kindColor(m.kind),
          strokeWidth: 2,
          strokeDasharray: '3 3',
        },
      ),
      Plot.dot(
        marks.filter((m) => m.conflict),
        {
          x,
          y: 'who',
          r: (m: FigureMark) => radius(m) + 4,
          stroke: CONFLICT,
          strokeWidth: 2,
          ariaHidden: 'true',
        },
      ),
      Plot.dot(marks, {
        x,
        y: 'who',
        r: radius,
        symbol: (m: FigureMark) => (m.low === null && m.high === null ? 'diamond' : 'circle'),
        fill: (m: FigureMark) => (m.hedged ? '#ffffff' : kindColor(m.kind)),
        stroke: (m: FigureMark) => kindColor(m.kind),
        strokeWidth: (m: FigureMark) => (m.hedged ? 2 : 1.5),
        ariaLabel: (m: FigureMark) => m.label,
        title: (m: FigureMark) => m.label,
      }),
      // Every dot says its value: the chart is readable without hovering. Values too close to print apart
      // share one label ("5 · 23 · 33") at the first of them.
      Plot.text(labelsOf(marks, x, (LABEL_GAP * max) / Math.max(1, width - marginLeft - 44)), {
        x: 'at',
        y: 'who',
        text: 'text',
        dx: 9,
        dy: -9,
        textAnchor: 'start',
        fontWeight: 600,
        ...HALO_TEXT,
      }),
    ],
  });
}

/** Pixels a printed value needs before the next one on its lane. */
const LABEL_GAP = 30;

function labelsOf(
  marks: readonly FigureMark[],
  x: (m: FigureMark) => number,
  gap: number,
): { who: string; at: number; text: string }[] {
  const out: { who: string; at: number; text: string; last: number }[] = [];
  for (const m of [...marks].sort((a, b) => a.who.localeCompare(b.who) || x(a) - x(b))) {
    const prev = out.at(-1);
    if (prev && prev.who === m.who && x(m) - prev.last < gap) {
      if (!prev.text.split(' · ').includes(m.value)) prev.text += ` · ${m.value}`;
      prev.last = x(m);
    } else out.push({ who: m.who, at: x(m), text: m.value, last: x(m) });
  }
  return out;
}

const radius = (m: FigureMark): number => 5 + Math.min(4, Math.sqrt(m.claims.length) - 1);

function domainMax(row: FigureRow, marks: readonly FigureMark[]): number {
  const values = marks.flatMap((m) => [m.low ?? 0, m.high ?? 0]);
  const e = row.estimate;
  if (e) values.push(e.low ?? 0, e.best ?? 0, e.high ?? 0);
  return Math.max(1, ...values) * 1.12;
}
