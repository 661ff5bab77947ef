// The Store over Kysely: one implementation for PGlite and PostgreSQL, which differ only in how they are opened.
// Writes commit one document at a time; reads first bring the derived view up to date, so they always equal
// what `analyze` prints over the current documents.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Conflict, Estimate, Incident, TimelineEntry } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import type { DocumentRecord, SourceDocument } from '../model/document.js';
import { TriangulateError } from '../model/triangulate-error.js';
import { toRecord } from '../analyze.js';
import type {
  ClaimFilter,
  FollowUpAnswer,
  DocumentFilter,
  IncidentSummary,
  IncidentView,
  IngestReport,
  IngestResult,
  Store,
  StoredDocument,
} from './store.js';
import { documentRecord, parseBody } from './row-mapping.js';
import { leadHeadline } from '../ingest/lead-headline.js';
import {
  RECORD_COLUMNS,
  bodies,
  decodeCursor,
  page,
  pageLimit,
  summaries,
  wholeAnalysis,
} from './view-queries.js';
import { viewJson } from './view-json.js';
import type { StoreDatabase } from './store-schema.js';
import { escapeLike, ingestDocument, type Extractor, type IngestOutcome } from './ingest-document.js';
import { ingestChunk } from './ingest-chunk.js';
import { claimantMatch, incidentConditions } from './view-filters.js';
import { isViewFresh, refreshView, refreshViewIfFree } from './refresh-view.js';
import { ingestRunning, whileIngesting } from './store-lock.js';
import { deleteDocuments, rebuildView } from './repair-store.js';
import { incidentMatches, restrictAnalysis, searchView } from './search-view.js';
import { resolveIncidentId } from './incident-identity.js';
import { parseFollowUp } from './follow-ups.js';
import { inChunks } from './in-chunks.js';

export interface SqlStoreOptions {
  readonly extract?: Extractor;
  /** Runs after the connection closed (releases a PGlite directory lock). */
  readonly onClose?: () => Promise<void>;
  /**
   * Other processes may write to this store (PostgreSQL): an ingest says so to them for its whole run, and a read
   * asks whether one runs elsewhere. An embedded store is one process's alone; its own ingests are counted here.
   */
  readonly shared?: boolean;
}

/** Why a read served the view as it was before the ingest now running, and what brings it up to date. */
export const INGEST_RUNNING =
  'an ingest is running: this is the view before it, refreshed when the ingest ends (or run triangulate check)';
/** Added documents between the refreshes of a long ingest (`Store.ingest`'s `refreshEvery`). */
export const REFRESH_EVERY = 1_000;
/** Why a read served the view as it was while another process refreshes it or commits a document. */
export const REFRESHING = 'the view is being brought up to date elsewhere: this is the view before it';

