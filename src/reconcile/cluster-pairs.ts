// Agglomerative clustering over scored pairs, best pair first: two clusters merge while the mean score of the
// pairs between them that were scored reaches the threshold and no cannot-link rule forbids the merge. The result
// depends on the scores only, never on input order: ties go to the pair whose smallest members come first in the
// caller's canonical order. Pairs never scored (no shared blocking key) are unknown by default, so a large event
// whose reports were compared in windows is not pulled apart by the pairs that were never compared; with `unscored`
// they count at that score, so one report sharing a key with one member of a cluster does not bring its whole
// cluster in when it shares nothing with the rest.

export interface ScoredPair {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

export interface ClusterOptions {
  readonly threshold: number;
  /** True when the two clusters (node indices) may never be one: same document, dates that cannot fit. */
  readonly cannotLink: (left: readonly number[], right: readonly number[]) => boolean;
  /** Clusters to start from (a partition of 0..n-1, each sorted); singletons by default. */
  readonly initial?: readonly (readonly number[])[];
  /**
   * The score of a pair never scored (its members share no blocking key), when every pair between two clusters
   * could have been scored: then the mean is over all pairs between them, not only those that share a key.
   * Undefined: such pairs are unknown and the mean is over the scored pairs only.
   */
  readonly unscored?: number;
  /**
   * A higher bar for some merges: two clusters that `applies` names merge only while their mean reaches `threshold`
   * too. A merge held back this way is not forbidden: the two may still merge once either has grown and their mean
   * reaches it.
   */
  readonly stricter?: {
    readonly threshold: number;
    readonly applies: (left: readonly number[], right: readonly number[]) => boolean;
  };
}

interface Entry {
  readonly mean: number;
  readonly x: number;
  readonly y: number;
  readonly vx: number;
  readonly vy: number;
}

export function clusterPairs(n: number, pairs: readonly ScoredPair[], options: ClusterOptions): number[][] {
  // Clusters are numbered by their first member, so a cluster's number is its smallest node.
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const alive = new Array<boolean>(n).fill(true);
  const home = Array.from({ length: n }, (_, i) => i);
  for (const group of options.initial ?? []) {
    const first = Math.min(...group);
    for (const i of group) {
      home[i] = first;
      if (i !== first) [alive[i], members[i]] = [false, []];
    }
    members[first] = [...group].sort((p, q) => p - q);
  }
  const version = new Array<number>(n).fill(0);
  /** Per cluster: neighbour cluster → [sum of scored pairs, how many]. */
  const links: Map<number, [number, number]>[] = Array.from({ length: n }, () => new Map());
  for (const pair of pairs) {
    const [a, b, score] = [home[pair.a]!, home[pair.b]!, pair.score];
    if (a === b) continue;
    const l = links[a]!.get(b) ?? [0, 0];
    l[0] += score;
    l[1] += 1;
    links[a]!.set(b, l);
    links[b]!.set(a, l);
  }
  const heap = new EntryHeap();
  const push = (x: number, y: number) => {
    const l = links[x]!.get(y);
    if (!l || l[1] === 0) return;
    const all = members[x]!.length * members[y]!.length;
    const mean =
      options.unscored === undefined ? l[0] / l[1] : (l[0] + options.unscored * (all - l[1])) / all;
    if (mean < options.threshold) return;
    const [p, q] = x < y ? [x, y] : [y, x];
    heap.push({ mean, x: p, y: q, vx: version[p]!, vy: version[q]! });
  };
  for (let x = 0; x < n; x++) for (const y of links[x]!.keys()) if (x < y) push(x, y);
  for (let e = heap.pop(); e !== undefined; e = heap.pop()) {
    const { x, y } = e;
    if (!alive[x] || !alive[y] || version[x] !== e.vx || version[y] !== e.vy) continue;
    const stricter = options.stricter;
    if (stricter !== undefined && e.mean < stricter.threshold && stricter.applies(members[x]!, members[y]!))
      continue;
    if (options.cannotLink(members[x]!, members[y]!)) {
      links[x]!.delete(y);
      links[y]!.delete(x);
      continue;
    }
    // The merged cluster keeps the smaller index (its first member in canonical order).
    alive[y] = false;
    members[x] = [...members[x]!, ...members[y]!].sort((p, q) => p - q);
    members[y] = [];
    version[x]!++;
    links[x]!.delete(y);
    for (const [z, l] of links[y]!) {
      if (z === x) continue;
      const own = links[x]!.get(z);
      const merged: [number, number] = own ? [own[0] + l[0], own[1] + l[1]] : [l[0], l[1]];
      links[x]!.set(z, merged);
      links[z]!.delete(y);
      links[z]!.set(x, merged);
    }
    links[y] = new Map();
    for (const z of links[x]!.keys()) push(x, z);
  }
  return members.filter((m, i) => alive[i] && m.length > 0);
}

/** Max-heap on mean, ties to the pair with the smaller first index, then the smaller second. */
class EntryHeap {
  private readonly items: Entry[] = [];

  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  pop(): Entry | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last !== undefined) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

function before(p: Entry, q: Entry): boolean {
  if (p.mean !== q.mean) return p.mean > q.mean;
  if (p.x !== q.x) return p.x < q.x;
  return p.y < q.y;
}
