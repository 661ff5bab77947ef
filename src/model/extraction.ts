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
  /**
   * Character ranges of the sentences the document tells of this incident in (merged, in order): the words
   * linking compares across documents. Absent in extractions stored before linking read them.
   */
  readonly spans?: readonly (readonly [number, number])[];
  /**
   * `background`: a sentence that gathers many events (a city's round-up, a statistic over years): its figures
   * are context and never join or vote in any incident's estimates. Absent means `main` or `recalled`.
   */
  readonly background?: boolean;
  /** For a background incident: the words that make it a round-up or statistic (`this year`, `over the years`). */
  readonly backgroundWhy?: string;
}

const UNNAMED = /^(?:Main|Earlier) incident\b/;

/** The label of an incident the text gives no name: what it is to the document, its date and its place. */
export function unnamedLabel(main: boolean, date: string | null, place: string | null): string {
  return `${main ? 'Main incident' : 'Earlier incident'}${date ? ` of ${date}` : ''}${place ? ` in ${place}` : ''}`;
}

/** A label `unnamedLabel` made up is no name to match incidents on: any two unnamed events would look alike. */
export function isUnnamedLabel(label: string): boolean {
  return UNNAMED.test(label);
}

/** A name the document ties to a claimant id (learned from appositions, titles, the gazetteer). */
export interface ClaimantMention {
  readonly id: string;
  readonly name: string;
  readonly kind: Claim['claimant']['kind'];
  readonly text: string;
  readonly start: number;
}

/** The language a report is written in (ISO 639-1 code, `und` when the text has no letters). */
export interface DocumentLanguage {
  readonly code: string;
  readonly name: string;
  /** False: the extraction has no vocabulary for it, so no figures were read (never a silent zero). */
  readonly read: boolean;
  /** The detector's own confidence; an unsure guess over Latin letters is read as English. */
  readonly reliable: boolean;
}

/** Whether a report tells of people harmed, held or endangered in an event, and the evidence for the decision. */
export interface ReportAbout {
  readonly harm: boolean;
  /** `harm`, `no harm` or `not read`. */
  readonly decision: 'harm' | 'no harm' | 'not read';
  readonly reasons: readonly string[];
}

export interface DocumentAssessment {
  readonly language: DocumentLanguage;
  readonly about: ReportAbout;
}

export interface DocumentExtraction {
  readonly document: SourceDocument;
  /** The report-level decision (language, about harm); absent in extractions stored before it existed. */
  readonly assessment?: DocumentAssessment;
  /** Claims whose `incident` is a `LocalIncident.key` of this document (or null for background figures). */
  readonly claims: readonly Claim[];
  readonly incidents: readonly LocalIncident[];
  readonly claimants: readonly ClaimantMention[];
}
