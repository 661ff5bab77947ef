// GET /api/documents/:id (text plus the spans of its claims) and POST /api/documents (ingest).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { IngestResult, Store } from '../store/store.js';
import { TriangulateError } from '../model/triangulate-error.js';
import { documentRecordSchema, errorSchema, list, storedDocumentSchema } from './model-schemas.js';
import { postDocumentsBody, readPostedDocuments } from './read-posted-documents.js';

/** Room for a batch of long articles pasted or uploaded at once. */
export const POST_BODY_LIMIT = 20 * 1024 * 1024;

/** What became of one posted report: stored as new, a duplicate of a stored text, stored under a new id, or not. */
const reportStatus = z.enum(['new', 'duplicate', 'renamed', 'failed']);

const ingestAnswer = z
  .object({
    reports: list(
      z.object({
        input: z.string(),
        id: z.string().nullable(),
        status: reportStatus,
        message: z.string().optional(),
      }),
    ),
    added: list(documentRecordSchema),
    unchanged: list(z.object({ id: z.string(), source: z.string() })),
    failed: list(z.object({ input: z.string(), code: z.string(), message: z.string() })),
  })
  .meta({ id: 'IngestAnswer' });

export function registerDocumentRoutes(app: FastifyInstance, store: Store): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/documents/:id',
    {
      schema: {
        summary: 'One document with its text and its claims (their evidence spans index into the text)',
        params: z.object({ id: z.string().min(1).max(500) }),
        response: { 200: storedDocumentSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request) => {
      const stored = await store.document(request.params.id);
      if (!stored) throw new TriangulateError('not_found', `no document "${request.params.id}"`);
      return stored;
    },
  );
  api.post(
    '/api/documents',
    {
      bodyLimit: POST_BODY_LIMIT,
      schema: {
        summary:
          'Ingest documents: `documents` (library objects), `files` (name + content), `url`/`urls` (articles or feeds; private addresses refused) or a text/plain or text/html body',
        body: postDocumentsBody,
        response: {
          200: ingestAnswer,
          201: ingestAnswer,
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          413: errorSchema,
          415: errorSchema,
          422: errorSchema,
          502: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const posted = await readPostedDocuments(request.body, request.headers['content-type'] ?? '');
      if (posted.documents.length === 0) {
        const why = posted.failures.map((f) => f.message).join('; ');
        throw new TriangulateError(posted.failures[0]?.code ?? 'empty', why);
      }
      // Uploads named alike are different reports: never a silent replacement (the CLI's re-read of an edited
      // file is the only replacement, and says so).
      const report = await store.ingest(posted.documents, { published: posted.published, replace: false });
      const failed = [
        ...posted.failures,
        ...report.failed.map((f) => ({ input: f.source, code: 'unreadable' as const, message: f.message })),
      ];
      reply.code(report.added.length > 0 ? 201 : 200);
      return {
        reports: [
          ...report.results.map((r) => ({
            input: r.source,
            id: r.kind === 'failed' ? null : r.id,
            status: statusOf(r),
            ...(r.message === undefined ? {} : { message: r.message }),
          })),
          ...posted.failures.map((f) => ({
            input: f.input,
            id: null,
            status: 'failed' as const,
            message: f.message,
          })),
        ],
        added: report.added,
        unchanged: report.unchanged,
        failed,
      };
    },
  );
}

function statusOf(r: IngestResult): z.infer<typeof reportStatus> {
  if (r.kind === 'unchanged') return 'duplicate';
  if (r.kind === 'failed') return 'failed';
  return r.id === r.requested ? 'new' : 'renamed';
}
