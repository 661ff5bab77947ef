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
