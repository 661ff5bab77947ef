// Stored pair scores kept across refreshes (issue #13). The settling test links the stored incidents across a
// region's edge from their pairs' scores (`link_scores`, `linkScored`); consecutive refreshes of a feed meet mostly
// the same incidents, and reading their pairs again each time cost more than linking them.
//
// A local incident (member) is kept with the row of its report it was read from (sequence, text hash, version: a
// report replaced, re-extracted or edited is another row). A member's stored pairs are read whole when it is read,
// and a pair is kept, on both its sides, when both its members are kept. So two members kept with their current
// rows hold their pair if there is one: it was stored before the later of them was read (a pair is stored when its
// later member arrives), and read then. A member whose row moved, or that is evicted, leaves with all its pairs, off
// both sides. The cache belongs to one database handle, like the extraction cache.
import { sql, type Transaction } from 'kysely';
import type { ScoredMember } from '../reconcile/link-incidents.js';
import type { CacheKeyColumns } from './extraction-cache.js';
import type { StoreDatabase } from './store-schema.js';

/** PostgreSQL text holds no NUL: stored member keys use US (U+001F) where members use NUL. */
const toDb = (s: string) => s.replaceAll('\u0000', '\u001f');
const fromDb = (s: string) => s.replaceAll('\u001f', '\u0000');

interface Kept {
  readonly row: string;
  readonly main: boolean;
  /** Every stored pair of the member: the other member → the score. */
  readonly pairs: Map<string, number>;
}

/** Pairs (each counted on both its sides) the cache holds at most, least recently used members first out. */
export const PAIR_CACHE_ENTRIES = 600_000;

export class PairCache {
  private readonly kept = new Map<string, Kept>();
  private entries = 0;

  constructor(private readonly limit = PAIR_CACHE_ENTRIES) {}

  /**
   * The members (with their main flag) and the stored pairs between them, for `linkScored`. `rowOf` gives each
   * member's report row as it is now; members of no stored node are left out.
   */
  async among(
    trx: Transaction<StoreDatabase>,
    members: ReadonlySet<string>,
    rowOf: (member: string) => CacheKeyColumns | undefined,
  ): Promise<{
    members: ScoredMember[];
    pairs: { a: string; b: string; score: number }[];
  }> {
    const rows = new Map<string, string>();
    for (const m of members) {
      const row = rowOf(m);
      if (row !== undefined) rows.set(m, rowKey(row));
    }
    const fresh = [...rows].filter(([m, row]) => this.kept.get(m)?.row !== row).map(([m]) => m);
    for (const m of fresh) this.drop(m);
    if (fresh.length > 0) await this.read(trx, fresh, rows);
    const out: { a: string; b: string; score: number }[] = [];
    const scored: ScoredMember[] = [];
    for (const m of rows.keys()) {
      const k = this.kept.get(m);
      if (k === undefined) continue;
      // Used: the most recently used members go last, so they are evicted last.
      this.kept.delete(m);
      this.kept.set(m, k);
      scored.push({ member: m, main: k.main });
      for (const [other, score] of k.pairs)
        if (m < other && rows.has(other)) out.push({ a: m, b: other, score });
    }
    this.evict(new Set(rows.keys()));
    return { members: scored, pairs: out };
  }

  /** Reads some members' node rows and all their pairs. */
  private async read(
    trx: Transaction<StoreDatabase>,
    fresh: readonly string[],
    rows: ReadonlyMap<string, string>,
  ) {
    const documents = [...new Set(fresh.map((m) => m.slice(0, m.indexOf('\u0000'))))];
    const wanted = new Set(fresh);
    // A report's nodes by its empty key (index link_keys_node); a member's pairs through the index on its side,
    // one lookup per member (`offset 0` keeps the planner from scanning the whole table, which it estimates as
    // cheaper for a few hundred members and is not).
    const nodes = await sql<{ member: string; main: boolean }>`
      select k.member, k.main from unnest(${documents}::text[]) d(id),
        lateral (select member, main from link_keys where key = '' and document = d.id offset 0) k`.execute(
      trx,
    );
    for (const r of nodes.rows) {
      const m = fromDb(r.member);
      if (wanted.has(m)) this.kept.set(m, { row: rows.get(m)!, main: r.main, pairs: new Map() });
    }
    const stored = fresh.filter((m) => this.kept.has(m)).map(toDb);
    const pairs = await sql<{ a: string; b: string; score: number }>`
      with fresh(m) as materialized (select unnest(${stored}::text[]))
      select s.a, s.b, s.score from fresh f, lateral (select a, b, score from link_scores where a = f.m offset 0) s
      union all
      select s.a, s.b, s.score from fresh f, lateral (select a, b, score from link_scores where b = f.m offset 0) s`.execute(
      trx,
    );
    for (const r of pairs.rows) {
      // Kept on both sides, or not at all: a pair with a member not kept is read again with that member.
      const [a, b] = [this.kept.get(fromDb(r.a)), this.kept.get(fromDb(r.b))];
      if (a === undefined || b === undefined) continue;
      this.note(a, fromDb(r.b), Number(r.score));
      this.note(b, fromDb(r.a), Number(r.score));
    }
  }

  private note(k: Kept, other: string, score: number) {
    if (!k.pairs.has(other)) this.entries++;
    k.pairs.set(other, score);
  }

  /** A member and its pairs out of the cache, off both sides. */
  private drop(m: string) {
    const k = this.kept.get(m);
    if (k === undefined) return;
    for (const other of k.pairs.keys()) {
      if (this.kept.get(other)?.pairs.delete(m)) this.entries--;
    }
    this.entries -= k.pairs.size;
    this.kept.delete(m);
  }

  /** Least recently used members out until the bound holds; the members in use stay. */
  private evict(using: ReadonlySet<string>) {
    for (const m of this.kept.keys()) {
      if (this.entries <= this.limit) return;
      if (!using.has(m)) this.drop(m);
    }
  }
}

function rowKey(row: CacheKeyColumns): string {
  return `${row.seq}\u0000${row.hash}\u0000${row.version}`;
}

const byHandle = new WeakMap<object, PairCache>();

/** The pair cache of one database handle (a store's Kysely instance), made on first use. */
export function pairCacheOf(handle: object): PairCache {
  let cache = byHandle.get(handle);
  if (cache === undefined) byHandle.set(handle, (cache = new PairCache()));
  return cache;
}
