// The tasks the off-thread worker runs: pure functions of structured-clonable arguments.
import { extractDocument } from '../extract/extract-document.js';
import type { SourceDocument } from '../model/document.js';
import type { DocumentExtraction } from '../model/extraction.js';
import {
  readPostedDocuments,
  type PostDocumentsBody,
  type PostedDocuments,
} from '../server/read-posted-documents.js';

export interface OffThreadTasks {
  extract(document: SourceDocument, options: { readonly published?: string | null }): DocumentExtraction;
  readPosted(body: PostDocumentsBody, contentType: string): Promise<PostedDocuments>;
}

export const OFF_THREAD_TASKS: OffThreadTasks = {
  extract: (document, options) => extractDocument(document, options),
  readPosted: (body, contentType) => readPostedDocuments(body, contentType),
};
