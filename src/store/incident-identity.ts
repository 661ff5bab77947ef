// Stable incident ids. `reconcile` names incidents from their labels, which shift as reports arrive; the store keeps
// an id once it made one. Each stored incident is known by its members — the local incidents (document id, local
// key) linking put in it — and each new clustering is matched to the stored one by overlap of members:
// - every stored incident continues in the new incident holding most of its members (ties: the one reconcile names
//   with the stored id, then the one whose smallest member sorts first), so reports joining it or leaving it never change its id;
// - a new incident that continues several stored ones (a merge) takes the oldest id; the others become aliases of
//   it, and still resolve (`resolveIncidentId`);
// - a new incident that continues none gets a fresh id (its label's slug, `-2`… when taken); when it holds members
//   of a stored incident, it is the part that left in a split, and records which (`split_from`);
// - a stored incident none of whose members is left (its reports were deleted) is retired; its id is never reused.
// The plan depends only on the stored members and the new clustering, never on the order reports arrived in.
import type { Kysely, Transaction } from 'kysely';
import type { DocumentExtraction } from '../model/extraction.js';
import type { ReconciledView } from './row-mapping.js';
import type { StoreDatabase } from './store-schema.js';
import { inChunks } from './in-chunks.js';

/** One incident of the new clustering: the id `reconcile` gave it and its members (`document \u0000 localKey`). */
export interface NewIncident {
  readonly provisional: string;
  readonly members: readonly string[];
}

export interface StoredIdentities {
  /** member → the live stored incident id it belongs to. */
  readonly members: ReadonlyMap<string, string>;
  /** Live stored incident ids → creation order (smaller is older). */
  readonly age: ReadonlyMap<string, number>;
  /** Every id ever given, live, aliased or retired: never given again. */
  readonly taken: ReadonlySet<string>;
}

export interface IdentityPlan {
  /** provisional id → stable id, for every new incident. */
  readonly ids: ReadonlyMap<string, string>;
  /** Ids made now, in the order they are created (so ages are deterministic), with the incident they split from. */
  readonly created: readonly { readonly id: string; readonly splitFrom: string | null }[];
  /** Stored ids merged into another: they become its aliases. */
  readonly merged: readonly { readonly from: string; readonly into: string }[];
  /** Stored ids with no member left. */
  readonly retired: readonly string[];
}

/** Code-point order: the same on every machine and locale. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function planIdentities(incidents: readonly NewIncident[], stored: StoredIdentities): IdentityPlan {
  const first = incidents.map((i) => [...i.members].sort(byCodePoint)[0] ?? '');
  // Stored id → per new incident index, how many of its members went there.
  const overlap = new Map<string, Map<number, number>>();
  incidents.forEach((incident, n) => {
    for (const m of incident.members) {
      const old = stored.members.get(m);
      if (old === undefined) continue;
      const counts = overlap.get(old) ?? new Map<number, number>();
      counts.set(n, (counts.get(n) ?? 0) + 1);
      overlap.set(old, counts);
    }
  });
  // More members wins; on a tie, the part whose label still gives the stored id, then the smallest member.
  const continuesBetter = (n: number, m: number, cn: number, cm: number, old: string) =>
    cn !== cm
      ? cn > cm
      : (incidents[n]!.provisional === old) !== (incidents[m]!.provisional === old)
        ? incidents[n]!.provisional === old
        : byCodePoint(first[n]!, first[m]!) < 0;
  const heirs = new Map<number, string[]>();
  for (const [old, counts] of overlap) {
    let best = -1;
    for (const [n, c] of counts)
      if (best < 0 || continuesBetter(n, best, c, counts.get(best)!, old)) best = n;
    heirs.set(best, [...(heirs.get(best) ?? []), old]);
  }
  const ageOf = (id: string) => stored.age.get(id) ?? Number.MAX_SAFE_INTEGER;
  const oldestFirst = (a: string, b: string) => ageOf(a) - ageOf(b) || byCodePoint(a, b);
  const ids = new Map<string, string>();
  const merged: { from: string; into: string }[] = [];
  const used = new Set(stored.taken);
  incidents.forEach((incident, n) => {
    const olds = heirs.get(n);
    if (!olds) return;
    const [keep, ...rest] = [...olds].sort(oldestFirst);
    ids.set(incident.provisional, keep!);
    for (const from of rest) merged.push({ from, into: keep! });
  });
  // New incidents in a canonical order (their smallest member), so equal inputs make equal ids and ages.
  const fresh = incidents
    .map((incident, n) => ({ incident, n }))
    .filter(({ n }) => !heirs.has(n))
    .sort((a, b) => byCodePoint(first[a.n]!, first[b.n]!));
  const created: { id: string; splitFrom: string | null }[] = [];
  for (const { incident, n } of fresh) {
    const id = freeId(incident.provisional, used);
    used.add(id);
    ids.set(incident.provisional, id);
    created.push({ id, splitFrom: splitSource(n, overlap, oldestFirst) });
  }
  const continuing = new Set([...heirs.values()].flat());
  const retired = [...stored.age.keys()].filter((id) => !continuing.has(id)).sort(byCodePoint);
  merged.sort((a, b) => byCodePoint(a.from, b.from));
  return { ids, created, merged, retired };
}

/** The stored incident a new one took most members from (the oldest on a tie), or null when it took none. */
function splitSource(
  n: number,
  overlap: ReadonlyMap<string, ReadonlyMap<number, number>>,
  oldestFirst: (a: string, b: string) => number,
): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [old, counts] of overlap) {
    const c = counts.get(n) ?? 0;
    if (c > most || (c === most && c > 0 && best !== null && oldestFirst(old, best) < 0))
      [best, most] = [old, c];
  }
  return best;
}

