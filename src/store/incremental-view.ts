// Incremental refresh: a report added, replaced or deleted re-links and re-reconciles only the incidents it can touch.
//
// Why a part of the view can be made alone (src/reconcile/settle-region.ts, docs/scale.md "A region that
// settles"): linking merges the best pair of clusters first and a merge never makes a pair better than its better
// part, so a set of local incidents that is a union of final incidents links alone to the same incidents, and two
// such sets linked side by side meet only through pairs scored at or above the threshold (`strong` pairs, kept in
// `link_edges` with the follow-ups' anchors); which pairs exist depends on each pair alone (`keyReaches`). Every
// later stage works per incident, except the claimants' names, which are decided over all reports: the store keeps
// their sums (`claimant_tally`) and re-reconciles the incidents whose claimant a new report renames. So a refresh:
// 1. finds the reports added and removed since the view was made (`view_documents`);
// 2. scores the added reports' local incidents against the stored ones that share a blocking key (`link_keys`),
//    and keeps the strong pairs;
// 3. takes the added incidents, the stored incidents they reach by strong pairs, what is left of incidents that
//    lost a report and the incidents whose claimant's name moved, and grows that region until linking it beside
//    the stored incidents across its edge leaves each of those whole (`settleRegion`);
// 4. reconciles the region's reports, linking the region alone (`within`), keeps the region's incidents, and writes
//    their rows (positions are sort keys made from each row, so no other row moves).
// What it writes equals what a full refresh writes (test/store/incremental-view.test.ts).
import { sql, type ExpressionBuilder, type Selectable, type Transaction } from 'kysely';
import type { DocumentExtraction } from '../model/extraction.js';
import { reconcileLinked } from '../reconcile/reconcile.js';
import { memberDocument, settleRegion } from '../reconcile/settle-region.js';
import { push } from '../reconcile/tally.js';
import {
  linkIncidents,
  linkNodes,
  linkScored,
  pairsWithFresh,
  keyReaches,
  keyWindow,
  TOLD_WINDOW_DAYS,
  type IncidentLinks,
  type LinkGraph,
} from '../reconcile/link-incidents.js';
import { LINK } from '../reconcile/link-score.js';
import {
  claimantNotes,
  claimantTextKey,
  resolverOf,
  sumNotes,
  textOwners,
  unifiedFrom,
  type ClaimantNote,
} from '../reconcile/unify-claimants.js';
import { storedClaimantFacts } from './claimant-facts.js';
import type { ExtractionCache, StoredRow } from './extraction-cache.js';
import { followRecords, togetherPairs } from './follow-ups.js';
import {
  identitiesFrom,
  memberKey,
  newIncidents,
  planIdentities,
  saveIdentities,
  withStableIds,
  type StoredIdentities,
} from './incident-identity.js';
import { rowOrder } from './identified-view.js';
import { appendAll, inChunks } from './in-chunks.js';
import {
  derivedRows,
  documentExtraction,
  fromDb,
  toDb,
  type DerivedRow,
  type DocumentRow,
} from './row-mapping.js';
import { DERIVED_TABLES, type DerivedTable, type LinkKeysTable, type StoreDatabase } from './store-schema.js';

type Trx = Transaction<StoreDatabase>;

/** PostgreSQL text holds no NUL: the separator of member keys and canonical-name notes is stored as US (U+001F). */
const storedNote = <T extends { value: string }>(n: T): T => ({ ...n, value: toDb(n.value) });
/** The score a follow-up's anchor is kept with: it always joins. */
const ANCHORED = 1e9;

/** A document row's columns but its text and extraction: what a refresh reads of a report it may have cached. */
const HEAD_COLUMNS = [
  'hash',
  'seq',
  'id',
  'base_id',
  'source',
  'title',
  'url',
  'outlet',
  'published',
  'published_inferred',
  'chars',
  'superseded_by',
  'ingested_at',
  'stated_published',
  'extracted_with',
  'extraction_epoch',
  'follow_up',
  // The version of the row: PostgreSQL's id of the transaction that wrote it, new with every update (the key of
  // the extraction cache, so a row changed by anyone, even outside Triangulate, is read again).
  sql<string>`xmin::text`.as('version'),
] as const;

export const DOCUMENT_COLUMNS = [...HEAD_COLUMNS, 'text', 'extraction'] as const;

type DocumentHead = Omit<DocumentRow, 'text' | 'extraction'> & { readonly version: string };

export interface IncrementalStats {
  readonly documents: number;
  readonly written: number;
  readonly deleted: number;
  /** Reports added and removed since the view was made, and reports reconciled again. */
  readonly added: number;
  readonly removed: number;
  readonly reconciled: number;
}

/** Every claimant note of each report, ordered by the report's sequence. */
export function notesOf(
  rows: readonly { readonly seq: number }[],
  extractions: readonly DocumentExtraction[],
) {
  return extractions.map((e, n) => claimantNotes(e, rows[n]!.seq * 1_000_000));
}