export function createSqlStore(db: Kysely<StoreDatabase>, options: SqlStoreOptions = {}): Store {
  const { extract, onClose = async () => {}, shared = false } = options;
  // Why the view is behind the documents, when a refresh failed; reads then serve the last good view.
  let stale: string | null = null;
  // Ingests running in this process: reads serve the last good view meanwhile, instead of rebuilding it after
  // every document committed (a read per second made a 200-report PostgreSQL ingest about 8× slower).
  let ingesting = 0;
  /** Refreshes the view; a failure never blocks reading what is there, it is remembered and said. */
  const refresh = async (): Promise<void> => {
    try {
      await refreshView(db, extract);
      stale = null;
    } catch (e) {
      stale = `the view could not be refreshed (${e instanceof Error ? e.message : String(e)}); run triangulate check`;
    }
  };
  /**
   * The view brought up to date for a read, unless an ingest runs (here or elsewhere) or a refresh or commit holds
   * the store: then the last good view is read as it is. Why it is behind, or null when it is fresh.
   */
  const fresh = async (): Promise<string | null> => {
    if (await isViewFresh(db)) return stale;
    if (ingesting > 0 || (shared && (await ingestRunning(db)))) return INGEST_RUNNING;
    try {
      if ((await refreshViewIfFree(db, extract)) === 'busy') return REFRESHING;
      stale = null;
    } catch (e) {
      stale = `the view could not be refreshed (${e instanceof Error ? e.message : String(e)}); run triangulate check`;
    }
    return stale;
  };
  const ingestAll = async <T>(body: () => Promise<T>): Promise<T> => {
    ingesting++;
    try {
      return shared ? await whileIngesting(db, body) : await body();
    } finally {
      ingesting--;
    }
  };
  // One snapshot per read, so a concurrent refresh never shows half of itself.
  const read = async <T>(body: (trx: Transaction<StoreDatabase>) => Promise<T>): Promise<T> => {
    await fresh();
    return db.transaction().setIsolationLevel('repeatable read').execute(body);
  };

  return {
    ingest: (documents, ingestOptions = {}) =>
      ingestAll(async (): Promise<IngestReport> => {
        const results: IngestResult[] = [];
        const added: DocumentRecord[] = [];
        const total = Array.isArray(documents) ? documents.length : null;
        const options = {
          published: ingestOptions.published,
          replace: ingestOptions.replace,
          extract,
          followUp: ingestOptions.followUp,
        };
        const together =
          ingestOptions.together && Array.isArray(documents)
            ? await ingestChunk(db, documents as readonly SourceDocument[], options)
            : null;
        let seen = 0;
        let done = 0;
        for await (const document of documents as AsyncIterable<SourceDocument>) {
          seen++;
          // PGlite answers without a trip through the event loop: yield so signals, timers and requests get a turn.
          if (!together) await new Promise((resolve) => setImmediate(resolve));
          // An array's remainder is counted unread; a stream is not drained just to count it (the one in hand is).
          if (!together && ingestOptions.signal?.aborted) break;
          const outcome = together?.[done] ?? (await ingestDocument(db, document, options));
          done++;
          if (outcome.kind === 'added')
            added.push(toRecord(outcome.extraction.document, outcome.extraction.assessment));
          // A long ingest refreshes as it goes: each refresh reconciles only the reports since the last one and the
          // incidents they touch, so memory does not grow with the batch (the view after equals one refresh's).
          if (
            outcome.kind === 'added' &&
            ingestOptions.refresh !== false &&
            added.length % (ingestOptions.refreshEvery ?? REFRESH_EVERY) === 0
          )
            await refresh();
          const result = ingestResult(document, outcome);
          results.push(result);
          ingestOptions.onDocument?.(result);
          ingestOptions.onProgress?.(done, total ?? done);
        }
        if (ingestOptions.refresh !== false) await refresh();
        const followUps =
          ingestOptions.followUp && stale === null
            ? await followUpAnswers(
                db,
                added.map((d) => d.id),
              )
            : null;
        const skipped = (total ?? seen) - done;
        const stopped = ingestOptions.signal?.aborted === true && skipped > 0;
        return {
          added,
          unchanged: results
            .filter((r) => r.kind === 'unchanged')
            .map((r) => ({ id: r.id, source: r.source })),
          failed: results
            .filter((r) => r.kind === 'failed')
            .map((r) => ({ id: r.id, source: r.source, message: r.message ?? '' })),
          results,
          ...(stale === null ? {} : { stale }),
          ...(followUps ? { followUps } : {}),
          ...(skipped > 0 ? { skipped } : {}),
          ...(stopped ? { stopped } : {}),
        };
      }),

    async refresh(options = {}) {
      if (options.full)
        await db
          .updateTable('store_state')
          .set({ generation: sql`generation + 1`, linked: false })
          .execute();
      await refreshView(db, extract);
      stale = null;
    },

    async reextract() {
      await db
        .updateTable('store_state')
        .set({ extraction_epoch: sql`extraction_epoch + 1`, generation: sql`generation + 1`, linked: false })
        .execute();
      return (await refreshView(db, extract))?.documents ?? 0;
    },

    analysis: (filter = {}) =>
      read(async (trx) => {
        const whole = await wholeAnalysis(trx);
        if (filter.incident === undefined && filter.query === undefined) return whole;
        // A merged incident's old id is an alias: it exports the incident it is now part of.
        if (filter.incident !== undefined && !whole.incidents.some((i) => i.id === filter.incident)) {
          const now = await resolveIncidentId(trx, filter.incident);
          if (now !== null) filter = { ...filter, incident: now };
        }
        const match = filter.query === undefined ? null : await searchView(trx, filter.query);
        const incidents = new Set(match?.incidents ?? whole.incidents.map((i) => i.id));
        if (filter.incident !== undefined) {
          if (!whole.incidents.some((i) => i.id === filter.incident)) {
            throw new TriangulateError(
              'not_found',
              `no incident "${filter.incident}" in the store; list them with export`,
            );
          }
          for (const id of incidents) if (id !== filter.incident) incidents.delete(id);
        }
        const looseClaims = filter.incident === undefined && match ? match.looseClaims : new Set<string>();
        return restrictAnalysis(whole, { incidents, looseClaims });
      }),

    incidents: (options = {}) =>
      read(async (trx) => {
        const limit = pageLimit(options.limit);
        const after = decodeCursor<[string, string]>(options.cursor, ['string', 'string']);
        const date = sql<string>`coalesce(i.date, '') collate "C"`;
        let q = trx
          .selectFrom('incidents as i')
          .select((eb) => [
            'i.body',
            'i.key',
            date.as('sort_date'),
            eb
              .selectFrom('claims as c')
              .whereRef('c.incident', '=', 'i.id')
              .select((e) => e.fn.countAll<number>().as('n'))
              .as('claim_count'),
            eb
              .selectFrom('conflicts as f')
              .whereRef('f.incident', '=', 'i.id')
              .select((e) => e.fn.countAll<number>().as('n'))
              .as('conflict_count'),
          ])
          .orderBy(date, 'desc')
          .orderBy(sql`i.key collate "C"`)
          .limit(limit + 1);
        if (after) {
          q = q.where(
            sql<boolean>`(${date} < ${after[0]} or (${date} = ${after[0]} and i.key collate "C" > ${after[1]}))`,
          );
        }
        if (options.query) q = q.where(incidentMatches('i.id', options.query));
        for (const condition of incidentConditions(options)) q = q.where(condition);
        const rows = await q.execute();
        return page(
          rows,
          limit,
          (r): IncidentSummary => {
            const incident = parseBody<Incident>(r.body);
            return {
              ...incident,
              documentCount: incident.documents.length,
              claimCount: Number(r.claim_count),
              conflictCount: Number(r.conflict_count),
            };
          },
          (r) => [r.sort_date, r.key],
        );
      }),

    incidentJson: async (id) => {
      const json = await viewJson(db, id, async () => {
        await fresh();
      });
      return json === null ? null : Buffer.from(json, 'utf8');
    },

    resolveIncident: (id) => read((trx) => resolveIncidentId(trx, id)),

    incident: (id) =>
      read(async (trx): Promise<IncidentView | null> => {
        const row = await trx
          .selectFrom('incidents')
          .select('body')
          .where('id', '=', id)
          .orderBy('position')
          .executeTakeFirst();
        if (!row) return null;
        const incident = parseBody<Incident>(row.body);
        const scoped = <T>(table: 'claims' | 'conflicts' | 'estimates' | 'timeline') =>
          bodies<T>(
            trx.selectFrom(table).select(['body', 'position']).where('incident', '=', id).orderBy('position'),
          );
        return {
          incident,
          documents: await summaries(trx, incident.documents),
          claims: await scoped<Claim>('claims'),
          conflicts: await scoped<Conflict>('conflicts'),
          estimates: await scoped<Estimate>('estimates'),
          timeline: await scoped<TimelineEntry>('timeline'),
        };
      }),

    claims: (filter: ClaimFilter = {}) =>
      read(async (trx) => {
        const limit = pageLimit(filter.limit);
        const after = decodeCursor<[string]>(filter.cursor, ['string']);
        let q = trx
          .selectFrom('claims')
          .select(['body', 'key'])
          .orderBy(sql`key collate "C"`)
          .limit(limit + 1);
        if (after) q = q.where(sql<boolean>`key collate "C" > ${after[0]}`);
        if (filter.incident !== undefined) q = q.where('incident', '=', filter.incident);
        if (filter.outcome !== undefined) q = q.where('outcome', '=', filter.outcome);
        if (filter.group !== undefined) q = q.where('group_name', '=', filter.group);
        if (filter.claimant !== undefined) q = q.where(claimantMatch('claims', filter.claimant));
        return page(
          await q.execute(),
          limit,
          (r) => parseBody<Claim>(r.body),
          (r) => [r.key],
        );
      }),

    documents: (filter: DocumentFilter = {}) =>
      read(async (trx) => {
        const limit = pageLimit(filter.limit);
        const after = decodeCursor<[string, number]>(filter.cursor, ['string', 'number']);
        const published = sql<string>`coalesce(published, '') collate "C"`;
        // The page is chosen from indexed columns first, and only its rows are read whole: a plan that sorts the
        // matches (a filter, stale statistics) then never cuts the assessment out of every one of them.
        let q = trx
          .selectFrom('documents')
          .select(['seq', published.as('sort_published')])
          .where('superseded_by', 'is', null)
          .orderBy(published, 'desc')
          .orderBy('seq', 'desc')
          .limit(limit + 1);
        if (after) {
          q = q.where(
            sql<boolean>`(${published} < ${after[0]} or (${published} = ${after[0]} and seq < ${after[1]}))`,
          );
        }
        // Dates compare as text: YYYY-MM-DD sorts as it reads, and `to` takes in the whole day it names.
        if (filter.from !== undefined) q = q.where(sql<boolean>`${published} >= ${filter.from}`);
        if (filter.to !== undefined) q = q.where(sql<boolean>`${published} <= ${filter.to}`);
        if (filter.place !== undefined) {
          const like = `%${escapeLike(filter.place)}%`;
          q = q.where(
            'id',
            'in',
            sql<string>`(select json_array_elements_text(body -> 'documents') from incidents where place ilike ${like})`,
          );
        }
        const rows = await trx
          .selectFrom(q.as('p'))
          .innerJoin('documents as d', 'd.seq', 'p.seq')
          .select([...RECORD_COLUMNS, 'p.seq', 'p.sort_published'])
          .orderBy(sql`p.sort_published collate "C"`, 'desc')
          .orderBy('p.seq', 'desc')
          .execute();
        return page(rows, limit, documentRecord, (r) => [r.sort_published, r.seq]);
      }),

    document: (id) =>
      read(async (trx): Promise<StoredDocument | null> => {
        const row = await trx
          .selectFrom('documents')
          .select([...RECORD_COLUMNS, 'text'])
          .where('id', '=', id)
          .where('superseded_by', 'is', null)
          .executeTakeFirst();
        if (!row) return null;
        const claims = await bodies<Claim>(
          trx
            .selectFrom('claims')
            .select(['body', 'position'])
            .where('document', '=', id)
            .orderBy('position'),
        );
        const record = documentRecord(row);
        return {
          document: { ...record, headline: leadHeadline(record.title, row.text), text: row.text },
          claims,
        };
      }),

    async delete(ids) {
      const deleted = await deleteDocuments(db, ids);
      if (deleted.length > 0) await refresh();
      return { deleted, missing: ids.filter((id) => !deleted.includes(id)) };
    },

    async check() {
      const repaired = await rebuildView(db, extract);
      stale = null;
      return repaired;
    },

    staleness: fresh,

    async viewVersion() {
      const state = await db
        .selectFrom('store_state')
        .select(['generation', 'view_generation'])
        .executeTakeFirstOrThrow();
      return state.generation === state.view_generation ? String(state.generation) : null;
    },

    async close() {
      await db.destroy();
      await onClose();
    },
  };
}

