// `triangulate export`: claims, incidents, conflicts and estimates out of the store, whole or filtered.
import type { Command } from 'commander';
import { formatAnalysis } from '../format/format-analysis.js';
import { formatCsv } from '../format/format-csv.js';
import { writeJsonl } from '../format/write-jsonl.js';
import { openStore, storeTarget } from '../store/open-store.js';
import { checkFormat, emit } from './shared-options.js';
import { addDbOption } from './store-option.js';

const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'table', 'md'] as const;

interface ExportOptions {
  readonly db?: string;
  readonly format: string;
  readonly out?: string;
  readonly incident?: string;
  readonly query?: string;
}

export function registerExport(program: Command): void {
  addDbOption(
    program
      .command('export')
      .description('print what the store holds, as analyze would (CSV: one row per claim)'),
  )
    .option('-f, --format <format>', `output format: ${EXPORT_FORMATS.join('|')}`, 'json')
    .option('-o, --out <file>', 'write the output to a file instead of standard output')
    .option('--incident <id>', 'only this incident')
    .option(
      '--query <words>',
      'only incidents and claims matching a full-text search ("train hijack", "bla -militants")',
    )
    .option('-q, --quiet', 'no notes on stderr')
    .action(async (opts: ExportOptions) => {
      checkFormat(opts.format, EXPORT_FORMATS);
      const store = await openStore(storeTarget(opts.db));
      try {
        const analysis = await store.analysis({ incident: opts.incident, query: opts.query });
        const stale = await store.staleness();
        if (stale !== null) process.stderr.write(`triangulate: warning: ${stale}\n`);
        if (opts.format === 'jsonl') await writeJsonl(analysis, opts.out);
        else
          await emit(
            opts.format === 'csv' ? formatCsv(analysis) : formatAnalysis(analysis, opts.format),
            opts.out,
          );
      } finally {
        await store.close();
      }
    });
}
