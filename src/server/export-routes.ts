// GET /api/export: the whole store (or one incident) as JSON, CSV or the Markdown report, as a download.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../store/store.js';
import { formatMarkdown } from '../format/format-markdown.js';
import { formatCsv } from '../format/format-csv.js';

const FORMATS = {
  json: { type: 'application/json; charset=utf-8', ext: 'json' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  md: { type: 'text/markdown; charset=utf-8', ext: 'md' },
} as const;

export function registerExportRoutes(app: FastifyInstance, store: Store): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/export',
    {
      schema: {
        summary: 'The store as `triangulate export` prints it (json, csv) or the Markdown report (md)',
        querystring: z.object({
          format: z.enum(['json', 'csv', 'md']).default('json'),
          incident: z.string().max(500).optional(),
          query: z.string().max(500).optional(),
        }),
      },
    },
    async (request, reply) => {
      const { format, incident, query } = request.query;
      const analysis = await store.analysis({ incident, query: query?.trim() || undefined });
      const body =
        format === 'json'
          ? JSON.stringify(analysis, null, 2) + '\n'
          : format === 'csv'
            ? formatCsv(analysis)
            : formatMarkdown(analysis);
      const name = `triangulate${incident ? '-' + incident.replace(/[^\w.-]+/g, '_').slice(0, 80) : ''}.${FORMATS[format].ext}`;
      return reply
        .type(FORMATS[format].type)
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(body);
    },
  );
}
