// The main incident's UCDP row as `column: value` lines: what docs/event-rows.md shows, and a test regenerates.
import type { Analysis } from '../model/analysis.js';
import { UCDP_COLUMNS, ucdpRow } from './format-ucdp.js';

export function ucdpSummary(analysis: Analysis): string {
  const main = [...analysis.incidents].sort((a, b) => b.documents.length - a.documents.length)[0];
  if (!main) return '';
  const row = ucdpRow(analysis, main);
  const skip = new Set(['source_article', 'source_headline', 'source_date', 'source_original']);
  return (
    UCDP_COLUMNS.flatMap((c, i) => (skip.has(c) ? [] : [`${c}: ${String(row[i] ?? '')}`])).join('\n') + '\n'
  );
}
