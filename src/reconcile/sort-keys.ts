// Sort keys that order the reconciled view's rows the way `reconcile` orders its arrays, computed from each row
// alone: a store that rewrites some incidents keeps every other row where it was. Keys are hexadecimal, so any
// collation orders them as the code-unit comparisons they stand for.
import type { Incident } from '../model/analysis.js';

/** A string's UTF-16 code units, 4 hex digits each, then `0000`: ascending code-unit order, shorter prefix first. */
export function ascendingKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, '0');
  return `${out}0000`;
}

/** Descending code-unit order (the longer of a prefix pair first); null after every string. */
export function descendingKey(s: string | null): string {
  if (s === null || s === '') return 'ffff';
  let out = '';
  for (let i = 0; i < s.length; i++) out += (0xffff - s.charCodeAt(i)).toString(16).padStart(4, '0');
  return `${out}ffff`;
}

/** A non-negative integer as fixed-width hexadecimal (up to 2^53). */
export function numberKey(n: number): string {
  return Math.max(0, Math.floor(n)).toString(16).padStart(14, '0');
}

/**
 * The order of incidents as a key: main events first, then more reports first, then the latest date first, then the
 * incident whose first member (document id, local key) comes first, as linking's clusters come.
 */
export function incidentSortKey(incident: Incident, firstMember: string): string {
  const [document, local] = firstMember.split('\u0000') as [string, string | undefined];
  return [
    incident.main ? '0' : '1',
    numberKey(2 ** 40 - incident.documents.length),
    descendingKey(incident.date),
    ascendingKey(document),
    ascendingKey(local ?? ''),
  ].join('');
}

/** Where a timeline entry stands: its first statement's time and report order, then its first claim's id. */
export interface TimelinePlace {
  readonly when: string | null;
  readonly order: number;
  readonly first: string;
}

/**
 * `byTime`: dated statements first by date, then report order; entries that `firstSaid` gave one time and order
 * (a repeat dated when first said) by their first claim's id, so the store's row order never depends on ties.
 */
export function timelineKey(t: TimelinePlace): string {
  return `${t.when === null ? '1' : `0${ascendingKey(t.when)}`}${numberKey(t.order)}${ascendingKey(t.first)}`;
}