/** After a full refresh: the link and claimant tables describe the whole view, so the next refresh may be partial. */
export async function saveLinkState(
  trx: Trx,
  rows: readonly DocumentRow[],
  graph: LinkGraph,
  notes: readonly (readonly ClaimantNote[])[],
): Promise<void> {
  for (const table of [
    'document_changes',
    'view_documents',
    'link_keys',
    'link_edges',
    'link_scores',
    'claimant_notes',
    'claimant_tally',
  ] as const)
    await trx.deleteFrom(table).execute();
  await insertChunks(
    trx,
    'view_documents',
    rows.map((r) => ({ hash: r.hash, id: r.id })),
  );
  await insertKeys(trx, graph.nodes);
  await insertEdges(trx, graph.strong);
  await insertScores(trx, graph.scored);
  await insertChunks(
    trx,
    'claimant_notes',
    notes.flatMap((list, n) => list.map((x) => ({ document: rows[n]!.id, ...storedNote(x) }))),
  );
  await insertChunks(trx, 'claimant_tally', sumNotes(notes).map(storedNote));
  await trx.updateTable('store_state').set({ linked: true }).execute();
}

/**
 * Brings the view up to date with the reports added and removed since it was made, or returns null when only a
 * full refresh can: a report waiting for a follow-up decision, or one whose extraction must be made again.
 */
