// The figures grid: one row per thing counted, its estimate in words, and the chart of every claimant's figure.
import type { Claim } from '../../src/model/claim.js';
import type { IncidentView } from '../../src/store/store.js';
import { h } from './dom.js';
import { figureRows, type FigureRow } from './figure-rows.js';
import { CLAIMANT_KIND_ORDER, figureLabel, fmt, kindWord, plural } from './labels.js';
import { figureChart } from './figure-chart.js';

/** Shows quotes in place: `anchor` is what was tapped, so the evidence can open next to it. */
export type SelectClaims = (claims: readonly Claim[], label: string, anchor: Element) => void;

export function figuresGrid(view: IncidentView, onSelect: SelectClaims): HTMLElement {
  const rows = figureRows(view);
  if (rows.length === 0) return h('p', { class: 'empty' }, 'No figures were found for this incident yet.');
  return h(
    'div',
    { class: 'figures' },
    legend(),
    h(
      'div',
      { class: 'figure-rows', attrs: { role: 'list' } },
      rows.map((r) => figureRow(r, onSelect)),
    ),
  );
}

function figureRow(row: FigureRow, onSelect: SelectClaims): HTMLElement {
  const label = figureLabel(row.outcome, row.group);
  const sources = new Set(row.claims.map((c) => c.claimant.id)).size;
  const el: HTMLElement = h(
    'div',
    {
      class: `figure-row${row.conflicts.length > 0 ? ' has-conflict' : ''}`,
      attrs: { role: 'listitem', 'data-row': row.key },
    },
    h(
      'div',
      { class: 'figure-label' },
      h(
        'button',
        {
          class: 'link-button row-title',
          attrs: { type: 'button' },
          on: { click: () => onSelect(row.claims, label, el) },
        },
        label,
      ),
      h('div', { class: 'estimate-text' }, estimateText(row)),
      h(
        'div',
        { class: 'muted small' },
        `${plural(row.claims.length, 'quote')} from ${plural(sources, 'source')}`,
        row.conflicts.length > 0
          ? h('span', { class: 'flag conflict' }, plural(row.conflicts.length, 'conflict'))
          : null,
      ),
    ),
    figureChart(row, (claims, what) => onSelect(claims, `${label}: ${what}`, el)),
  );
  return el;
}

function estimateText(row: FigureRow): string {
  const e = row.estimate;
  if (!e) return 'no estimate';
  if (e.best === null && e.low === null && e.high === null) return 'no number stated';
  if (e.best === null) return `no best figure (bounds ${e.low ?? '?'}–${e.high ?? 'open'})`;
  const range =
    e.low === e.high
      ? ''
      : ` (${e.low === null ? '?' : fmt(e.low)}–${e.high === null ? 'open' : fmt(e.high)})`;
  return `best ${fmt(e.best)}${range} · ${plural(e.independentSources, 'independent source')}`;
}

function legend(): HTMLElement {
  return h(
    'div',
    { class: 'legend', attrs: { 'aria-label': 'legend' } },
    CLAIMANT_KIND_ORDER.map((k) =>
      h('span', { class: 'legend-item' }, h('span', { class: `swatch kind-${k}` }), kindWord(k)),
    ),
    h(
      'span',
      { class: 'legend-item' },
      h('span', { class: 'swatch estimate' }),
      'estimate (band: low–high, line: best)',
    ),
    h('span', { class: 'legend-item' }, h('span', { class: 'swatch hedged' }), 'hedged (hollow)'),
    h('span', { class: 'legend-item' }, h('span', { class: 'swatch conflict' }), 'in conflict'),
    h('span', { class: 'legend-item' }, '→ open-ended (“over 200”)'),
    h('span', { class: 'legend-item' }, '◆ the whole group, no number (“all hostages”)'),
    h('span', { class: 'legend-item' }, 'tap a dot for its quotes'),
  );
}
