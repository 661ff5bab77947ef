// What POST /api/documents accepts, turned into normalised documents: the same objects the library takes,
// uploaded files read by the CLI's file readers, or one raw text/HTML body. URLs are refused until URL ingest lands.
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
      url: z.string().optional(),
      published: z.iso.date().optional(),
    }),
    z.string(),
  ])
  .meta({ id: 'PostDocuments' });

export type PostDocumentsBody = z.infer<typeof postDocumentsBody>;

export interface PostedDocuments {
  readonly documents: readonly SourceDocument[];
  readonly failures: readonly Failure[];
  /** Reference date for documents that carry none (the `--published` of the CLI). */
  readonly published: string | null;
}

type Failure = { readonly input: string; readonly code: ErrorCode; readonly message: string };

export async function readPostedDocuments(
  body: PostDocumentsBody,
  contentType: string,
): Promise<PostedDocuments> {
  const failures: Failure[] = [];
  const raw = typeof body === 'string' ? [rawBody(body, contentType)] : await objectInputs(body);
  if (raw.length === 0)
    throw new TriangulateError('empty', 'nothing to ingest: send "documents", "files" or a text body');
  const inputs: DocumentInput[] = [];
  for (const [i, d] of raw.entries()) {
    try {
      inputs.push(...(await htmlAsText(d)));
    } catch (e) {
      if (!isTriangulateError(e)) throw e;
      failures.push({ input: d.source ?? `document ${i + 1}`, code: e.code, message: e.message });
    }
  }
  const documents: SourceDocument[] = [];
  const published = typeof body === 'string' ? null : (body.published ?? null);
  for await (const item of readInputs(inputs)) {
    if (item.kind === 'document') documents.push(item.document);
    else failures.push({ input: item.input, code: item.error.code, message: item.error.message });
  }
  return { documents, failures, published };
}

function rawBody(text: string, contentType: string): DocumentInput {
  return contentType.startsWith('text/html') ? { html: text, source: 'upload' } : { text, source: 'upload' };
}

async function objectInputs(body: Exclude<PostDocumentsBody, string>): Promise<DocumentInput[]> {
  if (body.url !== undefined) {
    throw new TriangulateError(
      'unsupported',
      `fetching URLs (${body.url.slice(0, 200)}) is not available in this version; paste the article text instead`,
    );
  }
  const files: DocumentInput[] = [];
  for (const f of body.files ?? []) files.push(...(await readFile(f.name, f.content)));
  return [...(body.documents ?? []).map(withUploadSource), ...files];
}

async function readFile(name: string, content: string): Promise<DocumentInput[]> {
  const reader = readerFor(extname(name).toLowerCase());
  const docs = await reader(content, name, name.replace(/\.[^.]+$/, ''));
  return docs.map((d) => ({ ...d, source: d.source ?? name }));
}

function withUploadSource(d: z.infer<typeof documentInput>): DocumentInput {
  return { ...d, source: d.url ?? d.id ?? 'upload' };
}

/** HTML goes through the ingest layer's HTML reader; without one, markup would be stored as article text. */
async function htmlAsText(d: DocumentInput): Promise<DocumentInput[]> {
  if (d.html === undefined || d.text !== undefined) return [d];
  const reader = readerFor('.html', true);
  if (!reader)
    throw new TriangulateError('unsupported', 'HTML documents are not readable yet; send the article text');
  const read = await reader(d.html, d.source ?? 'upload', d.id ?? 'upload');
  return read.map((r) => ({ ...r, ...defined(d), text: r.text, html: undefined }));
}

function defined(d: DocumentInput): DocumentInput {
  return Object.fromEntries(
    Object.entries(d).filter(([k, v]) => v !== undefined && v !== null && k !== 'html'),
  );
}
