// The whole result of `analyze` (SPEC.md JSON), shared by the CLI, the store, the API and the web app.
import type { Claim } from './claim.js';
import type { DocumentRecord } from './document.js';
import type { ConflictKind, EstimateGroup, Group, Outcome } from './vocabulary.js';

export interface Incident {
  readonly id: string;
  readonly label: string;
  /** YYYY-MM-DD, or YYYY-MM / YYYY when only that is known; null when unknown. */
  readonly date: string | null;
  readonly place: string | null;
  readonly aliases: readonly string[];
  readonly documents: readonly string[];
  /** True for the incident the documents are mainly about (vs older incidents they recall). */
  readonly main: boolean;
  /**
   * Set on a round-up or a statistic a report cites (`more than 3,000 people have been shot this year`,
   * `thousands abducted over the years`): its figures are context, kept out of every other incident's estimates.
   * The text says why: the sentence's words that gather events or a span of time.
   */
  readonly background?: string;
}

export interface Conflict {
  readonly id: string;
  readonly incident: string;
  readonly outcome: Outcome;
  readonly group: EstimateGroup;
  readonly kind: ConflictKind;
  readonly claims: readonly string[];
  readonly summary: string;
  /**
   * Statements without a count that the conflict rests on ("all hostages were rescued"), with their
   * evidence. They bound figures but are not figures, so they are not in `claims` of the analysis.
   */
  readonly statements?: readonly Claim[];
}

export interface Estimate {
  readonly incident: string;
  readonly outcome: Outcome;
  readonly group: EstimateGroup;
  readonly low: number | null;
  readonly best: number | null;
  readonly high: number | null;
  readonly claims: readonly string[];
  readonly independentSources: number;
}

/** One statement in time: a claimant saying one or more figures on a date. */
export interface TimelineEntry {
  readonly incident: string;
  readonly date: string | null;
  readonly claimant: { readonly id: string; readonly name: string; readonly kind: string };
  readonly claims: readonly string[];
  readonly summary: string;
}

export interface Analysis {
  readonly triangulate: 1;
  readonly documents: readonly DocumentRecord[];
  readonly incidents: readonly Incident[];
  readonly claims: readonly Claim[];
  readonly conflicts: readonly Conflict[];
  readonly estimates: readonly Estimate[];
  readonly timeline: readonly TimelineEntry[];
}

export type { Group };
