// Span matching for attribution scoring: two spans match when they share at least one character.
import type { BratSpan } from './read-polnear.js';

export type Range = readonly [number, number];

export function rangesOverlap(a: Range, b: Range): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export function spanOverlaps(span: BratSpan, range: Range): boolean {
  return span.fragments.some((f) => rangesOverlap(f, range));
}

/**
 * Where `needle` occurs in `text`: inside `within` if it does there (case-insensitive), else the occurrence
 * nearest before `anchor` anywhere in the text; null when it does not occur.
 */
export function locatePhrase(text: string, needle: string, within: Range, anchor: number): Range | null {
  const n = needle.trim();
  if (n === '') return null;
  const hay = text.toLowerCase();
  const lower = n.toLowerCase();
  const hits: number[] = [];
  for (let i = hay.indexOf(lower); i >= 0; i = hay.indexOf(lower, i + 1)) hits.push(i);
  if (hits.length === 0) return null;
  const distance = (i: number) => Math.abs(i - anchor) + (i > anchor ? 0.5 : 0);
  const inside = hits.filter((i) => i >= within[0] && i + n.length <= within[1]);
  const pool = inside.length > 0 ? inside : hits.filter((i) => i <= anchor);
  const pick = (pool.length > 0 ? pool : hits).reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return [pick, pick + n.length];
}
