// GET /api/claims: claims filtered by incident, outcome, group and claimant, a page at a time.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../store/store.js';
import { GROUPS, OUTCOMES } from '../model/vocabulary.js';
import { claimSchema, errorSchema, pageSchema, plainJson } from './model-schemas.js';
import { pageQuery } from './incident-routes.js';

export function registerClaimRoutes(app: FastifyInstance, store: Store): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/claims',
    {
      schema: {
        summary: 'Claims, filtered and paginated (`next` is the cursor of the following page)',
        querystring: z.object({
          incident: z.string().max(500).optional(),
          outcome: z.enum(OUTCOMES).optional(),
          group: z.enum(GROUPS).optional(),
          claimant: z.string().max(200).optional(),
          ...pageQuery,
        }),
        response: { 200: pageSchema(claimSchema), 400: errorSchema },
      },
      serializerCompiler: plainJson,
    },
    async (request) => {
      const { cursor, ...filter } = request.query;
      return store.claims({ ...filter, cursor: cursor ?? null });
    },
  );
}
