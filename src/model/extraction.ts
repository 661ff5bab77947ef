// What extraction yields for one document, before reconciliation merges documents.
import type { Claim } from './claim.js';
import type { SourceDocument } from './document.js';

/** An incident as one document sees it; `key` is local to the document (claims carry it in `incident`). */
export interface LocalIncident {
  readonly key: string;
  readonly label: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, or null. */
  readonly date: string | null;
  readonly place: string | null;
  /** Names the text uses for it (`Jaffar Express`, `Operation Herof`, `Pearl Continental Hotel`). */
  readonly aliases: readonly string[];
  /** The incident the document is mainly about. */
  readonly main: boolean;
}

/** A name the document ties to a claimant id (learned from appositions, titles, the gazetteer). */
export interface ClaimantMention {
  readonly id: string;
  readonly name: string;
  readonly kind: Claim['claimant']['kind'];
  readonly text: string;
  readonly start: number;
}

export interface DocumentExtraction {
  readonly document: SourceDocument;
  /** Claims whose `incident` is a `LocalIncident.key` of this document (or null for background figures). */
  readonly claims: readonly Claim[];
  readonly incidents: readonly LocalIncident[];
  readonly claimants: readonly ClaimantMention[];
}
