// The store's contract, shared by the CLI (`ingest`, `export`) and the server. PGlite and PostgreSQL both implement it.
import type { Analysis, Conflict, Estimate, Incident, TimelineEntry } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import type { DocumentRecord, SourceDocument } from '../model/document.js';
import type { IncidentFilter } from './view-filters.js';

export type { IncidentFilter } from './view-filters.js';

export interface IngestReport {
  /** Documents stored for the first time (or as a new version of a changed text). */
  readonly added: readonly DocumentRecord[];
  /** Documents whose normalised text was already stored: a no-op. */
  readonly unchanged: readonly { readonly id: string; readonly source: string }[];
  /** Documents not looked at because the ingest was stopped (`signal`); for a stream, only the one in hand. */
  readonly skipped?: number;
  /** Set when the documents were stored but the view could not be refreshed: reads serve the last good one. */
  readonly stale?: string;
  /** The ingest was stopped (`signal`) before its input ended; a stream's rest was not read. */
  readonly stopped?: boolean;
  /** Documents extraction could not handle; the others were stored. */
  readonly failed: readonly { readonly id: string; readonly source: string; readonly message: string }[];
  /** One entry per document looked at, in input order: what became of it and under which id. */
  readonly results: readonly IngestResult[];
  /** With `followUp`: for each document added, the incident it is in now and why (src/store/follow-ups.ts). */
  readonly followUps?: readonly FollowUpAnswer[];
}

export interface IngestResult {
  readonly kind: 'added' | 'unchanged' | 'failed';
  /** The id it is stored under (for `unchanged`, the id of the text already stored). */
  readonly id: string;
  readonly source: string;
  /** The id the document asked for: differs from `id` when another document already had it. */
  readonly requested: string;
  /** For `added`: the id of the older version of the same source it replaced, else null. */
  readonly replaced: string | null;
  /** For `failed`: why. */
  readonly message?: string;
}

/** For a report posted as a follow-up: the incident it is in now and why (src/store/follow-ups.ts). */
export interface FollowUpAnswer {
  readonly document: string;
  /** The incident its main event is in now (stable id); null when the report tells of no event. */
  readonly incident: string | null;
  /** The incident it was posted from (an alias resolved), null without one. */
  readonly hinted: string | null;
  /** With a hint: whether it joined the hinted incident. Without: whether it joined an incident of other reports. */
  readonly joined: boolean;
  /** The linking score of the best pair (log-odds, with the hint's prior when it counted), null when none. */
  readonly score: number | null;
  /** The evidence, in words. */
  readonly why: readonly string[];
}

export interface IncidentSummary extends Incident {
  readonly documentCount: number;
  readonly claimCount: number;
  readonly conflictCount: number;
}

/** A document as the incident page lists it: its record and a headline (its title, or its lead when untitled). */
export interface DocumentSummary extends DocumentRecord {
  readonly headline: string;
}

export interface IncidentView {
  readonly incident: Incident;
  readonly documents: readonly DocumentSummary[];
  readonly claims: readonly Claim[];
  readonly conflicts: readonly Conflict[];
  readonly estimates: readonly Estimate[];
  readonly timeline: readonly TimelineEntry[];
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque keyset cursor for the next page (stays valid when other rows change), or null at the end. */
  readonly next: string | null;
}

