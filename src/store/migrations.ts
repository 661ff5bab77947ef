// Versioned schema migrations, run on every open (Kysely's migrator locks, so concurrent openers are safe).
// Append new migrations; never edit one that has shipped.
import { Migrator, sql, type Kysely, type Migration } from 'kysely';

const SEARCH = (column: string) =>
  `search tsvector generated always as (to_tsvector('english', ${column})) stored`;

const DERIVED = `key text primary key, position integer not null, fingerprint text not null, body json not null`;

const V1: readonly string[] = [
  `create table documents (
     hash text primary key,
     seq integer generated always as identity unique,
     id text not null,
     base_id text not null,
     source text not null,
     title text, url text, outlet text, published text,
     published_inferred boolean not null,
     chars integer not null,
     text text not null,
     extraction json not null,
     superseded_by text,
     ingested_at timestamptz not null default now(),
     ${SEARCH(`coalesce(title, '') || ' ' || text`)})`,
  `create unique index documents_current_id on documents (id) where superseded_by is null`,
  `create index documents_version on documents (source, base_id) where superseded_by is null`,
  `create index documents_search on documents using gin (search)`,
  `create table incidents (${DERIVED}, id text not null, search_text text not null, ${SEARCH('search_text')})`,
  `create index incidents_id on incidents (id)`,
  `create index incidents_search on incidents using gin (search)`,
  `create table claims (${DERIVED}, id text not null, document text not null, incident text,
     outcome text not null, group_name text not null, claimant_id text not null, claimant_kind text not null,
     sentence text not null, ${SEARCH('sentence')})`,
  `create index claims_incident on claims (incident, position)`,
  `create index claims_document on claims (document, position)`,
  `create index claims_claimant on claims (claimant_id)`,
  `create index claims_search on claims using gin (search)`,
  ...['conflicts', 'estimates', 'timeline'].flatMap((t) => [
    `create table ${t} (${DERIVED}, incident text not null)`,
    `create index ${t}_incident on ${t} (incident, position)`,
  ]),
  `create table store_state (id integer primary key check (id = 1), generation integer not null, view_generation integer not null)`,
  `insert into store_state values (1, 0, 0)`,
];

function statements(list: readonly string[]): Migration {
  return {
    async up(db) {
      // One statement per call: PGlite's extended protocol refuses several in one query.
      for (const s of list) await sql.raw(s).execute(db);
    },
  };
}