export async function refreshIncrementally(
  trx: Trx,
  epoch: number,
  cache: ExtractionCache,
): Promise<IncrementalStats | null> {
  // The reports whose rows changed since the view was made (`document_changes`): those of them that are current and
  // not in the view are added, those in the view that are no longer current are removed.
  const changes = await trx.selectFrom('document_changes').select(['n', 'hash']).execute();
  const changed = [...new Set(changes.map((c) => c.hash))];
  const added = (
    await inChunks(changed, (slice) =>
      trx
        .selectFrom('documents')
        .select(DOCUMENT_COLUMNS)
        .where('hash', 'in', slice)
        .where('superseded_by', 'is', null)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('view_documents')
                .select('hash')
                .whereRef('view_documents.hash', '=', 'documents.hash'),
            ),
          ),
        )
        .execute(),
    )
  ).sort((a, b) => a.seq - b.seq);
  const removed = await inChunks(changed, (slice) =>
    trx
      .selectFrom('view_documents')
      .select(['hash', 'id'])
      .where('hash', 'in', slice)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('documents')
              .select('hash')
              .whereRef('documents.hash', '=', 'view_documents.hash')
              .where('superseded_by', 'is', null),
          ),
        ),
      )
      .execute(),
  );
  if (added.some((r) => r.follow_up !== null || stale(r, epoch))) return null;
  const addedIds = new Set(added.map((r) => r.id));
  const removedIds = [...new Set(removed.map((r) => r.id))];
  const seeds = new Set<string>();
  const oldIncidents = new Set<string>();

  // 1. Removed reports: their neighbours are seeds, their incidents are rewritten, their keys and pairs go.
  const removedMembers = await membersOfDocuments(trx, removedIds);
  for (const incident of await incidentsOfDocuments(trx, removedIds)) oldIncidents.add(incident);
  for (const m of await neighbours(trx, removedMembers)) if (!removedMembers.has(m)) seeds.add(m);
  await deleteWhereIn(trx, 'link_edges', 'a', [...removedMembers].map(toDb));
  await deleteWhereIn(trx, 'link_edges', 'b', [...removedMembers].map(toDb));
  await deleteWhereIn(trx, 'link_scores', 'a', [...removedMembers].map(toDb));
  await deleteWhereIn(trx, 'link_scores', 'b', [...removedMembers].map(toDb));
  await deleteWhereIn(trx, 'link_keys', 'document', removedIds);
  await deleteWhereIn(
    trx,
    'view_documents',
    'hash',
    removed.map((r) => r.hash),
  );

  // 2. Claimants: the sums move; a claimant whose name or kind moves is rewritten wherever it speaks.
  // One extraction object per report in this refresh: candidate scoring and the region's reconciliation share it,
  // and with it the report's link nodes (made once per object, `documentNodes` in link-incidents.ts). `cache` keeps
  // them across refreshes, so a report read by an earlier refresh is neither fetched whole nor parsed again.
  const parsed = new Map<string, DocumentExtraction>();
  const parse = (row: StoredRow) => {
    const e = documentExtraction(row);
    cache.keep(row, e);
    parsed.set(row.hash, e);
    return e;
  };
  const extractionOf = (row: DocumentHead): DocumentExtraction => {
    const e = parsed.get(row.hash);
    if (e === undefined) throw new Error(`report ${row.id} (${row.hash}) was not read before its extraction`);
    return e;
  };
  const readExtractions = async (heads: readonly DocumentHead[]) => {
    const missing: string[] = [];
    for (const h of heads) {
      if (parsed.has(h.hash)) continue;
      const e = cache.get(h);
      if (e === undefined) missing.push(h.hash);
      else parsed.set(h.hash, e);
    }
    // Read under the store's lock, as the heads were: the rows have not moved since.
    for (const row of await wholeDocuments(trx, missing)) parse(row);
  };
  const addedExtractions = added.map(parse);
  const addedNotes = notesOf(added, addedExtractions);
  const removedNotes = (await selectWhereIn(trx, 'claimant_notes', 'document', removedIds)).map(asNote);
  const touched = [...addedNotes.flat(), ...removedNotes];
  const ids = [...new Set(touched.filter((n) => n.what !== 't').map((n) => n.id))];
  const texts = [...new Set(touched.filter((n) => n.what === 't').map((n) => n.value))];
  const before = await claimantState(trx, ids, texts);
  await deleteWhereIn(trx, 'claimant_notes', 'document', removedIds);
  await insertChunks(
    trx,
    'claimant_notes',
    addedNotes.flatMap((list, n) => list.map((x) => ({ document: added[n]!.id, ...storedNote(x) }))),
  );
  await updateTally(trx, sumNotes(addedNotes).map(storedNote), sumNotes([removedNotes]).map(storedNote));
  const after = await claimantState(trx, ids, texts);
  const renamed = ids.filter((id) => before.names.get(id) !== after.names.get(id));
  const replaced = texts.filter((t) => before.texts.get(t) !== after.texts.get(t));
  const looseDocuments = new Set<string>();
  if (renamed.length > 0 || replaced.length > 0) {
    const claims = await claimsOfClaimants(trx, renamed, replaced);
    const incidents = [...new Set(claims.flatMap((c) => (c.incident === null ? [] : [c.incident])))];
    for (const c of claims) if (c.incident === null) looseDocuments.add(c.document);
    for (const incident of incidents) oldIncidents.add(incident);
    for (const m of await membersOfIncidents(trx, incidents)) seeds.add(m);
  }

  // 3. Added reports: their incidents are scored against the stored ones that share a key.
  const { nodes } = linkNodes(addedExtractions);
  await insertKeys(trx, nodes);
  for (const n of nodes) seeds.add(n.member);
  const candidates = await candidateDocuments(trx, nodes, addedIds);
  const candidateRows = await currentDocuments(trx, [...candidates]);
  if (candidateRows.some((r) => stale(r, epoch))) return null;
  await readExtractions(candidateRows);
  const scored = pairsWithFresh([...addedExtractions, ...candidateRows.map(extractionOf)], addedIds);
  await insertEdges(
    trx,
    scored.pairs.filter((p) => p.score >= LINK.threshold),
  );
  await insertScores(trx, scored.pairs);

  // 4. The region (a union of the new view's incidents, `settledRegion`), its reports, and the view of them.
  // Reports read already (added, candidates) are not read again.
  const read = new Map<string, DocumentHead>([...added, ...candidateRows].map((r) => [r.id, r]));
  /** The current rows of some reports, without their texts and extractions, in no order; null when one is stale. */
  const readHeads = async (ids: Iterable<string>): Promise<DocumentHead[] | null> => {
    const missing = [...new Set(ids)].filter((id) => !read.has(id));
    for (const r of await currentDocuments(trx, missing)) read.set(r.id, r);
    const rows = [...new Set(ids)].flatMap((id) => read.get(id) ?? []);
    return rows.some((r) => stale(r, epoch)) ? null : rows;
  };
  const readDocuments = async (ids: Iterable<string>): Promise<DocumentHead[] | null> => {
    const rows = (await readHeads(ids))?.sort((a, b) => a.seq - b.seq);
    if (rows === undefined) return null;
    await readExtractions(rows);
    return rows;
  };
  const removedSet = new Set(removedIds);
  // A replaced report leaves and comes back under the same id: its new local incidents are live, its old are not.
  const addedMembers = new Set(nodes.map((n) => n.member));
  const live = (m: string) => !removedSet.has(memberDocument(m)) || addedMembers.has(m);
  for (const m of await membersOfIncidents(trx, [...oldIncidents])) if (live(m)) seeds.add(m);
  const component = await settledRegion(trx, seeds, live, readHeads, readDocuments, extractionOf);
  if (component === null) return null;
  for (const incident of await incidentsOfMembers(trx, component)) oldIncidents.add(incident);
  const regionIds = new Set([...component].map(memberDocument));
  for (const d of [...addedIds, ...looseDocuments]) regionIds.add(d);
  const region = await readDocuments(regionIds);
  if (region === null) return null;
  const extractions = region.map(extractionOf);
  const seq = new Map(region.map((r) => [r.id, r.seq]));
  const follow = followRecords(region);
  // The incidents of the component's members are kept; the region's reports' other incidents are not rewritten.
  const keptOf = (idOf: IncidentLinks['idOf']): Set<string> => {
    const kept = new Set<string>();
    for (const m of component) {
      const [document, key] = m.split('\u0000') as [string, string];
      const id = idOf(document, key);
      if (id !== null) kept.add(id);
    }
    return kept;
  };
  let keep = new Set<string>();
  const linked = reconcileLinked(extractions, {
    within: component,
    remember: true,
    together: togetherPairs(follow, extractions),
    claimants: await regionResolver(trx, extractions),
    documentOrder: (id) => seq.get(id) ?? 0,
    described: (idOf) => {
      keep = keptOf(idOf);
      return (incident) => keep.has(incident);
    },
  });
  const inView = (incident: string | null) => incident === null || keep.has(incident);
  const claimsKept = linked.view.claims.map((c) => inView(c.incident));
  const timelineKept = linked.view.timeline.map((t) => keep.has(t.incident));
  const view = {
    incidents: linked.view.incidents.filter((i) => keep.has(i.id)),
    claims: linked.view.claims.filter((_, n) => claimsKept[n]),
    conflicts: linked.view.conflicts.filter((c) => keep.has(c.incident)),
    estimates: linked.view.estimates.filter((e) => keep.has(e.incident)),
    timeline: linked.view.timeline.filter((_, n) => timelineKept[n]),
  };
  const order = rowOrder(view, {
    incidents: linked.order.incidents,
    claims: linked.order.claims.filter((_, n) => claimsKept[n]),
    timeline: linked.order.timeline.filter((_, n) => timelineKept[n]),
  });

  // 5. Stable ids for the incidents made, then their rows in place of the old ones.
  const fresh = newIncidents(extractions, linked.idOf).filter((i) => keep.has(i.provisional));
  const stored = await storedIdentitiesOf(
    trx,
    [...oldIncidents],
    fresh.map((i) => i.provisional),
  );
  const plan = planIdentities(fresh, stored);
  await saveIdentities(trx, plan, fresh, stored);
  const next = derivedRows(withStableIds(view, plan.ids), order);
  const scope = [...new Set([...oldIncidents, ...plan.ids.values()])];
  let written = 0;
  let deleted = 0;
  for (const table of DERIVED_TABLES) {
    const diff = await applyScopedDiff(trx, table, next[table], scope, [...regionIds], removedIds);
    written += diff.written;
    deleted += diff.deleted;
  }
  await insertChunks(
    trx,
    'view_documents',
    added.map((r) => ({ hash: r.hash, id: r.id })),
  );
  // Under the store's lock, as every write to documents is: no change was logged since they were read.
  await deleteWhereIn(
    trx,
    'document_changes',
    'n',
    changes.map((c) => c.n),
  );
  const { count } = await trx
    .selectFrom('view_documents')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return {
    documents: Number(count),
    written,
    deleted,
    added: added.length,
    removed: removed.length,
    reconciled: region.length,
  };
}

