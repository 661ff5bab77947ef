// Small counting helpers shared by the reconciliation stages.

/** Most frequent string; ties go to the longer (more informative) one. */
export function mostCommon(items: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const s of items) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: string | null = null;
  for (const [s, n] of counts) {
    const bn = best === null ? 0 : (counts.get(best) ?? 0);
    if (best === null || n > bn || (n === bn && s.length > best.length)) best = s;
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
