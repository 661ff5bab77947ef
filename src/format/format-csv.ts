// One CSV row per claim, with its incident and the incident's estimate for the same outcome and group,
// so a spreadsheet user can sort and pivot without joining tables (csv-table.ts: quoting, formula guard).
import type { Analysis, Estimate } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import { csvTable, type Cell } from './csv-table.js';

const HEADER = [
  'claim',
  'incident',
  'incident_label',
  'outcome',
  'group',
  'low',
  'high',
  'qualifier',
  'value_text',
  'claimant',
  'claimant_id',
  'claimant_kind',
  'stated',
  'hedged',
  'document',
  'quote',
  'estimate_low',
  'estimate_best',
  'estimate_high',
] as const;

export function formatCsv(analysis: Analysis): string {
  const labels = new Map(analysis.incidents.map((i) => [i.id, i.label]));
  const estimates = new Map(analysis.estimates.map((e) => [estimateKey(e.incident, e.outcome, e.group), e]));
  const rows = analysis.claims.map((c) => claimRow(c, labels, estimates));
  return csvTable(HEADER, rows);
}

function claimRow(c: Claim, labels: Map<string, string>, estimates: Map<string, Estimate>): Cell[] {
  const estimate =
    c.incident === null ? undefined : estimates.get(estimateKey(c.incident, c.outcome, c.group));
  return [
    c.id,
    c.incident,
    c.incident === null ? null : (labels.get(c.incident) ?? null),
    c.outcome,
    c.group,
    c.value.low,
    c.value.high,
    c.value.qualifier,
    c.value.text,
    c.claimant.name,
    c.claimant.id,
    c.claimant.kind,
    c.stated,
    c.hedged,
    c.document,
    c.evidence.text,
    estimate?.low ?? null,
    estimate?.best ?? null,
    estimate?.high ?? null,
  ];
}

function estimateKey(incident: string, outcome: string, group: string): string {
  return `${incident}\u0000${outcome}\u0000${group}`;
}
