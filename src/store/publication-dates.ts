// Publication dates as `analyzeDocuments` assigns them, kept apart so the store can redo the one step that
// depends on other documents: a document that states no date of its own borrows the latest date any current
// document states (the batch date), and its extraction reads relative dates ("on Tuesday") from it.
import type { SourceDocument } from '../model/document.js';
import { inferPublished } from '../extract/stages/infer-published.js';

/** The document's own date: its metadata, else the latest date its text states, else `--published`. */
export function ownDates(document: SourceDocument, published: string | null | undefined): SourceDocument {
  return inferPublished(document, published);
}

export { batchDate, datedDocument } from '../extract/stages/infer-published.js';
