// Output formats of an analysis, chosen by name.
import type { Analysis } from '../model/analysis.js';
import { formatAcled } from './format-acled.js';
import { formatCsv } from './format-csv.js';
import { formatMarkdown } from './format-markdown.js';
import { jsonlLines } from './write-jsonl.js';
import { formatTable, type TableOptions } from './format-table.js';
import { formatUcdp } from './format-ucdp.js';

export const ANALYSIS_FORMATS = ['table', 'json', 'jsonl', 'md', 'csv', 'ucdp', 'acled'] as const;

export function formatAnalysis(result: Analysis, format: string, table: Partial<TableOptions> = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify(result, null, 2) + '\n';
    case 'jsonl':
      return [...jsonlLines(result)].join('');
    case 'md':
      return formatMarkdown(result);
    case 'csv':
      return formatCsv(result);
    case 'ucdp':
      return formatUcdp(result);
    case 'acled':
      return formatAcled(result);
    default:
      return formatTable(result, { color: process.stdout.isTTY === true, ...table });
  }
}
