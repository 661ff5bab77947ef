// `triangulate serve`: the web app and REST API over the store, on 127.0.0.1:8080 unless told otherwise.
import type { Command } from 'commander';
import { isPostgresUrl, openStore, storeTarget } from '../store/open-store.js';
import { withReadCache } from '../server/read-cache.js';
import { startServer } from '../server/start-server.js';
import { addDbOption } from './store-option.js';
import { offThread } from '../ingest/off-thread.js';
import { waitForSignal } from './wait-for-signal.js';
import { openQueue, type JobQueue } from '../queue/job-queue.js';
import { TriangulateError } from '../model/triangulate-error.js';

interface ServeOptions {
  readonly db?: string;
  readonly host: string;
  readonly port: string;
  readonly token?: string;
  readonly quiet?: boolean;
  readonly queue?: boolean;
  readonly log?: string | boolean;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

/** `--log` alone logs every request (info); `--log warn` only what went wrong. One JSON line each, on stdout. */
export function logLevel(log: string | boolean | undefined): string | null {
  if (log === undefined || log === false) return null;
  if (log === true) return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(log))
    throw new Error(`--log "${log}" is not a level: use ${LOG_LEVELS.join('|')}`);
  return log;
}

export function registerServe(program: Command): void {
  addDbOption(program.command('serve').description('web app and REST API over the store'))
    .option('--host <address>', 'address to listen on; anything but loopback needs --token', '127.0.0.1')
    .option('-p, --port <port>', 'port to listen on', '8080')
    .option('--token <token>', 'bearer token required for writes (default: env TRIANGULATE_TOKEN)')
    .option('-q, --quiet', 'no startup line on stderr')
    .option('--queue', 'POST /api/documents enqueues for workers and answers at once (PostgreSQL only)')
    .option('--log [level]', 'log each request as a JSON line on stdout (pino; level info unless given)')
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535)
        throw new TriangulateError('bad_input', `--port "${opts.port}" is not a port number (0 to 65535)`);
      const level = logLevel(opts.log);
      const target = storeTarget(opts.db);
      if (opts.queue && !isPostgresUrl(target)) {
        throw new TriangulateError(
          'bad_db',
          '--queue needs a PostgreSQL store (--db postgres://…) and workers',
        );
      }
      // Posted reports are parsed and extracted in a worker thread, so /healthz and reads answer meanwhile.
      const worker = offThread();
      const opened = await openStore(target, { extract: (doc, o) => worker.run('extract', doc, o) }).catch(
        async (e: unknown) => {
          await worker.close();
          throw e;
        },
      );
      let queue: JobQueue | null = null;
      try {
        queue = opts.queue ? await openQueue(target) : null;
      } catch (e) {
        await opened.close();
        await worker.close();
        throw e;
      }
      // An embedded store is locked to this process, so nothing else can change it behind the cache; on
      // PostgreSQL others may write, so each read first asks the view's version.
      const store = withReadCache(opened, { versioned: isPostgresUrl(target) });
      let server;
      try {
        server = await startServer({
          store,
          host: opts.host,
          port,
          token: opts.token ?? process.env.TRIANGULATE_TOKEN ?? null,
          offThread: worker,
          queue,
          logger: level === null ? false : { level },
        });
      } catch (e) {
        await queue?.close();
        await store.close();
        await worker.close();
        throw e;
      }
      if (!opts.quiet) process.stderr.write(`triangulate: serving ${server.url} (Ctrl-C to stop)\n`);
      await waitForSignal();
      await server.close();
      await queue?.close();
      await store.close();
      await worker.close();
    });
}
