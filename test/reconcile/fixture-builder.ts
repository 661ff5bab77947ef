// Hand-made extractions for reconciliation tests: a document is the sentences of its claims, so every
// offset is real, and a claim is written as one line of what matters to reconciliation.
import type { Claim, ClaimValue } from '../../src/model/claim.js';
import type { DocumentExtraction, LocalIncident } from '../../src/model/extraction.js';
import type { ClaimantKind, Group, Outcome, Qualifier } from '../../src/model/vocabulary.js';

export interface ClaimSpec {
  readonly incident: string | null;
  readonly outcome: Outcome;
  readonly group: Group;
  readonly text: string;
  readonly low: number | null;
  readonly high?: number | null;
  readonly qualifier?: Qualifier;
  readonly claimant: [id: string, name: string, kind: ClaimantKind];
  readonly sentence: string;
  readonly stated?: string | null;
  readonly hedged?: boolean;
}

export interface DocSpec {
  readonly id: string;
  readonly published: string | null;
  readonly incidents: readonly Partial<LocalIncident>[];
  readonly claims: readonly ClaimSpec[];
}

export function incident(key: string, label: string, more: Partial<LocalIncident> = {}): LocalIncident {
  return { key, label, date: null, place: null, aliases: [], main: false, ...more };
}

export function buildExtraction(spec: DocSpec): DocumentExtraction {
  let text = '';
  const claims: Claim[] = spec.claims.map((c, i) => {
    const start = text.length;
    text += c.sentence + ' ';
    const at = c.sentence.indexOf(c.text);
    if (at < 0) throw new Error(`fixture: "${c.text}" not in "${c.sentence}"`);
    const value: ClaimValue = {
      low: c.low,
      high:
        c.high === undefined
          ? c.qualifier && c.qualifier !== 'exact' && c.qualifier !== 'approx'
            ? null
            : c.low
          : c.high,
      qualifier: c.qualifier ?? 'exact',
      text: c.text,
    };
    return {
      id: `${spec.id}#${i}`,
      document: spec.id,
      incident: c.incident,
      outcome: c.outcome,
      group: c.group,
      value,
      claimant: { id: c.claimant[0], name: c.claimant[1], kind: c.claimant[2] },
      stated: c.stated ?? null,
      hedged: c.hedged ?? false,
      evidence: {
        start,
        end: start + c.sentence.length,
        text: c.sentence,
        numberStart: start + at,
        numberEnd: start + at + c.text.length,
      },
      provenance: {
        claimant: 'stated',
        claimantText: c.claimant[1],
        outcome: 'stated',
        group: 'stated',
        trace: ['fixture'],
      },
    };
  });
  return {
    document: {
      id: spec.id,
      source: `${spec.id}.txt`,
      title: null,
      url: null,
      outlet: null,
      published: spec.published,
      publishedInferred: false,
      text,
    },
    claims,
    incidents: spec.incidents.map((i) => incident(i.key ?? 'x', i.label ?? 'x', i)),
    claimants: [],
  };
}
