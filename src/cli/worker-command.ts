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
    .option('-q, --quiet', 'no line per job on stderr')
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
      const say = (line: string) => {
        if (!opts.quiet) process.stderr.write(`triangulate: ${line}\n`);
      };
      const worker = await startWorker({ url: target, concurrency, onJob: say });
      say(`worker on ${redact(target)}, ${concurrency} at a time (Ctrl-C to stop)`);
      await waitForSignal();
      await worker.stop();
    });
}
