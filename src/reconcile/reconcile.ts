// Reconciliation entry point: per-document extractions in, the cross-document view out.
// Interim: each document's incidents stand alone (issue 3 replaces this with cross-document linking).
import type { Analysis, Incident } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import type { DocumentExtraction } from '../model/extraction.js';

export type ReconciledView = Pick<Analysis, 'incidents' | 'claims' | 'conflicts' | 'estimates' | 'timeline'>;

export function reconcile(extractions: readonly DocumentExtraction[]): ReconciledView {
  const incidents: Incident[] = [];
  const claims: Claim[] = [];
  for (const { document, incidents: local, claims: own } of extractions) {
    const idOf = (key: string) => `${document.id}:${key}`;
    for (const i of local) {
      incidents.push({ ...i, id: idOf(i.key), documents: [document.id] });
    }
    for (const c of own) claims.push({ ...c, incident: c.incident === null ? null : idOf(c.incident) });
  }
  return { incidents, claims, conflicts: [], estimates: [], timeline: [] };
}
