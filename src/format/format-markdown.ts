// A report a reporter can paste into a draft: every figure footnoted with its quote and source.
import type { Analysis } from '../model/analysis.js';
import { groupBy } from './format-table.js';

export function formatMarkdown(result: Analysis): string {
  const out: string[] = ['# Triangulate report', ''];
  const notes: string[] = [];
  const docs = new Map(result.documents.map((d) => [d.id, d]));
  const byIncident = groupBy(result.claims, (c) => c.incident ?? '');
  for (const incident of result.incidents) {
    const claims = byIncident.get(incident.id) ?? [];
    if (claims.length === 0) continue;
    out.push(`## ${incident.label}`, '');
    if (incident.date || incident.place) out.push(`_${[incident.date, incident.place].filter(Boolean).join(', ')}_`, '');
    for (const [figure, list] of groupBy(claims, (c) => `${c.outcome} (${c.group.replace('_', ' ')})`)) {
      const parts = list.map((c) => {
        notes.push(
          `[^${notes.length + 1}]: “${c.evidence.text.trim()}” — ${c.claimant.name}, in ${docs.get(c.document)?.title ?? c.document}`,
        );
        return `${c.value.text} per ${c.claimant.name}[^${notes.length}]`;
      });
      out.push(`- **${figure}**: ${parts.join('; ')}`);
    }
    out.push('');
  }
  return [...out, ...notes, ''].join('\n');
}
