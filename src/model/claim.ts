// A claim: one attributed figure, with its evidence and the trail of stages that made it.
import type { ClaimantKind, Group, Outcome, Qualifier } from './vocabulary.js';

export interface ClaimValue {
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: Qualifier;
  /** The number expression exactly as written (`over 200`, `all 33`, `70 to 80`). */
  readonly text: string;
}

export interface Claimant {
  /** Stable slug, the same for one source everywhere (`pakistan-military`, `bla`, `reuters`, `author`). */
  readonly id: string;
  /** A readable name (the most informative mention). */
  readonly name: string;
  readonly kind: ClaimantKind;
}

export interface Evidence {
  /** Sentence span in the document text (JavaScript string indices). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Span of the number expression; `text.slice(numberStart, numberEnd) === value.text` over the document. */
  readonly numberStart: number;
  readonly numberEnd: number;
}

/** How each field came to be: stated by the text or inferred by a stage. */
export interface ClaimProvenance {
  /** `stated`: an attribution frame in the sentence; `inferred`: carried over or defaulted. */
  readonly claimant: 'stated' | 'inferred';
  /** Words that name the claimant in the text, when stated or carried. */
  readonly claimantText: string | null;
  /** Where the claimant is named and the cue that attributes (`said`, `according to`), as document offsets. */
  readonly claimantSpan?: { readonly start: number; readonly end: number } | null;
  readonly cue?: { readonly start: number; readonly end: number; readonly text: string } | null;
  readonly outcome: 'stated' | 'inferred';
  readonly group: 'stated' | 'inferred';
  /**
   * A finer kind of people than `group` (`crew`, `pilgrims`, `miners`, `journalists` …; docs/extraction.md lists them
   * with the SPEC group each maps to). Absent when the counted noun names none.
   */
  readonly subgroup?: string;
  /** A single person named rather than counted (`a man`, `the victim`, `he`, `Jon Boring, 51,`): a part of a toll. */
  readonly individual?: boolean;
  /**
   * The count is of people beyond those the report already counted (`no one else was hurt`, `another dozen were
   * rescued`): a zero here denies more harm, not the harm already told. Absent when false.
   */
  readonly beyond?: boolean;
  /** Id of a wounded claim whose count includes this count of dead (`five shot, one fatally`). */
  readonly partOf?: string | null;
  /** On a count of people hit (`two were shot`): how many of them the same report says died elsewhere. */
  readonly deadAmong?: number | null;
  /** Claims of one coordination (`two women and one man were killed`) share this key: different people. */
  readonly coordination?: string | null;
  /**
   * MM-DD the text gives for the statement when the report has no date of its own (`on March 13`); reconciliation
   * completes `stated` with the year of the incident and sets `statedYear: 'incident'`.
   */
  readonly statedDay?: string | null;
  readonly statedYear?: 'incident';
  /** Stage names that made or changed this claim, in order, each with a short reason. */
  readonly trace: readonly string[];
}

export interface Claim {
  readonly id: string;
  readonly document: string;
  readonly incident: string | null;
  readonly outcome: Outcome;
  readonly group: Group;
  readonly value: ClaimValue;
  readonly claimant: Claimant;
  /** YYYY-MM-DD when the text tells when the claimant said it. */
  readonly stated: string | null;
  /** "may", "reportedly", conditional threats, "if verified" … */
  readonly hedged: boolean;
  readonly evidence: Evidence;
  readonly provenance: ClaimProvenance;
}
