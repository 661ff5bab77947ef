// A search as the user typed it, rewritten so PostgreSQL's websearch_to_tsquery cannot fail on it: at most
// MAX_TERMS words, quoted phrases and `-` exclusions kept, operators without a word (`----------`) dropped,
// `or` only between words. A query with no word left is a bad query, said so.
import { TriangulateError } from '../model/triangulate-error.js';

export const MAX_TERMS = 32;
const TERM = /(-?)(?:"([^"]*)"|([\p{L}\p{N}][\p{L}\p{N}'’_.-]*))/gu;

export function searchQuery(query: string): string {
  const parts: string[] = [];
  let words = 0;
  for (const m of query.replace(/\0/g, ' ').matchAll(TERM)) {
    const [, minus = '', phrase, word] = m;
    if (minus === '' && word?.toLowerCase() === 'or') {
      if (parts.length > 0 && parts.at(-1) !== 'or') parts.push('or');
      continue;
    }
    const text = phrase !== undefined ? phrase.replace(/[^\p{L}\p{N}\s'’_.-]/gu, ' ').trim() : word;
    if (!text) continue;
    if (++words > MAX_TERMS) break;
    parts.push(
      phrase !== undefined
        ? `${minus}"${text.split(/\s+/).slice(0, MAX_TERMS).join(' ')}"`
        : `${minus}${text}`,
    );
  }
  if (parts.at(-1) === 'or') parts.pop();
  if (words === 0) {
    throw new TriangulateError('bad_query', `search "${query.slice(0, 60)}" has no words to look for`);
  }
  return parts.join(' ');
}
