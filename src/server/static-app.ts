// Serves the built web app (web/dist) from the same process; the app needs nothing from the network.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** web/dist next to the package root, whether we run from src/ (tsx, vitest) or dist/. */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL('../../web/dist/', import.meta.url));
}

export async function registerStaticApp(app: FastifyInstance, root: string): Promise<void> {
  if (!existsSync(root)) {
    app.get('/', async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(`The web app is not built (${root} is missing): run npm run build.\n`),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root,
    index: ['index.html'],
    wildcard: true,
    // Hashed asset names never change; index.html must be re-read so a rebuilt app shows up.
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}