/** A document's own publication date, and the batch date its extraction used when it has none. */
const V2: readonly string[] = [
  `alter table documents add column stated_published text`,
  `alter table documents add column extracted_with text`,
  `update documents set stated_published = published where not published_inferred`,
];

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': statements(V1),
  '0002-publication-dates': statements(V2),
  '0003-latest-date-index': statements([
    // The batch date is read on every ingest: an index keeps it from scanning every document.
    `create index documents_stated_published on documents ((stated_published collate "C")) where superseded_by is null`,
  ]),
  // `reextract` moves the store's epoch; documents extracted in an older one are extracted again.
  '0004-extraction-epoch': statements([
    `alter table store_state add column extraction_epoch integer not null default 0`,
    `alter table documents add column extraction_epoch integer not null default 0`,
  ]),
  // Queued ingests (PostgreSQL with workers): one row per chunk job, overwritten by a retry, so a job killed and
  // run again counts each document once.
  '0005-ingest-jobs': statements([
    `create table ingest_batches (id text primary key, total integer, created_at timestamptz not null default now())`,
    `create table ingest_chunks (batch text not null references ingest_batches on delete cascade, chunk integer not null,
       job text not null, size integer not null, done integer not null default 0, added integer not null default 0,
       unchanged integer not null default 0, failed integer not null default 0, finished boolean not null default false,
       primary key (batch, chunk))`,
  ]),
  // Keyset pages need an order that does not move when other rows change: incidents newest first by their date
  // then key, claims by key, documents newest first by publication date then sequence.
  '0006-read-keysets': statements([
    `alter table incidents add column date text generated always as (body->>'date') stored`,
    `alter table incidents add column place text generated always as (body->>'place') stored`,
    `create index incidents_keyset on incidents ((coalesce(date, '') collate "C") desc, (key collate "C"))`,
    `create index claims_keyset on claims ((key collate "C"))`,
    `create index documents_keyset on documents ((coalesce(published, '') collate "C") desc, seq desc) where superseded_by is null`,
  ]),
  // Stable incident ids (src/store/incident-identity.ts): every id ever given, with its age, what it was merged into
  // (an alias that still resolves) or split from; each local incident's (document, local key) incident; and the
  // incident a follow-up was posted to. The generation moves so the first refresh records the current incidents.
  '0007-incident-identity': statements([
    `create table incident_ids (id text primary key, seq integer generated always as identity unique,
       alias_of text, split_from text, retired boolean not null default false,
       created_at timestamptz not null default now())`,
    `create index incident_ids_alias on incident_ids (alias_of) where alias_of is not null`,
    `create table incident_members (document text not null, local_key text not null, incident text not null,
       primary key (document, local_key))`,
    `create index incident_members_incident on incident_members (incident)`,
    `alter table documents add column follow_up json`,
    `update store_state set generation = generation + 1`,
  ]),
  // Incremental refresh (src/store/incremental-view.ts). Row positions become sort keys computed from each row
  // alone (src/reconcile/sort-keys.ts), so rewriting some incidents moves no other row; the linking's blocking keys
  // and strong pairs, the reports the view was made from and the claimants' sums are kept, so a new report is
  // linked and reconciled with the incidents it can touch only. `linked` is false until a full refresh fills them.
  '0008-incremental-view': statements([
    ...['incidents', 'claims', 'conflicts', 'estimates', 'timeline'].map(
      (t) =>
        `alter table ${t} alter column position type text collate "C" using lpad(position::text, 14, '0')`,
    ),
    `alter table claims add column claimant_text text`,
    `create index claims_claimant_text on claims (claimant_text) where claimant_text is not null`,
    `create table view_documents (hash text primary key, id text not null)`,
    `create table link_keys (member text not null, document text not null, key text collate "C" not null,
       lo integer, hi integer, main boolean not null)`,
    `create index link_keys_key on link_keys (key)`,
    `create index link_keys_document on link_keys (document)`,
    `create table link_edges (a text not null, b text not null, score double precision not null, primary key (a, b))`,
    `create index link_edges_b on link_edges (b)`,
    `create table claimant_notes (document text not null, what text not null, id text not null, value text not null,
       count integer not null, first double precision not null)`,
    `create index claimant_notes_document on claimant_notes (document)`,
    `create index claimant_notes_value on claimant_notes (what, id, value)`,
    `create table claimant_tally (what text not null, id text not null, value text not null, count integer not null,
       first double precision not null, primary key (what, id, value))`,
    `create index claimant_tally_text on claimant_tally (value) where what = 't'`,
    `alter table store_state add column linked boolean not null default false`,
    `update store_state set generation = generation + 1`,
  ]),
  // Blocking keys bounded in time, and pairs of rare words as keys (docs/linking.md, "Blocking keys"): the
  // `link_keys` rows an older linking stored lack the new keys, so a new report would miss candidates. The link
  // state is marked stale and the generation moves, so the first refresh after opening is a full one, which keys
  // every report again (`saveLinkState`). A later change of the blocking keys adds a migration like this one.
  // Keys that reach within a window are looked up by key and first day (`candidateDocuments`).
  '0009-link-keys-in-time': statements([
    `create index link_keys_key_lo on link_keys (key, lo)`,
    `update store_state set linked = false, generation = generation + 1`,
  ]),
  // Nothing searches documents (search reads incidents and claims), and the column cost every insert a
  // to_tsvector over the whole text: 3-6 s of PGlite, on the server's thread, for a 4 MB report.
  '0010-documents-unsearched': statements([
    `drop index if exists documents_search`,
    `alter table documents drop column if exists search`,
  ]),
  // Every scored pair with its score, weak ones too (`link_edges` keeps the strong ones, the graph a region grows
  // by): a refresh links the stored incidents across its region's edge from them, without reading their reports
  // (`linkScored`). An older store has none, so the first refresh after opening is a full one, which scores every
  // pair again (`saveLinkState`).
  '0011-link-scores': statements([
    `create table if not exists link_scores (a text not null, b text not null, score double precision not null,
       primary key (a, b))`,
    `create index if not exists link_scores_b on link_scores (b)`,
    // A report's nodes (their empty key), read by report when the settling test links from the scores.
    `create index if not exists link_keys_node on link_keys (document) where key = ''`,
    `update store_state set linked = false, generation = generation + 1`,
  ]),
  // Main events joined in the clustering's second pass only at `LINK.mainsJoin` (docs/linking.md, "Clustering"):
  // the stored incidents were linked without it, and a refresh that links a region takes the incidents outside it
  // as final, so the first refresh after opening is a full one. The stored pair scores do not change.
  '0012-mains-join': statements([`update store_state set linked = false, generation = generation + 1`]),
  // A claimant's names of its largest count, found without reading all its names (src/store/claimant-facts.ts).
  '0013-claimant-tally-count': statements([
    `create index if not exists claimant_tally_count on claimant_tally (what, id, count)`,
  ]),
  // The reports a refresh must look at, logged as their rows change, so a refresh does not compare every report with
  // the view to find them (two scans of the whole store per refresh: 42 + 9 ms at 10,000 reports on PostgreSQL).
  // Every write to documents is logged by the trigger, whatever statement makes it; the log starts with what the
  // view lacks now. A full refresh empties it (`saveLinkState`), an incremental one removes what it read.
  '0014-document-changes': statements([
    `create table if not exists document_changes (n bigserial primary key, hash text not null)`,
    `create or replace function triangulate_document_changed() returns trigger language plpgsql as $$
       begin
         if tg_op = 'DELETE' then
           insert into document_changes (hash) values (old.hash);
           return old;
         end if;
         insert into document_changes (hash) values (new.hash);
         return new;
       end $$`,
    `drop trigger if exists documents_changed on documents`,
    `create trigger documents_changed after insert or delete or update of superseded_by on documents
       for each row execute function triangulate_document_changed()`,
    `insert into document_changes (hash)
       select hash from documents d where superseded_by is null
         and not exists (select 1 from view_documents v where v.hash = d.hash)
       union all
       select hash from view_documents v
         where not exists (select 1 from documents d where d.hash = v.hash and d.superseded_by is null)`,
  ]),
  // The words of an event's name that tell its kind (`shooting`, `church`) are keyed `g:`, and an undated recalled
  // incident's keys reach the reports published within five years of its own (`told_on`), no longer any distance
  // (docs/linking.md, "Blocking keys"): the stored keys are made again by a full link.
  '0015-key-reach': statements([
    `alter table link_keys add column if not exists told_on integer`,
    `create index if not exists link_keys_key_told on link_keys (key, told_on)`,
    `update store_state set linked = false, generation = generation + 1`,
  ]),
};

export async function migrate(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    migrationTableName: 'triangulate_migration',
    migrationLockTableName: 'triangulate_migration_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
