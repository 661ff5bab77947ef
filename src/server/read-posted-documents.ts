// What POST /api/documents accepts, turned into normalised documents: the same objects the library takes, uploaded
// files read by the CLI's file readers, URLs (articles or feeds; private addresses refused), or one raw body.
import { extname } from 'node:path';
import { z } from 'zod';
import { readInputs } from '../ingest/read-inputs.js';
import { readerFor } from '../ingest/file-readers.js';
import type { DocumentInput, SourceDocument } from '../model/document.js';
import { TriangulateError, isTriangulateError, type ErrorCode } from '../model/triangulate-error.js';

const documentInput = z.object({
  text: z.string().optional(),
  html: z.string().optional(),
  id: z.string().min(1).max(200).optional(),
  title: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
});

export const postDocumentsBody = z
  .union([
    z.object({
      documents: z.array(documentInput).max(1000).optional(),
      files: z
        .array(z.object({ name: z.string().min(1).max(300), content: z.string() }))
        .max(200)
        .optional(),
      url: z.string().max(2000).optional(),
      urls: z.array(z.string().max(2000)).max(20).optional(),
      published: z.iso.date().optional(),
      /** Posted from this incident's page: the reports join it unless the evidence says they are another event. */
      incident: z.string().min(1).max(500).optional(),
    }),
    z.string(),
  ])
  .meta({ id: 'PostDocuments' });

export type PostDocumentsBody = z.infer<typeof postDocumentsBody>;

type Failure = { readonly input: string; readonly code: ErrorCode; readonly message: string };

export interface PostedDocuments {
  readonly documents: readonly SourceDocument[];
  readonly failures: readonly Failure[];
  /** Reference date for documents that carry none (the `--published` of the CLI). */
  readonly published: string | null;
}

/** A page fetched for the API must answer quickly and stay small; the API never reaches private addresses. */
// One POST may name 20 URLs or feeds: together they fetch at most 100 pages, 20 per feed, within 60 s.
const FETCH_LIMITS = {
  allowPrivate: false,
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxFetches: 100,
  maxFeedItems: 20,
  deadlineMs: 60_000,
} as const;

export async function readPostedDocuments(
  body: PostDocumentsBody,
  contentType: string,
): Promise<PostedDocuments> {
  const failures: Failure[] = [];
  const inputs = typeof body === 'string' ? [rawBody(body, contentType)] : await objectInputs(body, failures);
  if (inputs.length === 0 && failures.length === 0) {
    throw new TriangulateError('empty', 'nothing to ingest: send "documents", "files", "url" or a text body');
  }
  const documents: SourceDocument[] = [];
  for await (const item of readInputs(inputs, FETCH_LIMITS)) {
    if (item.kind === 'document') documents.push(item.document);
    else failures.push({ input: item.input, code: item.error.code, message: item.error.message });
  }
  const published = typeof body === 'string' ? null : (body.published ?? null);
  return { documents, failures, published };
}

function rawBody(text: string, contentType: string): DocumentInput {
  return contentType.startsWith('text/html') ? { html: text, source: 'upload' } : { text, source: 'upload' };
}

async function objectInputs(
  body: Exclude<PostDocumentsBody, string>,
  failures: Failure[],
): Promise<(string | DocumentInput)[]> {
  const files: DocumentInput[] = [];
  for (const f of body.files ?? []) {
    try {
      files.push(...(await readFile(f.name, f.content)));
    } catch (e) {
      if (!isTriangulateError(e)) throw e;
      failures.push({ input: f.name, code: e.code, message: e.message });
    }
  }
  const urls = [...(body.url === undefined ? [] : [body.url]), ...(body.urls ?? [])];
  return [...(body.documents ?? []).map(withUploadSource), ...files, ...urls];
}

async function readFile(name: string, content: string): Promise<DocumentInput[]> {
  const reader = readerFor(extname(name).toLowerCase());
  const docs = await reader(content, name, name.replace(/\.[^.]+$/, ''));
  return docs.map((d) => ({ ...d, source: d.source ?? name }));
}

function withUploadSource(d: z.infer<typeof documentInput>): DocumentInput {
  return { ...d, source: d.url ?? d.id ?? 'pasted' };
}