export interface ClaimFilter {
  readonly incident?: string;
  readonly outcome?: string;
  readonly group?: string;
  /** A claimant id, or a name: "ISPR", "Pakistan military (ISPR)", an alias the gazetteer knows. */
  readonly claimant?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

export interface DocumentFilter {
  /** Published on or after this date (YYYY-MM-DD). */
  readonly from?: string;
  /** Published on or before this date (YYYY-MM-DD). */
  readonly to?: string;
  /** Documents of an incident whose place contains these words (case-insensitive). */
  readonly place?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

export interface StoredDocument {
  readonly document: DocumentSummary & { readonly text: string };
  readonly claims: readonly Claim[];
}

export interface Store {
  /** Adds documents (deduplicated by the hash of their normalised text) and re-reconciles what they touch. */
  ingest(
    /** An array, or a stream: each document is stored as it arrives, so memory does not grow with the input. */
    documents: readonly SourceDocument[] | AsyncIterable<SourceDocument>,
    options?: {
      /** `total` is the array's length, or for a stream the documents seen so far. */
      readonly onProgress?: (done: number, total: number) => void;
      /** Called as each document is committed (or found already stored, or failed). */
      readonly onDocument?: (result: IngestResult) => void;
      /** Reference date (YYYY-MM-DD) for documents that carry none, as `analyze --published`. */
      readonly published?: string | null;
      /** Stops before the next document; what was committed stays, and the view is brought up to date. */
      readonly signal?: AbortSignal;
      /** False leaves the view stale (reads refresh it, or a queued refresh job does): workers batch refreshes. */
      readonly refresh?: boolean;
      /**
       * With `refresh` on, the view is also brought up to date after every this many added documents (default
       * `REFRESH_EVERY`), so a long ingest never reconciles its whole batch at once: its memory is bounded by a part.
       */
      readonly refreshEvery?: number;
      /**
       * An array stored in one transaction with one multi-row insert (a worker's chunk; src/store/ingest-chunk.ts),
       * with the same ids and outcomes as one by one; `onDocument` is called once it is committed, `signal` is not
       * looked at. Ignored for a stream.
       */
      readonly together?: boolean;
      /**
       * Whether a changed text from the same source and id replaces the stored one (true, the default: a file
       * edited on disk). False keeps both, the newcomer under a `-2` id: uploads named alike are different reports.
       */
      readonly replace?: boolean;
      /**
       * Posted from an incident's page (`incident`, a stable id or alias), or to be told where it went (`incident`
       * null): each added document joins that incident unless the evidence says it is another event, and the report
       * says which incident it is in and why (`followUps`). Decided at the refresh, so not with `refresh: false`.
       */
      readonly followUp?: { readonly incident: string | null };
    },
  ): Promise<IngestReport>;
  /**
   * Brings the derived view up to date with the stored documents now rather than at the next read: incrementally,
   * the incidents that changed reports touch (src/store/incremental-view.ts); with `full`, every report reconciled
   * again (what `check` does, without its row scan).
   */
  refresh(options?: { readonly full?: boolean }): Promise<void>;
  /** The whole stored view, exactly as `analyze` would print it over the same documents. */
  /** Extracts every stored document again (after an upgrade of the pipeline); resolves to how many. */
  reextract(): Promise<number>;
  analysis(filter?: { readonly incident?: string; readonly query?: string }): Promise<Analysis>;
  incidents(
    options?: IncidentFilter & {
      readonly limit?: number;
      readonly cursor?: string | null;
    },
  ): Promise<Page<IncidentSummary>>;
  incident(id: string): Promise<IncidentView | null>;
  /**
   * What an incident id names now (docs/linking.md, identity): the id itself while the incident lives, the
   * surviving incident's id once it was merged into another (the old id is its alias); null for an id never given
   * or whose reports were all deleted.
   */
  resolveIncident(id: string): Promise<string | null>;
  /**
   * The same view as `incident`, as the UTF-8 JSON the API sends, made by the database from the stored rows. Bytes,
   * not a string (a Buffer in Node): a cached answer is sent as it is, never encoded again (a 160 KB string costs a server 12× the
   * requests per second of the same bytes in a Buffer, docs/scale.md).
   */
  incidentJson(id: string): Promise<Uint8Array | null>;
  /** Current documents, newest publication first, a keyset page at a time. */
  documents(filter?: DocumentFilter): Promise<Page<DocumentRecord>>;
  claims(filter?: ClaimFilter): Promise<Page<Claim>>;
  document(id: string): Promise<StoredDocument | null>;
  /**
   * Removes documents (every stored version of each id) and re-reconciles what they touched. Ids not in the store
   * are listed as missing; nothing else changes.
   */
  delete(ids: readonly string[]): Promise<DeleteReport>;
  /** Verifies the derived tables against the stored reports, rebuilding whatever differs. */
  check(): Promise<CheckReport>;
  /**
   * Why reads serve the last good view instead of a fresh one (a refresh failed; an ingest runs, here or in another
   * process; another process is refreshing), or null when it is fresh.
   */
  staleness(): Promise<string | null>;
  /**
   * A version of what reads return: the same string while neither the documents nor the view change (every write,
   * refresh and repair moves it), null while the view is behind the documents. One indexed row, for caches.
   */
  viewVersion(): Promise<string | null>;
  close(): Promise<void>;
}

export interface DeleteReport {
  readonly deleted: readonly string[];
  readonly missing: readonly string[];
}

export interface CheckReport {
  readonly documents: number;
  /** Derived rows whose content no longer matched their own fingerprint (changed behind the store). */
  readonly damaged: number;
  /** Derived rows written or removed because they differed from what the stored reports give. */
  readonly repaired: number;
}
