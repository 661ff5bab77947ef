// The tables as Kysely sees them: snake_case columns, exactly as the migrations create them.
// Derived tables keep the reconciled object verbatim in `body` (a `json` column keeps key order),
// so the stored view prints byte-for-byte like `analyze`; the other columns exist to filter and search.
import type { ColumnType, Generated } from 'kysely';

/** A column the database fills (generated tsvector): never written, rarely read. */
type Search = ColumnType<string, never, never>;

export interface DocumentsTable {
  hash: string;
  seq: Generated<number>;
  id: string;
  /** The id the reader gave, before `-2` suffixes made it unique; with `source`, what a new version replaces. */
  base_id: string;
  source: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  published_inferred: boolean;
  chars: number;
  text: string;
  /** The document's extraction without the document itself: `{ claims, incidents, claimants }`. */
  extraction: string;
  /** The date the document carries or states itself (or `--published`); null when it has none. */
  stated_published: string | null;
  /** The batch date the stored extraction used, for a document without a date of its own. */
  extracted_with: string | null;
  superseded_by: string | null;
  /** The store's `extraction_epoch` when this extraction was made. */
  extraction_epoch: Generated<number>;
  ingested_at: Generated<Date>;
  /** A follow-up posted from an incident's page: the decision taken on it (src/store/follow-ups.ts), else null. */
  follow_up: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Columns every derived table shares: a unique key, the order in the reconciled view, and a change detector. */
interface DerivedColumns {
  key: string;
  /** A sort key made from the row alone (src/reconcile/sort-keys.ts), ordered with the "C" collation. */
  position: string;
  fingerprint: string;
  body: string;
}

export interface IncidentsTable extends DerivedColumns {
  id: string;
  search_text: string;
  search: Search;
  /** Generated from the body: the keyset order and the place filter. */
  date: ColumnType<string | null, never, never>;
  place: ColumnType<string | null, never, never>;
}

export interface ClaimsTable extends DerivedColumns {
  id: string;
  document: string;
  incident: string | null;
  outcome: string;
  group_name: string;
  claimant_id: string;
  claimant_kind: string;
  /** The wording an unknown claimant was placed by (`claimantTextKey`): which claims a new wording can move. */
  claimant_text: string | null;
  sentence: string;
  search: Search;
}

export interface IncidentScopedTable extends DerivedColumns {
  incident: string;
}

export interface StoreStateTable {
  id: number;
  /** Bumped by every committed document; the view is fresh when `view_generation` has caught up. */
  generation: number;
  view_generation: number;
  /** Moved by `reextract`: every document extracted in an earlier epoch is extracted again. */
  extraction_epoch: Generated<number>;
  /** The link and claimant tables hold the whole view: a refresh may be incremental. */
  linked: Generated<boolean>;
}

export interface IngestBatchesTable {
  id: string;
  /** Null while the batch is still being enqueued. */
  total: number | null;
  created_at: Generated<Date>;
}

export interface IngestChunksTable {
  batch: string;
  chunk: number;
  job: string;
  size: number;
  done: Generated<number>;
  added: Generated<number>;
  unchanged: Generated<number>;
  failed: Generated<number>;
  finished: Generated<boolean>;
}

/** Every incident id the store ever gave (src/store/incident-identity.ts). */
export interface IncidentIdsTable {
  id: string;
  /** Creation order: on a merge the smaller (older) id stays. */
  seq: Generated<number>;
  /** Set once merged into another incident: this id is its alias. */
  alias_of: ColumnType<string | null, string | null | undefined, string | null>;
  /** Set when the incident was made by leaving this one (a split). */
  split_from: string | null;
  /** No member left (its reports were deleted); never given again. */
  retired: Generated<boolean>;
  created_at: Generated<Date>;
}

/** Which incident each local incident (a report's main event or one it recalls) is in. */
export interface IncidentMembersTable {
  document: string;
  local_key: string;
  incident: string;
}

/** The reports the view was made from: what a refresh compares the documents with. */
export interface ViewDocumentsTable {
  hash: string;
  id: string;
}

/** Each local incident's blocking keys (`blockingKeys`), with its days and whether it is its report's main event. */
export interface LinkKeysTable {
  member: string;
  document: string;
  key: string;
  lo: number | null;
  hi: number | null;
  main: boolean;
  /** Its report's publication day (`publishedDay`), or null. */
  told_on: number | null;
}

/** Pairs of local incidents scored at or above the linking threshold, and follow-ups' anchors (a < b). */
export interface LinkEdgesTable {
  a: string;
  b: string;
  score: number;
}

/** What each report tells of its claimants (`claimantNotes`), and their sums over the view's reports. */
export interface ClaimantNotesTable {
  document: string;
  what: string;
  id: string;
  value: string;
  count: number;
  first: number;
}

export interface ClaimantTallyTable {
  what: string;
  id: string;
  value: string;
  count: number;
  first: number;
}

/** Reports whose row was added, replaced or removed since the view was made (a trigger on documents writes them). */
export interface DocumentChangesTable {
  n: Generated<string>;
  hash: string;
}

export interface StoreDatabase {
  view_documents: ViewDocumentsTable;
  document_changes: DocumentChangesTable;
  link_keys: LinkKeysTable;
  link_edges: LinkEdgesTable;
  /** Every scored pair of local incidents (a < b), weak ones too. */
  link_scores: LinkEdgesTable;
  claimant_notes: ClaimantNotesTable;
  claimant_tally: ClaimantTallyTable;
  incident_ids: IncidentIdsTable;
  incident_members: IncidentMembersTable;
  ingest_batches: IngestBatchesTable;
  ingest_chunks: IngestChunksTable;
  documents: DocumentsTable;
  incidents: IncidentsTable;
  claims: ClaimsTable;
  conflicts: IncidentScopedTable;
  estimates: IncidentScopedTable;
  timeline: IncidentScopedTable;
  store_state: StoreStateTable;
}

export type DerivedTable = 'incidents' | 'claims' | 'conflicts' | 'estimates' | 'timeline';
export const DERIVED_TABLES: readonly DerivedTable[] = [
  'incidents',
  'claims',
  'conflicts',
  'estimates',
  'timeline',
];