function freeId(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  let k = 2;
  while (used.has(`${base}-${k}`)) k++;
  return `${base}-${k}`;
}

/** The new clustering as members: every local incident of every report, by the incident linking put it in. */
export function newIncidents(
  extractions: readonly DocumentExtraction[],
  idOf: (document: string, key: string) => string | null,
): NewIncident[] {
  const members = new Map<string, string[]>();
  for (const e of extractions) {
    for (const local of e.incidents) {
      const id = idOf(e.document.id, local.key);
      if (id === null) continue;
      const list = members.get(id) ?? [];
      list.push(memberKey(e.document.id, local.key));
      members.set(id, list);
    }
  }
  return [...members].map(([provisional, list]) => ({ provisional, members: list }));
}

export function memberKey(document: string, key: string): string {
  return `${document}\u0000${key}`;
}

/** The view with every incident id replaced by its stable id (conflict ids start with their incident's). */
export function withStableIds(view: ReconciledView, ids: ReadonlyMap<string, string>): ReconciledView {
  const to = (id: string) => ids.get(id) ?? id;
  const same = [...ids].every(([a, b]) => a === b);
  if (same) return view;
  return {
    incidents: view.incidents.map((i) => ({ ...i, id: to(i.id) })),
    claims: view.claims.map((c) => (c.incident === null ? c : { ...c, incident: to(c.incident) })),
    conflicts: view.conflicts.map((c) => ({
      ...c,
      id: c.id.startsWith(`${c.incident}:`) ? `${to(c.incident)}${c.id.slice(c.incident.length)}` : c.id,
      incident: to(c.incident),
    })),
    estimates: view.estimates.map((e) => ({ ...e, incident: to(e.incident) })),
    timeline: view.timeline.map((t) => ({ ...t, incident: to(t.incident) })),
  };
}

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

export async function storedIdentities(trx: Db): Promise<StoredIdentities> {
  const rows = await trx
    .selectFrom('incident_members')
    .select(['document', 'local_key', 'incident'])
    .execute();
  const registry = await trx
    .selectFrom('incident_ids')
    .select(['id', 'seq', 'alias_of', 'retired'])
    .execute();
  return identitiesFrom(rows, registry);
}

/** Stored identities from member and registry rows; `taken` also holds `alsoTaken` (ids a new incident may not get). */
export function identitiesFrom(
  members: readonly { document: string; local_key: string; incident: string }[],
  registry: readonly { id: string; seq: number; alias_of: string | null; retired: boolean }[],
  alsoTaken: Iterable<string> = [],
): StoredIdentities {
  return {
    members: new Map(members.map((r) => [memberKey(r.document, r.local_key), r.incident])),
    age: new Map(registry.filter((r) => r.alias_of === null && !r.retired).map((r) => [r.id, r.seq])),
    taken: new Set([...registry.map((r) => r.id), ...alsoTaken]),
  };
}

const CHUNK = 500;

/** Writes the plan: new ids, aliases, retirements, and the members whose incident changed. */
export async function saveIdentities(
  trx: Transaction<StoreDatabase>,
  plan: IdentityPlan,
  incidents: readonly NewIncident[],
  stored: StoredIdentities,
): Promise<void> {
  // One row at a time: the identity column then numbers them in the plan's order.
  for (const { id, splitFrom } of plan.created) {
    await trx.insertInto('incident_ids').values({ id, split_from: splitFrom }).execute();
  }
  for (const { from, into } of plan.merged) {
    await trx.updateTable('incident_ids').set({ alias_of: into }).where('id', '=', from).execute();
    // Aliases of an alias point at the survivor directly.
    await trx.updateTable('incident_ids').set({ alias_of: into }).where('alias_of', '=', from).execute();
  }
  await inChunks(plan.retired, (slice) =>
    trx.updateTable('incident_ids').set({ retired: true }).where('id', 'in', slice).execute(),
  );
  const wanted = new Map<string, string>();
  for (const incident of incidents) {
    const id = plan.ids.get(incident.provisional)!;
    for (const m of incident.members) wanted.set(m, id);
  }
  const gone = [...stored.members].filter(([m, id]) => wanted.get(m) !== id).map(([m]) => m.split('\u0000'));
  const added = [...wanted].filter(([m, id]) => stored.members.get(m) !== id);
  for (let i = 0; i < gone.length; i += CHUNK) {
    const slice = gone.slice(i, i + CHUNK);
    await trx
      .deleteFrom('incident_members')
      .where((eb) =>
        eb.or(slice.map(([d, k]) => eb.and([eb('document', '=', d!), eb('local_key', '=', k!)]))),
      )
      .execute();
  }
  for (let i = 0; i < added.length; i += CHUNK) {
    await trx
      .insertInto('incident_members')
      .values(
        added.slice(i, i + CHUNK).map(([m, incident]) => {
          const [document, local_key] = m.split('\u0000');
          return { document: document!, local_key: local_key!, incident };
        }),
      )
      .execute();
  }
}

/** What an incident id names now: itself while it lives, its survivor once merged; null when unknown or retired. */
export async function resolveIncidentId(db: Db, id: string): Promise<string | null> {
  let current = id;
  // Aliases point at the survivor directly; the bound only guards against a hand-edited cycle.
  for (let hop = 0; hop < 20; hop++) {
    const row = await db
      .selectFrom('incident_ids')
      .select(['alias_of', 'retired'])
      .where('id', '=', current)
      .executeTakeFirst();
    if (!row) return null;
    if (row.alias_of === null) return row.retired ? null : current;
    current = row.alias_of;
  }
  return null;
}
