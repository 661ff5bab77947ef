// `triangulate analyze INPUT...`: read, extract, reconcile, print. Exit 1 only when nothing could be read.
import type { DocumentRecord } from '../model/document.js';
import { notReadWarning } from '../extract/detect-language.js';
import type { Command } from 'commander';
import { analyze } from '../analyze.js';
import { formatAnalysis, ANALYSIS_FORMATS } from '../format/format-analysis.js';
import { writeJsonl } from '../format/write-jsonl.js';
import {
  EXIT,
  addCommonOptions,
  addNetworkOption,
  addTableOptions,
  failedWhy,
  checkDate,
  checkFormat,
  emit,
  reportInputError,
  tableOptions,
  type CommonOptions,
} from './shared-options.js';

export function registerAnalyze(program: Command): void {
  addCommonOptions(
    addTableOptions(
      addNetworkOption(
        program
          .command('analyze')
          .description('extract and reconcile the figures in reports (files, directories, - for stdin)')
          .argument('<inputs...>', 'files, directories, URLs or - for standard input')
          .option('--since <date>', 'skip feed items published before this date (YYYY-MM-DD)')
          .option(
            '--text-column <name>',
            'the CSV column that holds each report’s text (default: text, else html)',
          ),
      ),
    ),
    ANALYSIS_FORMATS,
    'table',
  ).action(
    async (
      inputs: string[],
      opts: CommonOptions & {
        readonly since?: string;
        readonly allowPrivateNetwork?: boolean;
        readonly textColumn?: string;
      },
    ) => {
      const format = opts.format ?? 'table';
      checkFormat(format, ANALYSIS_FORMATS);
      const published = checkDate(opts.published);
      const since = checkSince(opts.since);
      let failures = 0;
      const result = await analyze(inputs, {
        published,
        since,
        ...(opts.allowPrivateNetwork ? { allowPrivate: true } : {}),
        ...(opts.textColumn ? { textColumn: opts.textColumn } : {}),
        onWarning: (message: string) => process.stderr.write(`triangulate: warning: ${message}\n`),
        onError: (input, error) => {
          failures++;
          reportInputError(input, error);
        },
      });
      if (result.documents.length === 0) {
        process.stderr.write(`triangulate: nothing could be read (${failedWhy(failures)})\n`);
        process.exitCode = EXIT.none;
        return;
      }
      warnNotRead(result.documents);
      if (format === 'jsonl') await writeJsonl(result, opts.out);
      else await emit(formatAnalysis(result, format, tableOptions(opts)), opts.out);
      if (failures > 0) {
        process.stderr.write(`triangulate: ${failures} input(s) failed; the others were analyzed\n`);
        process.exitCode = EXIT.some;
      }
    },
  );
}

function checkSince(date: string | undefined): string | null {
  if (date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))) {
    throw new Error(`--since "${date}" is not a date; write it as YYYY-MM-DD`);
  }
  return date ?? null;
}

/** A report in a language we do not read is said on stderr: zero figures must never look like zero casualties. */
export function warnNotRead(documents: readonly DocumentRecord[]): void {
  for (const d of documents) {
    if (d.language && !d.language.read)
      process.stderr.write(`triangulate: warning: ${notReadWarning(d.id, d.language)}\n`);
  }
}
