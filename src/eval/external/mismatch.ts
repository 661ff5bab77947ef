// Shared pieces of the error records: what kind of miss, and the claims the system made, in a readable form.
import type { Analysis } from '../../model/analysis.js';
import type { SourceDocument } from '../../model/document.js';
import type { CountPair } from './count-metrics.js';
import { pickMainIncident } from './incident-totals.js';
import { sentenceAt } from './text-snippets.js';

/** missed: said nothing (0) where gold > 0; spurious: a figure where gold is 0; over / under: both non-zero. */
export type MismatchKind = 'missed' | 'spurious' | 'over' | 'under';

export function mismatchKind(gold: number, predicted: number): MismatchKind {
  if (predicted === 0) return 'missed';
  if (gold === 0) return 'spurious';
  return predicted > gold ? 'over' : 'under';
}

export function countMismatches(pairs: readonly CountPair[]): Record<MismatchKind, number> {
  const out: Record<MismatchKind, number> = { missed: 0, spurious: 0, over: 0, under: 0 };
  for (const p of pairs) if (p.predicted !== p.gold) out[mismatchKind(p.gold, p.predicted)]++;
  return out;
}

export interface ClaimSummary {
  readonly doc: string;
  /** Whether the claim belongs to the incident the scorer took as the main one. */
  readonly main: boolean;
  readonly outcome: string;
  readonly group: string;
  readonly value: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly claimant: string;
  readonly sentence: string;
}

/** Every claim of the analysis (up to `max`), main incident first, each with its sentence. */
export function describeClaims(
  analysis: Analysis,
  documents: readonly SourceDocument[],
  max = 15,
): ClaimSummary[] {
  const main = pickMainIncident(analysis);
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  const rows = analysis.claims.map((c) => ({
    doc: c.document,
    main: main !== null && c.incident === main.id,
    outcome: c.outcome,
    group: c.group,
    value: c.value.text,
    low: c.value.low,
    high: c.value.high,
    claimant: `${c.claimant.name} (${c.claimant.kind})`,
    sentence: sentenceAt(
      texts.get(c.document) ?? c.evidence.text,
      c.evidence.numberStart,
      c.evidence.numberEnd,
    ),
  }));
  return [...rows.filter((r) => r.main), ...rows.filter((r) => !r.main)].slice(0, max);
}
