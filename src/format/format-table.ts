// The terminal view: per incident a grid of figures (rows) by claimant (columns), the estimate of each
// figure, conflicts marked on the row (C contradiction, R revision, I implausible) and on the figures
// involved (!), then the conflicts in words and the statements in time order.
import type { Analysis, Conflict, Incident } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import { GROUPS, OUTCOMES } from '../model/vocabulary.js';
import { comparisonGroup } from '../reconcile/figure-claims.js';
import { figureLabel } from '../reconcile/figure-label.js';
import { shortDate } from '../reconcile/partial-date.js';
import { compactEstimate, compactValue } from './compact-value.js';
import { claimantColumns, claimOrder, columnOf, type Column } from './claimant-columns.js';

export interface TableOptions {
  readonly color: boolean;
  /** Columns the table may use (`--width`; the terminal's by default). */
  readonly width?: number;
  /** Show recalled incidents as blocks too, instead of one `also mentioned` line (`--all`). */
  readonly all?: boolean;
}

export const DEFAULT_WIDTH = 100;
const FIGURE_WIDTH = 28;
const VALUE_WIDTH = 12;
const MAX_TIMELINE = 8;
export const LEGEND = [
  'marks: C contradiction · R revision · I implausible (on a row); ! a figure in a contradiction or implausible',
  'cells: a→b one source’s figures in time · a/b several sources · (x) hedged · x? vague · >200 open · 200+ at least',
  'low–best–high: what the credible accounts allow, the figure to report, the largest account (open if it has no ceiling)',
];
const KIND_MARK: Record<Conflict['kind'], string> = { contradiction: 'C', revision: 'R', implausible: 'I' };