/** The decisions the refresh took on the follow-ups just added, in their order. */
async function followUpAnswers(db: Kysely<StoreDatabase>, ids: readonly string[]): Promise<FollowUpAnswer[]> {
  if (ids.length === 0) return [];
  const rows = await inChunks(ids, (slice) =>
    db
      .selectFrom('documents')
      .select(['id', 'follow_up'])
      .where('id', 'in', slice)
      .where('superseded_by', 'is', null)
      .execute(),
  );
  const byId = new Map(rows.map((r) => [r.id, parseFollowUp(r.follow_up)?.decision]));
  return ids.flatMap((id) => {
    const decision = byId.get(id);
    if (!decision) return [];
    const { anchor: _anchor, ...answer } = decision;
    return [{ document: id, ...answer }];
  });
}

function ingestResult(document: SourceDocument, outcome: IngestOutcome): IngestResult {
  const base = { source: document.source, requested: document.id, replaced: null };
  if (outcome.kind === 'unchanged') return { ...base, kind: 'unchanged', id: outcome.id };
  if (outcome.kind === 'failed')
    return { ...base, kind: 'failed', id: document.id, message: outcome.message };
  return {
    ...base,
    kind: 'added',
    id: outcome.extraction.document.id,
    replaced: outcome.replaced === null ? null : outcome.extraction.document.id,
  };
}