function stale(row: Pick<DocumentRow, 'extraction_epoch' | 'extracted_with'>, epoch: number): boolean {
  return row.extraction_epoch < epoch || row.extracted_with !== null;
}

function asNote(row: {
  what: string;
  id: string;
  value: string;
  count: number;
  first: number;
}): ClaimantNote {
  return {
    what: row.what as ClaimantNote['what'],
    id: row.id,
    value: fromDb(row.value),
    count: Number(row.count),
    first: Number(row.first),
  };
}

/** How the claimants of `ids` are shown, and which single id each wording places, from the stored sums. */
async function claimantState(trx: Trx, ids: readonly string[], texts: readonly string[]) {
  const unified = unifiedFrom(await storedClaimantFacts(trx, ids));
  const byText = textOwners(await textRows(trx, texts));
  return {
    names: new Map(ids.map((id) => [id, JSON.stringify(unified.get(id) ?? null)])),
    texts: new Map(texts.map((t) => [t, byText.get(t)?.size === 1 ? [...byText.get(t)!][0]! : ''])),
  };
}

/** The stored sums of some wordings (`t` notes): which ids each was given to. */
async function textRows(trx: Trx, texts: readonly string[]): Promise<ClaimantNote[]> {
  const rows = await inChunks(texts, (slice) =>
    trx
      .selectFrom('claimant_tally')
      .selectAll()
      .where('what', '=', 't')
      .where('value', 'in', slice)
      .execute(),
  );
  return rows.map(asNote);
}

/** The claimant resolver for some reports, from the stored sums over every report. */
async function regionResolver(trx: Trx, extractions: readonly DocumentExtraction[]) {
  const texts = new Set<string>();
  const ids = new Set<string>();
  for (const e of extractions) {
    for (const m of e.claimants) ids.add(m.id);
    for (const c of e.claims) {
      ids.add(c.claimant.id);
      const key = claimantTextKey(c);
      if (key !== null) texts.add(key);
    }
  }
  const placed = await textRows(trx, [...texts]);
  for (const n of placed) ids.add(n.id);
  return resolverOf(unifiedFrom(await storedClaimantFacts(trx, [...ids])), textOwners(placed));
}

/** Adds one batch of sums and takes another away; a row whose earliest note left takes the earliest that stays. */
async function updateTally(trx: Trx, plus: readonly ClaimantNote[], minus: readonly ClaimantNote[]) {
  // Summed again as stored (one row per key), so no statement updates a row twice.
  await inChunks(sumNotes([plus]), (slice) =>
    trx
      .insertInto('claimant_tally')
      .values(slice.map(({ what, id, value, count, first }) => ({ what, id, value, count, first })))
      .onConflict((oc) =>
        oc.columns(['what', 'id', 'value']).doUpdateSet({
          count: sql`claimant_tally.count + excluded.count`,
          first: sql`least(claimant_tally.first, excluded.first)`,
        }),
      )
      .execute(),
  );
  for (const n of minus) {
    const { rows } = await sql<{
      count: number;
      first: number;
    }>`update claimant_tally set count = count - ${n.count}
      where what = ${n.what} and id = ${n.id} and value = ${n.value} returning count, first`.execute(trx);
    const row = rows[0];
    if (!row) continue;
    if (Number(row.count) <= 0)
      await sql`delete from claimant_tally where what = ${n.what} and id = ${n.id} and value = ${n.value}`.execute(
        trx,
      );
    else if (Number(row.first) >= n.first)
      await sql`update claimant_tally set first = (select min(first) from claimant_notes
          where what = ${n.what} and id = ${n.id} and value = ${n.value})
        where what = ${n.what} and id = ${n.id} and value = ${n.value}`.execute(trx);
  }
}

