// GET /api/incidents (search and pagination) and GET /api/incidents/:id (everything the incident page draws).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../store/store.js';
import { TriangulateError } from '../model/triangulate-error.js';
import {
  errorSchema,
  incidentSummarySchema,
  incidentViewSchema,
  pageSchema,
  plainJson,
} from './model-schemas.js';

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(500).optional(),
};

export function registerIncidentRoutes(app: FastifyInstance, store: Store): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/incidents',
    {
      schema: {
        summary: 'Incidents with counts of documents, claims and conflicts; `query` searches their text',
        querystring: z.object({ query: z.string().max(500).optional(), ...pageQuery }),
        response: { 200: pageSchema(incidentSummarySchema), 400: errorSchema },
      },
      serializerCompiler: plainJson,
    },
    async (request) => {
      const { query, limit, cursor } = request.query;
      return store.incidents({ query: query?.trim() || undefined, limit, cursor: cursor ?? null });
    },
  );
  api.get(
    '/api/incidents/:id',
    {
      schema: {
        summary: 'One incident with its documents, claims, conflicts, estimates and timeline',
        params: z.object({ id: z.string().min(1).max(500) }),
        response: { 200: incidentViewSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      // The database joins the stored bodies into the answer: a string is sent as it is, never re-serialised.
      const json = await store.incidentJson(request.params.id);
      if (json === null) throw new TriangulateError('not_found', `no incident "${request.params.id}"`);
      // The type provider expects the object; this is its JSON text, which Fastify sends untouched.
      return reply.type('application/json; charset=utf-8').send(json as never);
    },
  );
}
