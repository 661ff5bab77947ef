// GET /api/jobs/:id: how far a queued ingest (serve --queue, ingest --queue) has come.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { JobQueue } from '../queue/job-queue.js';
import { TriangulateError } from '../model/triangulate-error.js';
import { errorSchema } from './model-schemas.js';

const jobSchema = z
  .object({
    id: z.string(),
    state: z.enum(['queued', 'running', 'done', 'failed']),
    total: z.number().int().nullable(),
    done: z.number().int(),
    added: z.number().int(),
    unchanged: z.number().int(),
    failed: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Job' });

export function registerJobRoutes(app: FastifyInstance, queue: JobQueue | null): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/jobs/:id',
    {
      schema: {
        summary: 'Progress of a queued ingest: documents done, added, unchanged and failed out of the total',
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: jobSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      if (!queue) throw new TriangulateError('not_found', `no job "${id}": this server runs without a queue`);
      const status = await queue.status(id);
      if (!status) throw new TriangulateError('not_found', `no job "${id}"`);
      return status;
    },
  );
}
