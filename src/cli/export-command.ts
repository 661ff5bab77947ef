// `triangulate export`: claims, incidents, conflicts and estimates out of the store, whole or filtered.
import type { Command } from 'commander';
import { formatAnalysis } from '../format/format-analysis.js';
import { writeJsonl } from '../format/write-jsonl.js';
import { openStore, storeTarget } from '../store/open-store.js';
import { checkFormat, emit, tableOptions } from './shared-options.js';
import { addDbOption } from './store-option.js';

const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'table', 'md', 'ucdp', 'acled'] as const;

interface ExportOptions {
  readonly db?: string;
  readonly format: string;
  readonly out?: string;
  readonly incident?: string;
  readonly query?: string;
  readonly width?: string;
  readonly all?: boolean;
}

export function registerExport(program: Command): void {
  addDbOption(
    program
      .command('export')
      .description(
        'print what the store holds, as analyze would (csv: one row per claim; ucdp, acled: one row per incident)',
      ),
  )
    .option('-f, --format <format>', `output format: ${EXPORT_FORMATS.join('|')}`, 'json')
    .option('-o, --out <file>', 'write the output to a file instead of standard output')
    .option('--incident <id>', 'only this incident')
    .option(
      '--query <words>',
      'only incidents and claims matching a full-text search ("train hijack", "bla -militants")',
    )
    .option('-q, --quiet', 'no notes on stderr')
    .option('--width <columns>', 'table width in columns (default: the terminal’s, else 100)')
    .option('--all', 'table: show recalled incidents’ figures too, not one "also mentioned" line')
    .action(async (opts: ExportOptions) => {
      checkFormat(opts.format, EXPORT_FORMATS);
      const store = await openStore(storeTarget(opts.db));
      try {
        const analysis = await store.analysis({ incident: opts.incident, query: opts.query });
        const stale = await store.staleness();
        if (stale !== null) process.stderr.write(`triangulate: warning: ${stale}\n`);
        if (opts.format === 'jsonl') await writeJsonl(analysis, opts.out);
        else await emit(formatAnalysis(analysis, opts.format, tableOptions(opts)), opts.out);
      } finally {
        await store.close();
      }
    });
}
