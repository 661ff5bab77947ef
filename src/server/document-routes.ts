// GET /api/documents (keyset pages), GET and DELETE /api/documents/:id, and POST /api/documents (ingest).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { IngestResult, Store } from '../store/store.js';
import type { OffThread } from '../ingest/off-thread.js';
import type { JobQueue } from '../queue/job-queue.js';
import { TriangulateError } from '../model/triangulate-error.js';
import {
  documentRecordSchema,
  errorSchema,
  list,
  pageSchema,
  plainJson,
  storedDocumentSchema,
} from './model-schemas.js';
import { pageQuery } from './incident-routes.js';
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
    /** Which incident each added report is in now, and why (with `incident`: whether it joined that one). */
    incidents: list(
      z.object({
        document: z.string(),
        incident: z.string().nullable(),
        hinted: z.string().nullable(),
        joined: z.boolean(),
        score: z.number().nullable(),
        why: list(z.string()),
      }),
    ).optional(),
  })
  .meta({ id: 'IngestAnswer' });

const queuedAnswer = z
  .object({
    job: z.string(),
    documents: z.number().int(),
    failed: list(z.object({ input: z.string(), code: z.string(), message: z.string() })),
  })
  .meta({ id: 'QueuedIngest' });

export function registerDocumentRoutes(
  app: FastifyInstance,
  store: Store,
  offThread: OffThread | null,
  queue: JobQueue | null,
): void {
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
  api.get(
    '/api/documents',
    {
      schema: {
        summary:
          'Documents, newest publication first, a keyset page at a time; `from`/`to` bound the publication date, `place` keeps documents of incidents whose place contains it',
        querystring: z.object({
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
          place: z.string().min(1).max(200).optional(),
          ...pageQuery,
        }),
        response: { 200: pageSchema(documentRecordSchema), 400: errorSchema },
      },
      serializerCompiler: plainJson,
    },
    async (request) => {
      const { cursor, ...filter } = request.query;
      return store.documents({ ...filter, cursor: cursor ?? null });
    },
  );
  api.delete(
    '/api/documents/:id',
    {
      schema: {
        summary: 'Remove a document (every stored version) and reconcile what is left',
        params: z.object({ id: z.string().min(1).max(500) }),
        response: {
          200: z.object({ deleted: list(z.string()) }),
          400: errorSchema,
          401: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request) => {
      const report = await store.delete([request.params.id]);
      if (report.deleted.length === 0)
        throw new TriangulateError('not_found', `no document "${request.params.id}"`);
      return { deleted: report.deleted };
    },
  );
  api.post(
    '/api/documents',
    {
      bodyLimit: POST_BODY_LIMIT,
      schema: {
        summary:
          "Ingest documents: `documents` (library objects), `files` (name + content), `url`/`urls` (articles or feeds; private addresses refused) or a text/plain or text/html body; `incident` (posted from that incident's page) makes them join it unless the evidence says they are another event; `incidents` in the answer says which incident each added report is in and why",
        body: postDocumentsBody,
        response: {
          200: ingestAnswer,
          201: ingestAnswer,
          202: queuedAnswer,
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
          413: errorSchema,
          415: errorSchema,
          422: errorSchema,
          502: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const contentType = request.headers['content-type'] ?? '';
      const posted = offThread
        ? await offThread.run('readPosted', request.body, contentType)
        : await readPostedDocuments(request.body, contentType);
      if (posted.documents.length === 0) {
        const why = posted.failures.map((f) => f.message).join('; ');
        throw new TriangulateError(posted.failures[0]?.code ?? 'empty', why);
      }
      // A follow-up names an incident that exists (or once did and was merged): checked before anything is stored.
      const hint = typeof request.body === 'string' ? undefined : request.body.incident;
      const incident = hint === undefined ? null : await store.resolveIncident(hint);
      if (hint !== undefined && incident === null)
        throw new TriangulateError('not_found', `no incident "${hint}" to add the reports to`);
      if (queue) {
        const job = await queue.enqueue(posted.documents, { published: posted.published });
        reply.code(202).header('location', `/api/jobs/${job.id}`);
        return { job: job.id, documents: job.total, failed: posted.failures };
      }
      // Uploads named alike are different reports: never a silent replacement (the CLI's re-read of an edited
      // file is the only replacement, and says so).
      const report = await store.ingest(posted.documents, {
        published: posted.published,
        replace: false,
        followUp: { incident },
      });
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
        ...(report.followUps ? { incidents: report.followUps } : {}),
      };
    },
  );
}

function statusOf(r: IngestResult): z.infer<typeof reportStatus> {
  if (r.kind === 'unchanged') return 'duplicate';
  if (r.kind === 'failed') return 'failed';
  return r.id === r.requested ? 'new' : 'renamed';
}
