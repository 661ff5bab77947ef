// Publication dates as `analyzeDocuments` assigns them: each document's own (metadata, its text, `--published`),
// never borrowed from other stored documents, so a stored report's dates never change when others arrive.
import type { SourceDocument } from '../model/document.js';
import { inferPublished } from '../extract/stages/infer-published.js';

/** The document's own date: its metadata, else the latest date its text states, else `--published`. */
export function ownDates(document: SourceDocument, published: string | null | undefined): SourceDocument {
  return inferPublished(document, published);
}
