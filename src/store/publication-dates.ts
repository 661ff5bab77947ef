// Publication dates as `analyzeDocuments` assigns them, kept apart so the store can redo the one step that
// depends on other documents: a document that states no date of its own borrows the latest date any current
// document states (the batch date), and its extraction reads relative dates ("on Tuesday") from it.
import type { SourceDocument } from '../model/document.js';
import { inferPublished } from '../extract/stages/infer-published.js';

/** The document's own date: its metadata, else the latest date its text states, else `--published`. */
export function ownDates(document: SourceDocument, published: string | null | undefined): SourceDocument {
  return inferPublished(document, published);
}

/** The latest of the dates the documents state themselves, compared as `analyze` does (ISO strings). */
export function batchDate(stated: readonly (string | null)[]): string | null {
  const known = stated.filter((p): p is string => p !== null).sort();
  return known[known.length - 1] ?? null;
}

/** What extraction sees: the own date when there is one, else the batch date, marked inferred. */
export function datedDocument(own: SourceDocument, batch: string | null): SourceDocument {
  return own.published || !batch ? own : { ...own, published: batch, publishedInferred: true };
}
