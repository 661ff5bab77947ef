// The HTTP app over a store: the REST API of SPEC.md, its OpenAPI document, and the web app, in one Fastify instance.
// It does not listen; `startServer` does, so tests drive it in-process with `inject`.
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { z } from 'zod';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Store } from '../store/store.js';
import type { OffThread } from '../ingest/off-thread.js';
import type { JobQueue } from '../queue/job-queue.js';
import { registerJobRoutes } from './job-routes.js';
import { registerClaimRoutes } from './claim-routes.js';
import { registerDocumentRoutes } from './document-routes.js';
import { installErrorBoundary } from './error-boundary.js';
import { registerExportRoutes } from './export-routes.js';
import { registerIncidentRoutes } from './incident-routes.js';
import { installRequestGuard } from './request-guard.js';
import { installResponseCache } from './response-cache.js';
import { installSecurityHeaders } from './security-headers.js';
import { defaultWebRoot, registerStaticApp } from './static-app.js';

export interface ServerOptions {
  readonly store: Store;
  /** Bearer token every write must carry; required by `startServer` off loopback. */
  readonly token?: string | null;
  /** Answer only loopback Host headers (true when listening on loopback). */
  readonly loopbackOnly?: boolean;
  /** Directory of the built web app; null serves the API alone. */
  readonly webRoot?: string | null;
  /** Request logging through Fastify's pino: true (info, to stdout) or pino options (`level`, `stream`). */
  readonly logger?: FastifyServerOptions['logger'];
  /** Where posted reports are read and parsed, off the event loop (`serve` sets it); absent: in-process. */
  readonly offThread?: OffThread | null;
  /** With a job queue (PostgreSQL), POST /api/documents enqueues and answers 202 with a job id at once. */
  readonly queue?: JobQueue | null;
  /** Keep read answers' bytes by URL for the view version they were made at (default true; see response-cache). */
  readonly cacheResponses?: boolean;
}

/** Bodies other than POST /api/documents are tiny; anything larger is refused before parsing. */
const DEFAULT_BODY_LIMIT = 64 * 1024;

export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: DEFAULT_BODY_LIMIT, trustProxy: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addContentTypeParser(['text/plain', 'text/html'], { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );
  installErrorBoundary(app);
  installSecurityHeaders(app);
  installRequestGuard(app, { token: options.token ?? null, loopbackOnly: options.loopbackOnly ?? true });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Triangulate',
        version: '1',
        description: 'Attributed casualty figures from news reports',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness: answers once the store is open',
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async () => ({ ok: true as const }),
  );
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  installResponseCache(app, options.store, { enabled: options.cacheResponses ?? true });
  registerIncidentRoutes(app, options.store);
  registerClaimRoutes(app, options.store);
  registerDocumentRoutes(app, options.store, options.offThread ?? null, options.queue ?? null);
  registerJobRoutes(app, options.queue ?? null);
  registerExportRoutes(app, options.store);
  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  if (webRoot !== null) await registerStaticApp(app, webRoot);
  return app;
}
