// `triangulate ingest INPUT...`: read reports into the store. Re-ingesting a stored text is a no-op, said so.
import type { Command } from 'commander';
import type { SourceDocument } from '../model/document.js';
import { readInputs } from '../ingest/read-inputs.js';
import { openStore, redact, storeTarget } from '../store/open-store.js';
import type { IngestReport, Store } from '../store/store.js';
import { TriangulateError } from '../model/triangulate-error.js';
import {
  EXIT,
  addNetworkOption,
  checkDate,
  checkFormat,
  failedWhy,
  reportInputError,
} from './shared-options.js';
import { addDbOption, progressBar } from './store-option.js';

const INGEST_FORMATS = ['text', 'json'] as const;

interface IngestOptions {
  readonly db?: string;
  readonly format: string;
  readonly published?: string;
  readonly quiet?: boolean;
  readonly verbose?: boolean;
  readonly reextract?: boolean;
  readonly allowPrivateNetwork?: boolean;
}

export function registerIngest(program: Command): void {
  addNetworkOption(
    addDbOption(
      program
        .command('ingest')
        .description(
          'read reports into the store (files, directories, URLs, - for stdin); known texts are skipped',
        )
        .argument('[inputs...]', 'files, directories, URLs or - for standard input'),
    )
      .option('-f, --format <format>', `report format: ${INGEST_FORMATS.join('|')}`, 'text')
      .option('--published <date>', 'reference date (YYYY-MM-DD) for documents that carry none')
      .option('--reextract', 'also extract every stored document again (after upgrading triangulate)')
      .option('-q, --quiet', 'no progress bar or notes on stderr')
      .option('-v, --verbose', 'one line per document on standard output as it is stored'),
  ).action(async (inputs: string[], opts: IngestOptions) => {
    checkFormat(opts.format, INGEST_FORMATS);
    const published = checkDate(opts.published);
    if (inputs.length === 0 && !opts.reextract) {
      throw new TriangulateError(
        'bad_input',
        'nothing to ingest: give files, directories, URLs or - (or --reextract)',
      );
    }
    const target = storeTarget(opts.db);
    // Open first: a bad --db answers before a slow read of many inputs.
    const store = await openStore(target);
    let code = 0;
    try {
      code = await ingestInto(store, inputs, published, opts, target);
    } finally {
      await store.close();
    }
    // After close: PGlite's shutdown resets process.exitCode.
    if (code !== 0) process.exitCode = code;
  });
}

/** Reads, stores and reports; resolves to the exit code. */
async function ingestInto(
  store: Store,
  inputs: readonly string[],
  published: string | null,
  opts: IngestOptions,
  target: string,
): Promise<number> {
  const { documents, failures } = await readDocuments(inputs, published, opts.allowPrivateNetwork === true);
  const bar = progressBar(documents.length, opts.quiet === true);
  const stop = stopOnInterrupt(opts.quiet === true);
  const report = await store
    .ingest(documents, {
      published,
      signal: stop.signal,
      onProgress: bar.update,
      onDocument: opts.verbose ? (r) => process.stdout.write(`${r.kind} ${r.id} ${r.source}\n`) : undefined,
    })
    .finally(() => {
      bar.stop();
      stop.release();
    });
  for (const f of report.failed) process.stderr.write(`triangulate: ${f.source}: ${f.message}\n`);
  const reextracted = opts.reextract && !report.skipped ? await store.reextract() : null;
  process.stdout.write(
    opts.format === 'json'
      ? JSON.stringify(reextracted === null ? report : { ...report, reextracted }, null, 2) + '\n'
      : summary(report, target, reextracted),
  );
  if (report.skipped) return 130;
  const failed = failures + report.failed.length;
  if (inputs.length > 0 && (documents.length === 0 || report.failed.length === documents.length)) {
    process.stderr.write(`triangulate: nothing could be ingested (${failedWhy(failed)})\n`);
    return EXIT.none;
  }
  if (failed > 0) {
    process.stderr.write(`triangulate: ${failed} input(s) failed; the others were stored\n`);
    return EXIT.some;
  }
  return EXIT.all;
}

async function readDocuments(
  inputs: readonly string[],
  published: string | null,
  allowPrivate: boolean,
): Promise<{ documents: SourceDocument[]; failures: number }> {
  let failures = 0;
  const documents: SourceDocument[] = [];
  const onWarning = (message: string) => process.stderr.write(`triangulate: warning: ${message}\n`);
  for await (const item of readInputs(inputs, {
    published,
    onWarning,
    ...(allowPrivate ? { allowPrivate } : {}),
  })) {
    if (item.kind === 'document') documents.push(item.document);
    else {
      failures++;
      reportInputError(item.input, item.error);
    }
  }
  return { documents, failures };
}

function stopOnInterrupt(quiet: boolean): { readonly signal: AbortSignal; readonly release: () => void } {
  const controller = new AbortController();
  const onInterrupt = () => {
    if (controller.signal.aborted) process.exit(130);
    if (!quiet)
      process.stderr.write('\ntriangulate: stopping after the current document (Ctrl-C again to quit now)\n');
    controller.abort();
  };
  process.on('SIGINT', onInterrupt);
  return { signal: controller.signal, release: () => process.off('SIGINT', onInterrupt) };
}

function summary(report: IngestReport, target: string, reextracted: number | null): string {
  const lines = [
    `added ${report.added.length} document(s), ${report.unchanged.length} unchanged (already stored)` +
      (report.failed.length ? `, ${report.failed.length} failed` : '') +
      (report.skipped ? `, ${report.skipped} not ingested (stopped)` : '') +
      ` · store: ${redact(target)}`,
  ];
  const shown = report.unchanged
    .slice(0, 5)
    .map((u) => (u.id === u.source ? u.id : `${u.source} (as ${u.id})`));
  if (shown.length) {
    lines.push(`unchanged: ${shown.join(', ')}${report.unchanged.length > shown.length ? ', …' : ''}`);
  }
  if (reextracted !== null) lines.push(`re-extracted ${reextracted} stored document(s)`);
  return lines.join('\n') + '\n';
}