async function insertKeys(trx: Trx, nodes: LinkGraph['nodes']) {
  await insertChunks(
    trx,
    'link_keys',
    nodes.flatMap((n) =>
      // The empty key names the node itself, so a node without keys (a round-up) is still found by its report.
      ['', ...n.keys].map((key) => ({
        member: toDb(n.member),
        document: n.document,
        key,
        lo: n.days?.[0] ?? null,
        hi: n.days?.[1] ?? null,
        main: n.main,
        told_on: n.toldOn,
      })),
    ),
  );
}

interface PairRow {
  a: string;
  b: string;
  score: number;
}

/** A pair as `link_edges` and `link_scores` hold it: its members in order, as stored; none for a member with itself. */
function storedPair(p: PairRow): PairRow | null {
  if (p.a === p.b) return null;
  const [a, b] = p.a < p.b ? [p.a, p.b] : [p.b, p.a];
  return { a: toDb(a), b: toDb(b), score: p.score };
}

/** Writes pair rows (distinct pairs), a pair stored already taking the new score. */
async function upsertPairs(trx: Trx, table: 'link_edges' | 'link_scores', rows: readonly PairRow[]) {
  await inChunks(rows, (slice) =>
    trx
      .insertInto(table)
      .values(slice)
      .onConflict((oc) => oc.columns(['a', 'b']).doUpdateSet((eb) => ({ score: eb.ref('excluded.score') })))
      .execute(),
  );
}

/** Every scored pair, each once; a pair scored again keeps its newer score. */
async function insertScores(trx: Trx, pairs: Iterable<PairRow>) {
  let rows = new Map<string, PairRow>();
  for (const p of pairs) {
    const row = storedPair(p);
    if (row === null) continue;
    rows.set(`${row.a}\u0001${row.b}`, row);
    // Written as they come, so a full refresh of a large store never holds them all as rows.
    if (rows.size >= FLUSH_ROWS) {
      await upsertPairs(trx, 'link_scores', [...rows.values()]);
      rows = new Map();
    }
  }
  await upsertPairs(trx, 'link_scores', [...rows.values()]);
}

/** Pair rows gathered before they are written. */
const FLUSH_ROWS = 50_000;

/** The strong pairs and follow-ups' anchors, each once with its best score. */
async function insertEdges(trx: Trx, pairs: readonly PairRow[]) {
  const edges = new Map<string, PairRow>();
  for (const p of pairs) {
    const row = storedPair({ ...p, score: Math.min(p.score, ANCHORED) });
    if (row === null) continue;
    const key = `${row.a}\u0001${row.b}`;
    if ((edges.get(key)?.score ?? -Infinity) < row.score) edges.set(key, row);
  }
  await upsertPairs(trx, 'link_edges', [...edges.values()]);
}

