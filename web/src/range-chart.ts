// One row of the figures grid as SVG: each claimant's figure as a dot (one number) or an interval (a range,
// or an open-ended "over 200" running off the axis), one lane per claimant kind, the estimate drawn over them.
import type { Claim } from '../../src/model/claim.js';
import { activateOnKeys, svg } from './dom.js';
import type { FigureRow } from './figure-rows.js';
import { CLAIMANT_KIND_ORDER, fmt, kindWord, valueRange } from './labels.js';

const WIDTH = 640;
/** Room for the lane names: colour is never the only thing telling claimant kinds apart. */
const LEFT = 78;
const RIGHT = 24;
const LANE = 20;
const AXIS = 20;

/** Claims of one kind with the same reading share a mark; its size grows with how many there are. */
interface Mark {
  readonly kind: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly claims: readonly Claim[];
}

export function rangeChart(
  row: FigureRow,
  onSelect: (claims: readonly Claim[], label: string) => void,
): SVGSVGElement {
  const kinds = CLAIMANT_KIND_ORDER.filter((k) => row.claims.some((c) => c.claimant.kind === k));
  const extra = [...new Set(row.claims.map((c) => c.claimant.kind))].filter(
    (k) => !kinds.includes(k as never),
  );
  const lanes = [...kinds, ...extra];
  const height = lanes.length * LANE + AXIS + 8;
  const max = niceMax(domainMax(row));
  const x = (v: number) => LEFT + (Math.min(v, max) / max) * (WIDTH - LEFT - RIGHT);
  const right = WIDTH - RIGHT + 10;
  const chart = svg('svg', {
    class: 'range-chart',
    attrs: { viewBox: `0 0 ${WIDTH} ${height}`, role: 'group', 'aria-label': 'figures on one axis' },
  });
  chart.append(estimateLayer(row, x, right, lanes.length * LANE + 4));
  lanes.forEach((kind, lane) => {
    const y = 6 + lane * LANE + LANE / 2;
    chart.append(svg('line', { class: 'lane', attrs: { x1: LEFT, x2: WIDTH - RIGHT, y1: y, y2: y } }));
    chart.append(
      svg(
        'text',
        { class: 'lane-label', attrs: { x: LEFT - 8, y: y + 3.5, 'text-anchor': 'end' } },
        kindWord(kind),
      ),
    );
    for (const mark of marksOf(row.claims.filter((c) => c.claimant.kind === kind))) {
      chart.append(markElement(mark, row, x, y, right, onSelect));
    }
  });
  // A row of "all of them" statements has no number to put on an axis.
  if (row.claims.some((c) => c.value.low !== null || c.value.high !== null))
    chart.append(axis(max, x, lanes.length * LANE + 8));
  return chart;
}

function domainMax(row: FigureRow): number {
  const values = row.claims.flatMap((c) => [c.value.low ?? 0, c.value.high ?? 0]);
  const e = row.estimate;
  if (e) values.push(e.low ?? 0, e.best ?? 0, e.high ?? 0);
  return Math.max(1, ...values) * 1.05;
}

