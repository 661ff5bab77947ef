// Hand-made claims and analyses, so the scorers' tests do not depend on what extraction finds today.
import type { Analysis, Estimate, Incident } from '../../src/model/analysis.js';
import type { Claim } from '../../src/model/claim.js';
import type { Group, Outcome } from '../../src/model/vocabulary.js';

let next = 0;

export function claim(fields: {
  outcome: Outcome;
  low: number | null;
  high?: number | null;
  group?: Group;
  incident?: string | null;
  document?: string;
  text?: string;
  numberStart?: number;
  claimantText?: string | null;
  claimantKind?: Claim['claimant']['kind'];
  sentence?: [number, number];
  claimantSpan?: { start: number; end: number };
  cue?: { start: number; end: number; text: string };
}): Claim {
  const { outcome, low, high = low, group = 'people', incident = 'i1', document = 'd1' } = fields;
  const text = fields.text ?? String(low);
  const numberStart = fields.numberStart ?? 0;
  const [start, end] = fields.sentence ?? [0, numberStart + text.length];
  const kind = fields.claimantKind ?? (fields.claimantText ? 'official' : 'author');
  return {
    id: `c${++next}`,
    document,
    incident,
    outcome,
    group,
    value: { low, high, qualifier: low === high ? 'exact' : 'at_least', text },
    claimant: { id: kind, name: fields.claimantText ?? 'author', kind },
    stated: null,
    hedged: false,
    evidence: { start, end, text: '', numberStart, numberEnd: numberStart + text.length },
    provenance: {
      claimant: fields.claimantText ? 'stated' : 'inferred',
      claimantText: fields.claimantText ?? null,
      outcome: 'stated',
      group: 'stated',
      trace: [],
      claimantSpan: fields.claimantSpan ?? null,
      cue: fields.cue ?? null,
    },
  };
}

export function incident(id: string, documents: string[], main = false): Incident {
  return { id, label: id, date: null, place: null, aliases: [], documents, main };
}

export function analysis(incidents: Incident[], claims: Claim[], estimates: Estimate[] = []): Analysis {
  return { triangulate: 1, documents: [], incidents, claims, conflicts: [], estimates, timeline: [] };
}

export function estimate(fields: Partial<Estimate> & Pick<Estimate, 'incident' | 'outcome'>): Estimate {
  return { group: 'all', low: null, best: null, high: null, claims: [], independentSources: 1, ...fields };
}
