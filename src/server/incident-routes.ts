// GET /api/incidents (search and pagination) and GET /api/incidents/:id (everything the incident page draws).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../store/store.js';
import { OUTCOMES } from '../model/vocabulary.js';
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
        summary:
          'Incidents with counts of documents, claims and conflicts; `query` searches their names and claim sentences; `claimant` (id or name), `outcome`, `from`/`to` (YYYY-MM-DD), `country` (ISO code or name) and `main=true` (no recalled incidents) filter them',
        querystring: z.object({
          query: z.string().max(500).optional(),
          claimant: z.string().max(200).optional(),
          outcome: z.enum(OUTCOMES).optional(),
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
          country: z.string().max(100).optional(),
          main: z.enum(['true', 'false']).optional(),
          ...pageQuery,
        }),
        response: { 200: pageSchema(incidentSummarySchema), 400: errorSchema },
      },
      serializerCompiler: plainJson,
    },
    async (request) => {
      const { query, limit, cursor, main, ...filter } = request.query;
      return store.incidents({
        ...filter,
        query: query?.trim() || undefined,
        mainOnly: main === 'true',
        limit,
        cursor: cursor ?? null,
      });
    },
  );
  api.get(
    '/api/incidents/:id',
    {
      schema: {
        summary:
          'One incident with its documents, claims, conflicts, estimates and timeline; the old id of an incident merged into another redirects (301) to the one it is part of',
        params: z.object({ id: z.string().min(1).max(500) }),
        response: { 200: incidentViewSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      // The database joins the stored bodies into the answer: its bytes are sent as they are, never re-serialised.
      const json = await store.incidentJson(id);
      if (json === null) {
        // An incident merged into another keeps its old id as an alias: send the reader to the one it is part of.
        const now = await store.resolveIncident(id);
        if (now === null || now === id) throw new TriangulateError('not_found', `no incident "${id}"`);
        return reply.redirect(`/api/incidents/${encodeURIComponent(now)}`, 301);
      }
      // The type provider expects the object; these are its JSON bytes, which Fastify sends untouched.
      return reply.type('application/json; charset=utf-8').send(json as never);
    },
  );
}
