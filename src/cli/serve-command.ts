// `triangulate serve`: the web app and REST API over the store, on 127.0.0.1:8080 unless told otherwise.
import type { Command } from 'commander';
import { isPostgresUrl, openStore, storeTarget } from '../store/open-store.js';
import { withReadCache } from '../server/read-cache.js';
import { startServer } from '../server/start-server.js';
import { addDbOption } from './store-option.js';
import { offThread } from '../ingest/off-thread.js';
import { TriangulateError } from '../model/triangulate-error.js';

interface ServeOptions {
  readonly db?: string;
  readonly host: string;
  readonly port: string;
  readonly token?: string;
  readonly quiet?: boolean;
}

export function registerServe(program: Command): void {
  addDbOption(program.command('serve').description('web app and REST API over the store'))
    .option('--host <address>', 'address to listen on; anything but loopback needs --token', '127.0.0.1')
    .option('-p, --port <port>', 'port to listen on', '8080')
    .option('--token <token>', 'bearer token required for writes (default: env TRIANGULATE_TOKEN)')
    .option('-q, --quiet', 'no startup line on stderr')
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535)
        throw new TriangulateError('bad_input', `--port "${opts.port}" is not a port number (0 to 65535)`);
      const target = storeTarget(opts.db);
      // Posted reports are parsed and extracted in a worker thread, so /healthz and reads answer meanwhile.
      const worker = offThread();
      const opened = await openStore(target, { extract: (doc, o) => worker.run('extract', doc, o) }).catch(
        async (e: unknown) => {
          await worker.close();
          throw e;
        },
      );
      // An embedded store is locked to this process, so nothing else can change it behind the cache.
      const store = isPostgresUrl(target) ? opened : withReadCache(opened);
      let server;
      try {
        server = await startServer({
          store,
          host: opts.host,
          port,
          token: opts.token ?? process.env.TRIANGULATE_TOKEN ?? null,
          offThread: worker,
        });
      } catch (e) {
        await store.close();
        await worker.close();
        throw e;
      }
      if (!opts.quiet) process.stderr.write(`triangulate: serving ${server.url} (Ctrl-C to stop)\n`);
      await waitForSignal();
      await server.close();
      await store.close();
      await worker.close();
    });
}

/** Resolves on SIGINT/SIGTERM so the store closes cleanly (PGlite must flush before the process exits). */
function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
