// `triangulate worker --db postgres://…`: runs queued ingests until SIGINT/SIGTERM; start one per core, on any machine.
import type { Command } from 'commander';
import { TriangulateError } from '../model/triangulate-error.js';
import { startWorker } from '../queue/run-worker.js';
import { isPostgresUrl, redact, storeTarget } from '../store/open-store.js';
import { waitForSignal } from './wait-for-signal.js';
import { addDbOption } from './store-option.js';

interface WorkerOptions {
  readonly db?: string;
  readonly concurrency: string;
  readonly recoverSeconds: string;
  readonly quiet?: boolean;
}

export function registerWorker(program: Command): void {
  addDbOption(
    program
      .command('worker')
      .description('run queued ingests (ingest --queue, serve --queue) from a PostgreSQL store'),
  )
    .option(
      '-c, --concurrency <n>',
      'jobs at once in this process (extraction is CPU: one process per core)',
      '1',
    )
    .option('--recover-seconds <n>', 'how often to look for jobs a killed worker held', '10')
    .option('-q, --quiet', 'no line per job on standard output')
    .action(async (opts: WorkerOptions) => {
      const target = storeTarget(opts.db);
      if (!isPostgresUrl(target)) {
        throw new TriangulateError('bad_db', 'workers need a PostgreSQL store: pass --db postgres://…');
      }
      const concurrency = Number(opts.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
        throw new TriangulateError(
          'bad_input',
          `--concurrency "${opts.concurrency}" is not a number from 1 to 64`,
        );
      }
      const recover = Number(opts.recoverSeconds);
      if (!Number.isInteger(recover) || recover < 1) {
        throw new TriangulateError(
          'bad_input',
          `--recover-seconds "${opts.recoverSeconds}" is not a whole number ≥ 1`,
        );
      }
      const worker = await startWorker({
        url: target,
        concurrency,
        maintenanceIntervalSeconds: recover,
        onJob: opts.quiet ? undefined : (line) => process.stdout.write(`${line}\n`),
      });
      if (!opts.quiet) {
        process.stderr.write(
          `triangulate: worker on ${redact(target)}, ${concurrency} at a time (Ctrl-C to stop)\n`,
        );
      }
      await waitForSignal();
      await worker.stop();
    });
}
