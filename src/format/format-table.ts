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
import { claimantColumns, claimOrder, columnOf } from './claimant-columns.js';

export interface TableOptions {
  readonly color: boolean;
}

const FIGURE_WIDTH = 28;
const CELL_WIDTH = 12;
const MAX_TIMELINE = 8;
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
  for (const incident of result.incidents) {
    const claims = byIncident.get(incident.id) ?? [];
    if (claims.length === 0) quiet.push(incident);
    else lines.push('', ...incidentBlock(result, incident, claims, order, style));
  }
  const loose = byIncident.get('') ?? [];
  if (loose.length > 0) {
    lines.push('', style.bold('Not tied to an incident'));
    for (const c of loose)
      lines.push(
        `  ${pad(figureLabel(c.outcome, c.group), FIGURE_WIDTH)}${pad(compactValue(c.value), CELL_WIDTH)}${style.dim(quote(c))}`,
      );
  }
  if (quiet.length > 0)
    lines.push('', style.dim(`Also mentioned: ${quiet.map((i) => titleOf(i)).join('; ')}`));
  return lines.join('\n') + '\n';
}

type Style = Record<'bold' | 'dim' | 'red', (s: string) => string>;

function incidentBlock(
  result: Analysis,
  incident: Incident,
  claims: readonly Claim[],
  order: (c: Claim) => number,
  style: Style,
): string[] {
  const conflicts = result.conflicts.filter((c) => c.incident === incident.id);
  const flagged = new Set(conflicts.filter((c) => c.kind !== 'revision').flatMap((c) => c.claims));
  const columns = claimantColumns(claims);
  const lines = [style.bold(titleOf(incident))];
  if (incident.aliases.length > 0) lines.push(style.dim(`  also: ${incident.aliases.join(', ')}`));
  lines.push(
    style.dim(
      `  ${pad('', 3)}${pad('figure', FIGURE_WIDTH)}${columns.map((c) => pad(c.title, CELL_WIDTH)).join('')}low–best–high`,
    ),
  );
  const rows = groupBy([...claims].sort(byFigure), (c) => `${c.outcome}|${c.group}`);
  for (const list of rows.values()) {
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
      return pad(shown.join(col.single ? '→' : '/') || '·', CELL_WIDTH);
    });
    const estimate = result.estimates.find(
      (e) => e.incident === incident.id && e.outcome === outcome && e.group === group,
    );
    const mark = pad(marks, 3);
    lines.push(
      `  ${marks ? style.red(mark) : mark}${pad(figureLabel(outcome, group), FIGURE_WIDTH)}${cells.join('')}${estimate ? compactEstimate(estimate) : ''}`,
    );
  }
  for (const e of result.estimates.filter((e) => e.incident === incident.id && e.group === 'all')) {
    if (claims.filter((c) => c.outcome === e.outcome).some((c, _, all) => c.group !== all[0]!.group)) {
      lines.push(
        style.dim(
          `  ${pad('', 3)}${pad(`= ${figureLabel(e.outcome, 'all')}, each once`, FIGURE_WIDTH + columns.length * CELL_WIDTH)}${compactEstimate(e)}`,
        ),
      );
    }
  }
  for (const c of conflicts) lines.push(`  ${style.red(KIND_MARK[c.kind])}  ${c.summary}`);
  const timeline = result.timeline.filter((t) => t.incident === incident.id);
  if (timeline.length > 0) {
    lines.push(style.dim('  statements:'));
    for (const t of timeline.slice(0, MAX_TIMELINE))
      lines.push(style.dim(`    ${pad(shortDate(t.date), 9)}${t.summary}`));
    if (timeline.length > MAX_TIMELINE) lines.push(style.dim(`    … ${timeline.length - MAX_TIMELINE} more`));
  }
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
