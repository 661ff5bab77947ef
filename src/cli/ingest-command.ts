// `triangulate ingest INPUT...`: read reports into the store. Re-ingesting a stored text is a no-op, said so.
import type { Command } from 'commander';
import type { SourceDocument } from '../model/document.js';
import { readInputs } from '../ingest/read-inputs.js';
import { openStore, redact, storeTarget } from '../store/open-store.js';
import type { IngestReport } from '../store/store.js';
import { checkDate, checkFormat, reportInputError } from './shared-options.js';
import { addDbOption, progressBar } from './store-option.js';

const INGEST_FORMATS = ['text', 'json'] as const;

interface IngestOptions {
  readonly db?: string;
  readonly format: string;
  readonly published?: string;
  readonly quiet?: boolean;
}

export function registerIngest(program: Command): void {
  addDbOption(
    program
      .command('ingest')
      .description(
        'read reports into the store (files, directories, URLs, - for stdin); known texts are skipped',
      )
      .argument('<inputs...>', 'files, directories, URLs or - for standard input'),
  )
    .option('-f, --format <format>', `report format: ${INGEST_FORMATS.join('|')}`, 'text')
    .option('--published <date>', 'reference date (YYYY-MM-DD) for documents that carry none')
    .option('-q, --quiet', 'no progress bar or notes on stderr')
    .action(async (inputs: string[], opts: IngestOptions) => {
      checkFormat(opts.format, INGEST_FORMATS);
      const published = checkDate(opts.published);
      const target = storeTarget(opts.db);
      // Open first: a bad --db answers before a slow read of many inputs.
      const store = await openStore(target);
      try {
        let failures = 0;
        const documents: SourceDocument[] = [];
        for await (const item of readInputs(inputs, { published })) {
          if (item.kind === 'document') documents.push(item.document);
          else {
            failures++;
            reportInputError(item.input, item.error);
          }
        }
        const bar = progressBar(documents.length, opts.quiet === true);
        const report = await store.ingest(documents, { published, onProgress: bar.update }).finally(bar.stop);
        for (const f of report.failed) process.stderr.write(`triangulate: ${f.source}: ${f.message}\n`);
        process.stdout.write(
          opts.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : summary(report, target),
        );
        if (documents.length === 0 || report.failed.length === documents.length) {
          process.stderr.write(
            `triangulate: nothing could be ingested (${failures + report.failed.length} input(s) failed)\n`,
          );
          process.exitCode = 1;
        }
      } finally {
        await store.close();
      }
    });
}

function summary(report: IngestReport, target: string): string {
  const lines = [
    `added ${report.added.length} document(s), ${report.unchanged.length} unchanged (already stored)` +
      (report.failed.length ? `, ${report.failed.length} failed` : '') +
      ` · store: ${redact(target)}`,
  ];
  const shown = report.unchanged
    .slice(0, 5)
    .map((u) => (u.id === u.source ? u.id : `${u.source} (as ${u.id})`));
  if (shown.length) {
    lines.push(`unchanged: ${shown.join(', ')}${report.unchanged.length > shown.length ? ', …' : ''}`);
  }
  return lines.join('\n') + '\n';
}
