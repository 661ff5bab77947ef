// The terminal view a reporter reads: per incident, figures grouped by what is counted, each with claimant and quote.
import type { Analysis, Incident } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';

export interface TableOptions {
  readonly color: boolean;
}

export function formatTable(result: Analysis, options: TableOptions): string {
  const bold = (s: string) => (options.color ? `\x1b[1m${s}\x1b[0m` : s);
  const dim = (s: string) => (options.color ? `\x1b[2m${s}\x1b[0m` : s);
  const lines: string[] = [
    `${result.documents.length} document(s), ${result.incidents.length} incident(s), ${result.claims.length} claim(s)`,
  ];
  const byIncident = groupBy(result.claims, (c) => c.incident ?? '');
  const incidents: (Incident | null)[] = [...result.incidents, null];
  for (const incident of incidents) {
    const claims = byIncident.get(incident?.id ?? '') ?? [];
    if (claims.length === 0) continue;
    lines.push('', bold(incident ? incidentTitle(incident) : 'Not tied to an incident'));
    const byFigure = groupBy(claims, (c) => `${c.outcome} · ${c.group}`);
    for (const [figure, list] of [...byFigure].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`  ${figure}`);
      for (const c of list) {
        const who = `${c.claimant.name} (${c.claimant.kind}${c.provenance.claimant === 'inferred' ? ', inferred' : ''})`;
        lines.push(`    ${pad(c.value.text, 14)} ${pad(who, 36)} ${dim(quote(c))}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

function incidentTitle(i: Incident): string {
  return [i.label, i.date, i.place].filter(Boolean).join(' · ') + ` (${i.documents.length} doc)`;
}

export function quote(c: Claim, width = 70): string {
  const { text, start, numberStart } = c.evidence;
  const at = numberStart - start;
  const from = Math.max(0, at - Math.floor(width / 2));
  const s = text.slice(from, from + width).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${s}${from + width < text.length ? '…' : ''}`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n - 1) + '… ' : s + ' '.repeat(n - s.length);
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
