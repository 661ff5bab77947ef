// Output formats of an analysis, chosen by name.
import type { Analysis } from '../model/analysis.js';
import { formatTable } from './format-table.js';
import { formatMarkdown } from './format-markdown.js';
import { jsonlLines } from './write-jsonl.js';

export const ANALYSIS_FORMATS = ['table', 'json', 'jsonl', 'md'] as const;

export function formatAnalysis(result: Analysis, format: string): string {
  switch (format) {
    case 'json':
      return JSON.stringify(result, null, 2) + '\n';
    case 'jsonl':
      return [...jsonlLines(result)].join('');
    case 'md':
      return formatMarkdown(result);
    default:
      return formatTable(result, { color: process.stdout.isTTY === true });
  }
}