/** Reports that hold a node sharing a blocking key with one of `nodes` (as `candidatePairs` would compare). */
async function candidateDocuments(trx: Trx, nodes: LinkGraph['nodes'], exclude: ReadonlySet<string>) {
  const holders = new Map<string, LinkGraph['nodes'][number][]>();
  const want = (key: string, n: LinkGraph['nodes'][number]) =>
    (holders.get(key) ?? holders.set(key, []).get(key)!).push(n);
  for (const n of nodes)
    for (const key of n.keys) {
      if (key.startsWith('d:')) for (const near of nearbyDays(key)) want(near, n);
      else want(key, n);
    }
  // A key that reaches only within a window (`keyWindow`) is looked up within it, so a long list (`r:twitter`) costs
  // the rows of the years the new nodes reach, not every row (index link_keys_key_lo); keyReaches decides after.
  // An undated row is looked up by its report's day (`TOLD_WINDOW_DAYS`, index link_keys_key_told), and so is every
  // row an undated new node holds a windowed key with.
  interface Group {
    keys: string[];
    from: number;
    to: number;
    toldFrom: number;
    toldTo: number;
  }
  const groups = new Map<number | 'told' | null, Group>();
  const group = (id: number | 'told' | null) =>
    groups.get(id) ??
    groups
      .set(id, { keys: [], from: Infinity, to: -Infinity, toldFrom: Infinity, toldTo: -Infinity })
      .get(id)!;
  const toldRange = (g: Group, list: readonly LinkGraph['nodes'][number][]) => {
    for (const n of list) {
      g.toldFrom = Math.min(g.toldFrom, n.toldOn! - TOLD_WINDOW_DAYS);
      g.toldTo = Math.max(g.toldTo, n.toldOn! + TOLD_WINDOW_DAYS);
    }
  };
  for (const [key, list] of holders) {
    const window = keyWindow(key[0]!);
    // Any distance: a victim, a day; or a holder with no publication day, whose undated rows reach any distance.
    if (window === undefined || list.some((n) => n.toldOn === null)) {
      group(null).keys.push(key);
      continue;
    }
    const dated = list.filter((n) => n.days !== null);
    const undated = list.filter((n) => n.days === null);
    if (dated.length > 0) {
      const g = group(window);
      g.keys.push(key);
      for (const n of dated) {
        g.from = Math.min(g.from, n.days![0] - window);
        g.to = Math.max(g.to, n.days![1] + window);
      }
      toldRange(g, dated);
    }
    if (undated.length > 0) {
      const g = group('told');
      g.keys.push(key);
      toldRange(g, undated);
    }
  }
  const rows: Omit<LinkKeysTable, 'member'>[] = [];
  for (const [id, { keys, from, to, toldFrom, toldTo }] of groups)
    appendAll(
      rows,
      await inChunks(keys, (slice) => {
        const query = trx
          .selectFrom('link_keys')
          .select(['document', 'key', 'lo', 'hi', 'main', 'told_on'])
          .where('key', 'in', slice);
        // A row whose report is within the holders' window, or has no day (then it reaches any distance).
        const toldWithin = (eb: ExpressionBuilder<StoreDatabase, 'link_keys'>) =>
          eb.or([
            eb('told_on', 'is', null),
            eb.and([eb('told_on', '>=', toldFrom), eb('told_on', '<=', toldTo)]),
          ]);
        if (id === null) return query.execute();
        // An undated new node meets rows of any day, dated or not, whose reports are within its window.
        if (id === 'told') return query.where(toldWithin).execute();
        // A dated node meets undated rows within its report's window, and dated rows within its own window: a node's
        // days span a year at most (`nodeDays`), so a row overlapping [from, to] starts after from - 366.
        return query
          .where((eb) =>
            eb.or([
              eb.and([eb('lo', 'is', null), toldWithin(eb)]),
              eb.and([eb('lo', '>=', from - 366), eb('lo', '<=', to), eb('hi', '>=', from)]),
            ]),
          )
          .execute();
      }),
    );
  const found = new Set<string>();
  for (const r of rows) {
    if (exclude.has(r.document) || found.has(r.document)) continue;
    const other = {
      days: r.lo === null || r.hi === null ? null : ([r.lo, r.hi] as const),
      main: r.main,
      toldOn: r.told_on,
    };
    if (holders.get(r.key)!.some((n) => keyReaches(r.key[0]!, n, other))) found.add(r.document);
  }
  return found;
}

function nearbyDays(key: string): string[] {
  const t = Date.parse(`${key.slice(2)}T00:00:00Z`);
  if (Number.isNaN(t)) return [key];
  return [-2, -1, 0, 1, 2].map((d) => `d:${new Date(t + d * 86_400_000).toISOString().slice(0, 10)}`);
}

/**
 * The local incidents a refresh must link again (`settleRegion`), read from the store's tables. The settling test
 * links the region with the stored incidents across its edge from the stored pair scores (`linkScored`): those
 * incidents' reports are not read, only their rows' heads (whether one is stale or holds a follow-up's anchor, when
 * the reports are read and linked as they are).
 */
async function settledRegion(
  trx: Trx,
  seeds: ReadonlySet<string>,
  live: (member: string) => boolean,
  readHeads: (ids: Iterable<string>) => Promise<DocumentHead[] | null>,
  readDocuments: (ids: Iterable<string>) => Promise<DocumentHead[] | null>,
  extractionOf: (row: DocumentHead) => DocumentExtraction,
): Promise<Set<string> | null> {
  const scores = new ScoresRead(trx);
  return settleRegion(seeds, {
    live,
    neighbours: (members) => neighbours(trx, members),
    incidents: async (members) => {
      const rows = await wholeIncidentsOf(trx, members);
      const groups = new Map<string, string[]>();
      for (const r of rows) push(groups, r.incident, memberKey(r.document, r.local_key));
      return [...groups.values()];
    },
    link: async (members) => {
      const documents = [...new Set([...members].map(memberDocument))];
      const heads = await readHeads(documents);
      if (heads === null) return null;
      // A follow-up's anchor starts two incidents together (`togetherPairs`), which scores alone do not tell.
      if (!followRecords(heads).some((r) => r.record.decision?.anchor)) {
        const linked = linkScored(await scores.members(documents, members), await scores.among(members));
        return (document, key) => linked.get(memberKey(document, key)) ?? null;
      }
      const rows = await readDocuments(documents);
      if (rows === null) return null;
      const extractions = rows.map(extractionOf);
      const together = togetherPairs(followRecords(rows), extractions);
      return linkIncidents(extractions, { within: members, together, remember: true }).idOf;
    },
  });
}

/**
 * The stored scores and node rows the settling test links from, read once per member in a refresh: each round
 * after the first reads the pairs of the members it adds only. A list of members is one array parameter, so its
 * length is not bound by a statement's 65,535 parameters, and the database filters both sides of a pair.
 */
class ScoresRead {
  private readonly pairs: { a: string; b: string; score: number }[] = [];
  private readonly read = new Set<string>();
  private readonly node = new Map<string, { main: boolean; days: [number, number] | null }>();
  private readonly documents = new Set<string>();

  constructor(private readonly trx: Trx) {}

