// Invented reports for the linking tests, and where a report's main event ends up.
import type { analyzeDocuments } from '../../src/analyze.js';
import type { SourceDocument } from '../../src/model/document.js';

export const doc = (id: string, published: string | null, text: string): SourceDocument => ({
  id,
  source: `${id}.txt`,
  title: null,
  url: null,
  outlet: null,
  published,
  publishedInferred: false,
  text,
});

/** The incident holding the document's main event. */
export function mainOf(a: ReturnType<typeof analyzeDocuments>, id: string): string | undefined {
  return a.incidents.find((i) => i.main && i.documents.includes(id))?.id;
}
