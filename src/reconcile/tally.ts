// Small counting helpers shared by the reconciliation stages.

/** Most frequent string; ties go to the longer (more informative) one. */
export function mostCommon(items: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const s of items) counts.set(s, (counts.get(s) ?? 0) + 1);
  return mostCounted(counts);
}

/** `mostCommon` over strings already counted, in first-seen order: more wins, then longer, then earlier. */
export function mostCounted(counts: Iterable<readonly [string, number]>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [s, n] of counts)
    if (best === null || n > bestCount || (n === bestCount && s.length > best.length)) {
      best = s;
      bestCount = n;
    }
  return best;
}

/**
 * `compute` remembered per key, for values every report asks for again (a name's keys, a word's background count): at
 * most `limit` kept, all forgotten when full, so a process that runs for years does not keep every key it met.
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value;
  };
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function groupBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) push(map, key(item), item);
  return map;
}