  /** Some local incidents as `linkScored` takes them, from their reports' node rows (the empty key). */
  async members(documents: readonly string[], members: ReadonlySet<string>) {
    const unread = documents.filter((d) => !this.documents.has(d));
    if (unread.length > 0) {
      const { rows } = await sql<{ member: string; main: boolean; lo: number | null; hi: number | null }>`
        select k.member, k.main, k.lo, k.hi from unnest(${unread}::text[]) d(id),
          lateral (select member, main, lo, hi from link_keys where key = '' and document = d.id offset 0) k`.execute(
        this.trx,
      );
      for (const r of rows)
        this.node.set(fromDb(r.member), {
          main: r.main,
          days: r.lo === null || r.hi === null ? null : [r.lo, r.hi],
        });
      for (const d of unread) this.documents.add(d);
    }
    return [...members].flatMap((m) => {
      const node = this.node.get(m);
      return node === undefined ? [] : [{ member: m, ...node }];
    });
  }

  /** The stored scores of the pairs between some local incidents. */
  async among(members: ReadonlySet<string>) {
    const fresh = [...members].filter((m) => !this.read.has(m)).map(toDb);
    const all = [...members].map(toDb);
    if (fresh.length > 0) {
      // Pairs with a new member on either side and the other among the members; a pair of two new members once.
      // Each new member's pairs are found through the index on its side (`offset 0` keeps the planner from
      // scanning the whole table for a few hundred members, which it estimates as cheaper and is not).
      const { rows } = await sql<{ a: string; b: string; score: number }>`
        with fresh(m) as materialized (select unnest(${fresh}::text[])),
             every(m) as materialized (select unnest(${all}::text[]))
        select s.a, s.b, s.score from fresh f,
          lateral (select a, b, score from link_scores where a = f.m offset 0) s
          where s.b in (select m from every)
        union all
        select s.a, s.b, s.score from fresh f,
          lateral (select a, b, score from link_scores where b = f.m offset 0) s
          where s.a in (select m from every) and s.a not in (select m from fresh)`.execute(this.trx);
      for (const r of rows) this.pairs.push({ a: fromDb(r.a), b: fromDb(r.b), score: Number(r.score) });
      for (const m of fresh) this.read.add(fromDb(m));
    }
    return this.pairs.filter((p) => members.has(p.a) && members.has(p.b));
  }
}

async function neighbours(trx: Trx, members: ReadonlySet<string>): Promise<string[]> {
  const rows = await inChunks([...members].map(toDb), (slice) =>
    trx
      .selectFrom('link_edges')
      .select('b as member')
      .where('a', 'in', slice)
      .unionAll(trx.selectFrom('link_edges').select('a as member').where('b', 'in', slice))
      .execute(),
  );
  return rows.map((r) => fromDb(r.member));
}