export function formatTable(result: Analysis, options: TableOptions): string {
  const paint = (code: string) => (s: string) => (options.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const style = { bold: paint('1'), dim: paint('2'), red: paint('31') };
  const lines: string[] = [
    `${result.documents.length} document(s), ${result.incidents.length} incident(s), ${result.claims.length} claim(s), ${result.conflicts.length} conflict(s)`,
  ];
  const byIncident = groupBy(result.claims, (c) => c.incident ?? '');
  const quiet: Incident[] = [];
  const order = claimOrder(result);
  const width = Math.max(60, options.width ?? DEFAULT_WIDTH);
  for (const incident of result.incidents) {
    const claims = byIncident.get(incident.id) ?? [];
    // Recalled incidents (an attack of 2019 a report mentions) fold into one line unless asked for.
    if (claims.length === 0 || (!incident.main && !options.all)) quiet.push(incident);
    else lines.push('', ...incidentBlock(result, incident, claims, order, style, width));
  }
  const loose = byIncident.get('') ?? [];
  if (loose.length > 0) {
    lines.push('', style.bold('Not tied to an incident'));
    for (const c of loose)
      lines.push(
        `  ${pad(figureLabel(c.outcome, c.group), FIGURE_WIDTH)}${pad(compactValue(c.value), VALUE_WIDTH)}${style.dim(quote(c, width - FIGURE_WIDTH - VALUE_WIDTH - 4))}`,
      );
  }
  if (quiet.length > 0) {
    const folded = `Also mentioned (${quiet.length}; --all shows their figures): ${labelsOnce(quiet).join('; ')}`;
    lines.push('', ...wrap(folded, width).map(style.dim));
  }
  lines.push('', ...LEGEND.flatMap((l) => wrap(l, width)).map(style.dim));
  return lines.join('\n') + '\n';
}

/** Each label once, in order of first use, with how many incidents bear it when more than one (`… (×7)`). */
function labelsOnce(incidents: readonly Incident[]): string[] {
  const counts = new Map<string, number>();
  for (const i of incidents) counts.set(i.label, (counts.get(i.label) ?? 0) + 1);
  return [...counts].map(([label, n]) => (n > 1 ? `${label} (×${n})` : label));
}

type Style = Record<'bold' | 'dim' | 'red', (s: string) => string>;

function incidentBlock(
  result: Analysis,
  incident: Incident,
  claims: readonly Claim[],
  order: (c: Claim) => number,
  style: Style,
  width: number,
): string[] {
  const conflicts = result.conflicts.filter((c) => c.incident === incident.id);
  const flagged = new Set(conflicts.filter((c) => c.kind !== 'revision').flatMap((c) => c.claims));
  const lines = wrap(titleOf(incident), width).map(style.bold);
  if (incident.aliases.length > 0)
    lines.push(...wrap(`  also: ${incident.aliases.join(', ')}`, width).map(style.dim));
  const grid = fitGrid(result, incident, claims, order, flagged, width);
  lines.push(
    style.dim(
      `  ${pad('', 3)}${pad('figure', grid.labelWidth)}${grid.columns.map((c, i) => pad(c.title, grid.widths[i]!)).join('')}low–best–high`,
    ),
  );
  for (const row of grid.rows) {
    const marks = row.marks;
    const mark = pad(marks, 3);
    lines.push(
      `  ${marks ? style.red(mark) : mark}${pad(row.label, grid.labelWidth)}${row.cells.map((c, i) => pad(c, grid.widths[i]!)).join('')}${row.estimate}`,
    );
  }
  const gridWidth = grid.labelWidth + grid.widths.reduce((a, b) => a + b, 0);
  for (const e of result.estimates.filter((e) => e.incident === incident.id && e.group === 'all')) {
    if (claims.filter((c) => c.outcome === e.outcome).some((c, _, all) => c.group !== all[0]!.group)) {
      lines.push(
        style.dim(
          `  ${pad('', 3)}${pad(`= ${figureLabel(e.outcome, 'all')}, each once`, gridWidth)}${compactEstimate(e)}`,
        ),
      );
    }
  }
  for (const c of conflicts) {
    const [first = '', ...rest] = wrap(`${KIND_MARK[c.kind]}  ${c.summary}`, width - 2, '   ');
    lines.push(`  ${style.red(first.slice(0, 1))}${first.slice(1)}`, ...rest.map((l) => `  ${l}`));
  }
  const timeline = result.timeline.filter((t) => t.incident === incident.id);
  if (timeline.length > 0) {
    lines.push(style.dim('  statements:'));
    for (const t of timeline.slice(0, MAX_TIMELINE))
      lines.push(
        ...wrap(`    ${pad(shortDate(t.date), 9)}${t.summary}`, width, ' '.repeat(15)).map(style.dim),
      );
    if (timeline.length > MAX_TIMELINE) lines.push(style.dim(`    … ${timeline.length - MAX_TIMELINE} more`));
  }
  return lines;
}

interface GridRow {
  readonly marks: string;
  readonly label: string;
  readonly cells: string[];
  readonly estimate: string;
}

/**
 * The figures grid at the width given: each claimant column as wide as its name and its widest cell, never cut;
 * when the grid is too wide, the least-quoted claimants join `others` until it fits.
 */
function fitGrid(
  result: Analysis,
  incident: Incident,
  claims: readonly Claim[],
  order: (c: Claim) => number,
  flagged: ReadonlySet<string>,
  width: number,
) {
  let grid = buildGrid(result, incident, claims, order, flagged, claimantColumns(claims));
  for (let named = 5; named >= 0 && gridWidth(grid) > width; named--)
    grid = buildGrid(result, incident, claims, order, flagged, claimantColumns(claims, named));
  return grid;
}

function gridWidth(grid: { widths: number[]; rows: GridRow[]; labelWidth: number }): number {
  const estimate = Math.max(13, ...grid.rows.map((r) => r.estimate.length));
  return 2 + 3 + grid.labelWidth + grid.widths.reduce((a, b) => a + b, 0) + estimate;
}

function buildGrid(
  result: Analysis,
  incident: Incident,
  claims: readonly Claim[],
  order: (c: Claim) => number,
  flagged: ReadonlySet<string>,
  columns: readonly Column[],
) {
  const conflicts = result.conflicts.filter((c) => c.incident === incident.id);
  const rows: GridRow[] = [];
  for (const list of groupBy([...claims].sort(byFigure), (c) => `${c.outcome}|${c.group}`).values()) {
    const { outcome, group } = list[0]!;
    const marks = [
      ...new Set(
        conflicts
          .filter((k) => k.outcome === outcome && k.group === comparisonGroup(outcome, group))
          .map((k) => KIND_MARK[k.kind]),
      ),
    ].join('');
    const cells = columns.map((col) => {
      const mine = list.filter((c) => columnOf(c, columns) === col).sort((a, b) => order(a) - order(b));
      const values = new Map<string, boolean>();
      for (const c of mine) {
        const text = c.hedged ? `(${compactValue(c.value)})` : compactValue(c.value);
        values.set(text, (values.get(text) ?? false) || flagged.has(c.id));
      }
      const shown = [...values].map(([text, flag]) => (flag ? `${text}!` : text));
      return shown.join(col.single ? '→' : '/') || '·';
    });
    const estimate = result.estimates.find(
      (e) => e.incident === incident.id && e.outcome === outcome && e.group === group,
    );
    rows.push({
      marks,
      label: figureLabel(outcome, group),
      cells,
      estimate: estimate ? compactEstimate(estimate) : '',
    });
  }
  const widths = columns.map(
    (col, i) => Math.max([...col.title].length, ...rows.map((r) => [...r.cells[i]!].length)) + 2,
  );
  // The figure column as wide as its longest label (`= all executed, each once` rows are dim and may run on).
  const labelWidth = Math.min(FIGURE_WIDTH, Math.max(...rows.map((r) => [...r.label].length), 6) + 2);
  return { columns, rows, widths, labelWidth };
}

/** Words wrapped at `width`, the first line's indent kept, later lines indented further. */
export function wrap(text: string, width: number, indent?: string): string[] {
  const lead = /^\s*/u.exec(text)?.[0] ?? '';
  const next = indent ?? `${lead}    `;
  const lines: string[] = [];
  let line = lead;
  for (const word of text.slice(lead.length).split(' ')) {
    if (line.trim() && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = next + word;
    } else line = line.trim() ? `${line} ${word}` : line + word;
  }
  if (line.trim()) lines.push(line);
  return lines;
}

function titleOf(i: Incident): string {
  return [i.label, i.date, i.place].filter(Boolean).join(' · ') + ` (${i.documents.length} doc)`;
}

function byFigure(a: Claim, b: Claim): number {
  return (
    OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome) ||
    GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group)
  );
}

export function quote(c: Claim, width = 70): string {
  const { text, start, numberStart } = c.evidence;
  const at = numberStart - start;
  const from = Math.max(0, at - Math.floor(width / 2));
  const s = text.slice(from, from + width).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${s}${from + width < text.length ? '…' : ''}`;
}

export function pad(s: string, n: number): string {
  const w = [...s].length;
  return w >= n ? [...s].slice(0, n - 2).join('') + '… ' : s + ' '.repeat(n - w);
}

export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
