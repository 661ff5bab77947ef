// The part of the incidents one change can move, found without linking everything again (issue #13).
//
// The clustering (cluster-pairs.ts) merges the best pair of clusters first, and with average linkage a merge never
// makes a pair better than the better of its parts, so the levels it merges at only go down. Two facts follow:
// 1. Linked alone, a set of local incidents that is a union of final incidents comes out as those incidents: no
//    merge ever crossed its edge, and the merges inside it depend on its own pairs only.
// 2. Two such sets linked side by side come out as each did alone unless a pair of clusters across them would be
//    merged first; a mean never exceeds its best pair, so only clusters with a strong pair (scored at or above the
//    threshold) across the edge can be.
// A change (reports added or removed) seeds the region: the added reports' incidents, whole stored incidents that
// they or their strong neighbours belong to, and what is left of incidents that lost a report. Everything outside
// is a union of stored incidents, each of them final in the old view and, holding the same pairs, linked alone as
// before. So the new view is the region's linking beside the stored incidents as soon as the region, linked together
// with every stored incident it has a strong pair with, leaves each of those whole and on its own (fact 2: their
// merges and the region's do not meet). A stored incident that does not come out whole joins the region and the
// test runs again. The region stays near the change however far the graph of strong pairs reaches: on real news
// that graph percolates (596 of 1,000 GVA articles in one component), so a region bounded by components was most
// of the store.

/** A local incident: `documentId \u0000 localKey`. */
export type Member = string;

export interface RegionSource {
  /** False for members of reports that are leaving. */
  readonly live: (member: Member) => boolean;
  /** The members joined to some members by a strong pair (stored or just scored). */
  readonly neighbours: (members: ReadonlySet<Member>) => Promise<readonly Member[]>;
  /** The stored incidents that hold some members, each as all its members. */
  readonly incidents: (members: readonly Member[]) => Promise<readonly (readonly Member[])[]>;
  /**
   * Links some members alone (`LinkOptions.within`) and answers each one's incident, or null when the reports
   * cannot be read as they are (the caller then refreshes in full).
   */
  readonly link: (
    members: ReadonlySet<Member>,
  ) => Promise<((document: string, key: string) => string | null) | null>;
}

export function memberDocument(member: Member): string {
  return member.slice(0, member.indexOf('\u0000'));
}

function memberLocalKey(member: Member): string {
  return member.slice(member.indexOf('\u0000') + 1);
}

/**
 * The smallest union of incidents of the new view that holds `seeds` and is found by the test above: link it alone
 * and its incidents are the new view's. Null when `link` answers null.
 */
export async function settleRegion(
  seeds: ReadonlySet<Member>,
  source: RegionSource,
): Promise<Set<Member> | null> {
  const region = new Set<Member>();
  const take = (members: Iterable<Member>) => {
    for (const m of members) if (source.live(m)) region.add(m);
  };
  take(seeds);
  const first = [...seeds, ...(await source.neighbours(new Set(seeds)))].filter(source.live);
  for (const incident of await source.incidents(first)) take(incident);
  for (;;) {
    const outside = (await source.neighbours(region)).filter((m) => source.live(m) && !region.has(m));
    if (outside.length === 0) return region;
    // The stored incidents across the edge, whole; a member with no stored incident stands alone.
    const groups: Member[][] = [];
    const grouped = new Set<Member>();
    for (const incident of await source.incidents(outside)) {
      const members = incident.filter((m) => source.live(m) && !region.has(m));
      for (const m of members) grouped.add(m);
      if (members.length > 0) groups.push(members);
    }
    for (const m of new Set(outside)) if (!grouped.has(m)) groups.push([m]);
    const together = new Set([...region, ...groups.flat()]);
    const idOf = await source.link(together);
    if (idOf === null) return null;
    const idOfMember = (m: Member) => idOf(memberDocument(m), memberLocalKey(m));
    const size = new Map<string | null, number>();
    for (const m of together) size.set(idOfMember(m), (size.get(idOfMember(m)) ?? 0) + 1);
    let settled = true;
    for (const members of groups) {
      const ids = new Set(members.map(idOfMember));
      const id = [...ids][0] ?? null;
      if (ids.size === 1 && id !== null && size.get(id) === members.length) continue;
      settled = false;
      take(members);
    }
    if (settled) return region;
  }
}