/** Every member row of the stored incidents that hold some members, in one statement per chunk of members. */
async function wholeIncidentsOf(trx: Trx, members: readonly string[]) {
  const pairs = [...new Set(members)].map((m) => m.split('\u0000') as [string, string]);
  const rows = await inChunks(pairs, (slice) =>
    trx
      .selectFrom('incident_members')
      .selectAll()
      .where('incident', 'in', (eb) =>
        eb
          .selectFrom('incident_members')
          .select('incident')
          .where(({ eb: inner, refTuple, tuple }) =>
            inner(
              refTuple('document', 'local_key'),
              'in',
              slice.map(([d, k]) => tuple(d, k)),
            ),
          ),
      )
      .execute(),
  );
  // Two chunks may reach one incident: its rows once.
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.incident}\u0000${memberKey(r.document, r.local_key)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function membersOfDocuments(trx: Trx, documents: readonly string[]): Promise<Set<string>> {
  const rows = await selectWhereIn(trx, 'link_keys', 'document', documents);
  return new Set(rows.map((r) => fromDb(r.member)));
}

async function incidentsOfDocuments(trx: Trx, documents: readonly string[]): Promise<string[]> {
  const rows = await selectWhereIn(trx, 'incident_members', 'document', documents);
  return [...new Set(rows.map((r) => r.incident))];
}

async function membersOfIncidents(trx: Trx, incidents: readonly string[]): Promise<string[]> {
  const rows = await selectWhereIn(trx, 'incident_members', 'incident', incidents);
  return rows.map((r) => memberKey(r.document, r.local_key));
}

async function incidentsOfMembers(trx: Trx, members: ReadonlySet<string>): Promise<string[]> {
  const byDocument = new Map<string, Set<string>>();
  for (const m of members) {
    const [d, k] = m.split('\u0000') as [string, string];
    (byDocument.get(d) ?? byDocument.set(d, new Set()).get(d)!).add(k);
  }
  const rows = await selectWhereIn(trx, 'incident_members', 'document', [...byDocument.keys()]);
  return [
    ...new Set(rows.filter((r) => byDocument.get(r.document)?.has(r.local_key)).map((r) => r.incident)),
  ];
}

/** The current reports of some ids, without their texts and extractions (`readExtractions` reads those). */
async function currentDocuments(trx: Trx, ids: readonly string[]): Promise<DocumentHead[]> {
  const rows: DocumentHead[] = await inChunks(ids, (slice) =>
    trx
      .selectFrom('documents')
      .select(HEAD_COLUMNS)
      .where('superseded_by', 'is', null)
      .where('id', 'in', slice)
      .execute(),
  );
  return rows.sort((a, b) => a.seq - b.seq);
}

async function wholeDocuments(trx: Trx, hashes: readonly string[]): Promise<StoredRow[]> {
  return inChunks(hashes, (slice) =>
    trx.selectFrom('documents').select(DOCUMENT_COLUMNS).where('hash', 'in', slice).execute(),
  );
}

/** The stored identities of some incidents, and the ids a new incident could be given that are already taken. */
async function storedIdentitiesOf(
  trx: Trx,
  incidents: readonly string[],
  provisional: readonly string[],
): Promise<StoredIdentities> {
  const members = await selectWhereIn(trx, 'incident_members', 'incident', incidents);
  const registry = await selectWhereIn(trx, 'incident_ids', 'id', incidents);
  const taken: string[] = [];
  for (const base of new Set(provisional)) {
    const rows = await trx
      .selectFrom('incident_ids')
      .select('id')
      .where((eb) => eb.or([eb('id', '=', base), eb('id', 'like', `${likePrefix(base)}-%`)]))
      .execute();
    for (const r of rows) taken.push(r.id);
  }
  return identitiesFrom(members, registry, taken);
}

function likePrefix(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The rows of some incidents (and of some reports' claims tied to no incident, and of removed reports) made equal to
 * `rows`: the same change detection as a full refresh, over that part of the tables only.
 */
async function applyScopedDiff(
  trx: Trx,
  table: DerivedTable,
  rows: readonly DerivedRow[],
  incidents: readonly string[],
  documents: readonly string[],
  removed: readonly string[],
) {
  const column = table === 'incidents' ? 'id' : 'incident';
  const stored = await inChunks(incidents, (slice) =>
    trx
      .selectFrom(table as 'conflicts')
      .select(['key', 'fingerprint'])
      .where(column as 'incident', 'in', slice)
      .execute(),
  );
  if (table === 'claims') {
    const claims = () => trx.selectFrom('claims').select(['key', 'fingerprint']);
    appendAll(
      stored,
      await inChunks(documents, (slice) =>
        claims().where('incident', 'is', null).where('document', 'in', slice).execute(),
      ),
    );
    appendAll(stored, await inChunks(removed, (slice) => claims().where('document', 'in', slice).execute()));
  }
  const have = new Map(stored.map((r) => [r.key, r.fingerprint]));
  const wanted = new Set(rows.map((r) => r.key));
  const changed = rows.filter((r) => have.get(r.key) !== r.fingerprint);
  const stale = [...have.keys()].filter((k) => !wanted.has(k));
  const replaced = changed.filter((r) => have.has(r.key)).map((r) => r.key);
  await inChunks([...stale, ...replaced], (slice) =>
    trx.deleteFrom(table).where('key', 'in', slice).execute(),
  );
  await inChunks(changed, (slice) =>
    trx
      .insertInto(table)
      .values(slice as never)
      .execute(),
  );
  return { written: changed.length, deleted: stale.length };
}

type Plain =
  | 'document_changes'
  | 'view_documents'
  | 'link_keys'
  | 'link_edges'
  | 'link_scores'
  | 'claimant_notes'
  | 'claimant_tally';

/**
 * The incidents and reports of the claims whose claimant id is in `ids` or whose claimant wording is in `texts`,
 * in slices: a refresh of many new reports can rename tens of thousands of claimants, and one statement carries at
 * most 65,535 parameters (a 100k-report bench refresh sent 79,857).
 */
export async function claimsOfClaimants(trx: Trx, ids: readonly string[], texts: readonly string[]) {
  const select = () => trx.selectFrom('claims').select(['incident', 'document']).distinct();
  const rows = [
    ...(await inChunks(ids, (slice) => select().where('claimant_id', 'in', slice).execute())),
    ...(await inChunks(texts, (slice) => select().where('claimant_text', 'in', slice).execute())),
  ];
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.incident ?? ''}\u0000${r.document}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function insertChunks<T extends Plain>(trx: Trx, table: T, rows: readonly object[]) {
  await inChunks(rows, (slice) =>
    trx
      .insertInto(table)
      .values(slice as never)
      .execute(),
  );
}

async function deleteWhereIn(trx: Trx, table: Plain, column: string, values: readonly string[]) {
  await inChunks(values, (slice) =>
    trx
      .deleteFrom(table as 'link_keys')
      .where(column as 'document', 'in', slice)
      .execute(),
  );
}

async function selectWhereIn<T extends 'claimant_notes' | 'link_keys' | 'incident_members' | 'incident_ids'>(
  trx: Trx,
  table: T,
  column: string,
  values: readonly string[],
): Promise<Selectable<StoreDatabase[T]>[]> {
  // One query shape for four tables: Kysely cannot relate a table-name union to its columns.
  const rows = await inChunks(values, (slice) =>
    trx
      .selectFrom(table as 'link_keys')
      .selectAll()
      .where(column as 'document', 'in', slice)
      .execute(),
  );
  return rows as unknown as Selectable<StoreDatabase[T]>[];
}
