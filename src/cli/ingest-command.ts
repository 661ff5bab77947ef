// `triangulate ingest INPUT...`: read reports into the store. Re-ingesting a stored text is a no-op, said so.
import { warnNotRead } from './analyze-command.js';
import type { Command } from 'commander';
import type { SourceDocument } from '../model/document.js';
import { readInputs } from '../ingest/read-inputs.js';
import { isPostgresUrl, openStore, redact, storeTarget } from '../store/open-store.js';
import { openQueue } from '../queue/job-queue.js';
import type { IngestReport, Store } from '../store/store.js';
import { TriangulateError } from '../model/triangulate-error.js';
import {
  EXIT,
  addNetworkOption,
  checkDate,
  checkFormat,
  failedWhy,
  namesInput,
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
  readonly queue?: boolean;
  readonly textColumn?: string;
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
      .option(
        '--text-column <name>',
        'the CSV column that holds each report’s text (default: text, else html)',
      )
      .option('--reextract', 'also extract every stored document again (after upgrading triangulate)')
      .option(
        '--queue',
        'enqueue for workers (`triangulate worker`) and print the job id at once (PostgreSQL only)',
      )
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
    if (opts.queue && !isPostgresUrl(target)) {
      throw new TriangulateError(
        'bad_db',
        '--queue needs a PostgreSQL store (--db postgres://…) and workers',
      );
    }
    // Open first: a bad --db answers before a slow read of many inputs.
    const store = await openStore(target);
    let code = 0;
    try {
      code = opts.queue
        ? await enqueueInto(target, inputs, published, opts)
        : await ingestInto(store, inputs, published, opts, target);
    } finally {
      await store.close();
    }
    // After close: PGlite's shutdown resets process.exitCode.
    if (code !== 0) process.exitCode = code;
  });
}

/** Reads, stores and reports; resolves to the exit code. Each document is stored as it is read. */
async function ingestInto(
  store: Store,
  inputs: readonly string[],
  published: string | null,
  opts: IngestOptions,
  target: string,
): Promise<number> {
  const read = readDocuments(inputs, published, opts.textColumn, opts.allowPrivateNetwork === true);
  const bar = progressBar(null, opts.quiet === true);
  const stop = stopOnInterrupt(opts.quiet === true);
  const report = await store
    .ingest(read.documents, {
      published,
      signal: stop.signal,
      onProgress: bar.update,
      onDocument: opts.verbose ? (r) => process.stdout.write(`${r.kind} ${r.id} ${r.source}\n`) : undefined,
    })
    .finally(() => {
      bar.stop();
      stop.release();
    });
  for (const f of report.failed)
    process.stderr.write(
      `triangulate: ${namesInput(f.message, f.source) ? f.message : `${f.source}: ${f.message}`}\n`,
    );
  warnNotRead(report.added);
  const reextracted = opts.reextract && !report.stopped ? await store.reextract() : null;
  process.stdout.write(
    opts.format === 'json'
      ? JSON.stringify(reextracted === null ? report : { ...report, reextracted }, null, 2) + '\n'
      : summary(report, target, reextracted),
  );
  if (report.stopped) return 130;
  const documents = report.added.length + report.unchanged.length + report.failed.length;
  const failed = read.failures() + report.failed.length;
  if (inputs.length > 0 && (documents === 0 || report.failed.length === documents)) {
    process.stderr.write(`triangulate: nothing could be ingested (${failedWhy(failed)})\n`);
    return EXIT.none;
  }
  if (failed > 0) {
    process.stderr.write(`triangulate: ${failed} input(s) failed; the others were stored\n`);
    return EXIT.some;
  }
  return EXIT.all;
}

/** `ingest --queue`: the documents go to the queue in chunks; the batch id is printed once all are queued. */
async function enqueueInto(
  target: string,
  inputs: readonly string[],
  published: string | null,
  opts: IngestOptions,
): Promise<number> {
  const queue = await openQueue(target);
  try {
    const read = readDocuments(inputs, published, opts.textColumn, opts.allowPrivateNetwork === true);
    const job = await queue.enqueue(read.documents, { published });
    process.stdout.write(
      opts.format === 'json'
        ? JSON.stringify({ job: job.id, documents: job.total }, null, 2) + '\n'
        : `queued ${job.total} document(s) as job ${job.id} · progress: GET /api/jobs/${job.id}\n`,
    );
    if (inputs.length > 0 && job.total === 0) {
      process.stderr.write(`triangulate: nothing could be queued (${failedWhy(read.failures())})\n`);
      return EXIT.none;
    }
    if (read.failures() > 0) {
      process.stderr.write(`triangulate: ${read.failures()} input(s) failed; the others were queued\n`);
      return EXIT.some;
    }
    return EXIT.all;
  } finally {
    await queue.close();
  }
}

/** The documents of the inputs as a stream (read one at a time, as the consumer asks), failures reported as met. */
function readDocuments(
  inputs: readonly string[],
  published: string | null,
  textColumn: string | undefined,
  allowPrivate: boolean,
): { readonly documents: AsyncIterable<SourceDocument>; readonly failures: () => number } {
  let failures = 0;
  const onWarning = (message: string) => process.stderr.write(`triangulate: warning: ${message}\n`);
  async function* documents(): AsyncGenerator<SourceDocument> {
    for await (const item of readInputs(inputs, {
      published,
      onWarning,
      ...(allowPrivate ? { allowPrivate } : {}),
      ...(textColumn ? { textColumn } : {}),
    })) {
      if (item.kind === 'document') yield item.document;
      else {
        failures++;
        reportInputError(item.input, item.error);
      }
    }
  }
  return { documents: documents(), failures: () => failures };
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
      (report.stopped ? ', stopped (the rest of the input was not read)' : '') +
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
