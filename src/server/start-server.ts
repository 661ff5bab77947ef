// Listens: refuses a non-loopback address without a token, so writes are never open to the network by accident.
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { TriangulateError } from '../model/triangulate-error.js';
import type { Store } from '../store/store.js';
import type { OffThread } from '../ingest/off-thread.js';
import type { JobQueue } from '../queue/job-queue.js';
import { createServer } from './create-server.js';
import { isLoopback } from './request-guard.js';

export interface StartOptions {
  readonly store: Store;
  readonly host?: string;
  readonly port?: number;
  readonly token?: string | null;
  readonly webRoot?: string | null;
  readonly logger?: FastifyServerOptions['logger'];
  /** Where posted reports are read and parsed, off the event loop; absent: in-process. */
  readonly offThread?: OffThread | null;
  readonly queue?: JobQueue | null;
  readonly cacheResponses?: boolean;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token || null;
  const loopback = isLoopback(host);
  if (!loopback && token === null) {
    throw new TriangulateError(
      'unauthorized',
      `listening on ${host} needs a token for writes: pass --token or set TRIANGULATE_TOKEN`,
    );
  }
  const app = await createServer({ ...options, token, loopbackOnly: loopback });
  const address = await app.listen({ host, port: options.port ?? 8080 });
  return { app, url: address, close: () => app.close() };
}