function marksOf(claims: readonly Claim[]): Mark[] {
  const marks = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.value.low}|${c.value.high}`;
    const list = marks.get(key);
    if (list) list.push(c);
    else marks.set(key, [c]);
  }
  return [...marks.values()].map((list) => {
    const first = list[0] as Claim;
    return { kind: first.claimant.kind, low: first.value.low, high: first.value.high, claims: list };
  });
}

function markElement(
  mark: Mark,
  row: FigureRow,
  x: (v: number) => number,
  y: number,
  right: number,
  onSelect: (claims: readonly Claim[], label: string) => void,
): SVGGElement {
  const hedged = mark.claims.every((c) => c.hedged);
  const conflict = mark.claims.some((c) => row.conflicted.has(c.id));
  const vague = mark.claims.every((c) => c.value.qualifier === 'vague');
  const names = [...new Set(mark.claims.map((c) => c.claimant.name))];
  const label = `${valueRange(mark)} — ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''} (${kindWord(mark.kind)})`;
  const classes = ['mark', `kind-${mark.kind}`, hedged && 'hedged', conflict && 'conflict', vague && 'vague'];
  const g = svg('g', {
    class: classes.filter(Boolean).join(' '),
    attrs: {
      tabindex: 0,
      role: 'button',
      'aria-label': `${label}; ${mark.claims.length} quote(s)${hedged ? ', hedged' : ''}${conflict ? ', in conflict' : ''}`,
      'data-value': valueRange(mark),
      'data-claims': mark.claims.map((c) => c.id).join(' '),
    },
  });
  g.append(
    svg(
      'title',
      {},
      `${label}\n${mark.claims.length} quote(s)${hedged ? ' · hedged' : ''}${conflict ? ' · in conflict' : ''}`,
    ),
  );
  const r = 4.5 + Math.min(4, Math.sqrt(mark.claims.length) - 1);
  g.append(...shape(mark, x, y, right, r, conflict));
  activateOnKeys(g, () => onSelect(mark.claims, label));
  return g;
}

/** Dot for one number, a bar for a range, a dotted run off the axis for "over N", a diamond for "all of them". */
function shape(
  mark: Mark,
  x: (v: number) => number,
  y: number,
  right: number,
  r: number,
  conflict: boolean,
): SVGElement[] {
  const out: SVGElement[] = [];
  const { low, high } = mark;
  if (low === null && high === null) {
    // "all hostages were rescued": the whole group, no number; it sits past the axis end.
    if (conflict) out.push(svg('circle', { class: 'halo', attrs: { cx: right, cy: y, r: r + 3 } }));
    const d = `M${right},${y - r - 1}L${right + r + 1},${y}L${right},${y + r + 1}L${right - r - 1},${y}Z`;
    out.push(svg('path', { class: 'dot whole', attrs: { d } }));
    return out;
  }
  const lo = low ?? 0;
  const hiX = high === null ? right : x(high);
  if (high === null || low === null || low !== high) {
    const open = high === null || low === null;
    out.push(
      svg('line', {
        class: open ? 'interval open' : 'interval',
        attrs: { x1: x(lo), x2: hiX, y1: y, y2: y },
      }),
    );
  }
  if (high === null) {
    out.push(
      svg('path', {
        class: 'arrow',
        attrs: { d: `M${right - 6},${y - 4}L${right},${y}L${right - 6},${y + 4}` },
      }),
    );
  }
  const cx = low === null ? hiX : x(lo);
  if (conflict) out.push(svg('circle', { class: 'halo', attrs: { cx, cy: y, r: r + 3 } }));
  out.push(svg('circle', { class: 'dot', attrs: { cx, cy: y, r } }));
  if (low !== null && high !== null && low !== high) {
    out.push(svg('circle', { class: 'dot end', attrs: { cx: hiX, cy: y, r: r - 1 } }));
  }
  return out;
}

function estimateLayer(row: FigureRow, x: (v: number) => number, right: number, height: number): SVGGElement {
  const g = svg('g', { class: 'estimate' });
  const e = row.estimate;
  if (!e || (e.low === null && e.best === null && e.high === null)) return g;
  const lo = x(e.low ?? e.best ?? 0);
  const hi = e.high === null ? right : x(e.high);
  g.append(
    svg('rect', { class: 'estimate-band', attrs: { x: lo, y: 2, width: Math.max(2, hi - lo), height } }),
  );
  if (e.best !== null) {
    g.append(
      svg('line', { class: 'estimate-best', attrs: { x1: x(e.best), x2: x(e.best), y1: 0, y2: height + 4 } }),
    );
  }
  g.append(
    svg('title', {}, `estimate: low ${e.low ?? '?'}, best ${e.best ?? '?'}, high ${e.high ?? 'open'}`),
  );
  return g;
}

function axis(max: number, x: (v: number) => number, y: number): SVGGElement {
  const g = svg('g', { class: 'axis', attrs: { 'aria-hidden': 'true' } });
  g.append(svg('line', { attrs: { x1: LEFT, x2: WIDTH - RIGHT, y1: y, y2: y } }));
  for (const t of ticks(max)) {
    g.append(svg('line', { attrs: { x1: x(t), x2: x(t), y1: y, y2: y + 4 } }));
    g.append(svg('text', { attrs: { x: x(t), y: y + 14, 'text-anchor': 'middle' } }, fmt(t)));
  }
  return g;
}

/** The smallest 1-2-5 step giving at most six ticks, and the axis end on a step. */
function step(max: number): number {
  const base = 10 ** Math.floor(Math.log10(max / 5));
  const found = [1, 2, 5, 10].map((m) => m * base).find((s) => max / s <= 6) ?? base * 10;
  // Counts are whole people: never a fractional step.
  return Math.max(1, found);
}

export function niceMax(max: number): number {
  const s = step(max);
  return Math.ceil(max / s) * s;
}

export function ticks(max: number): number[] {
  const s = step(max);
  const out: number[] = [];
  for (let t = 0; t <= max + 1e-9; t += s) out.push(Math.round(t));
  return out;
}
