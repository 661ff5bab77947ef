// Placeholder until the pipeline lands in this same commit series.
import type { SourceDocument } from '../model/document.js';
import type { DocumentExtraction } from '../model/extraction.js';

export interface ExtractOptions {
  readonly published?: string | null;
}

export function extractDocument(document: SourceDocument, _options: ExtractOptions = {}): DocumentExtraction {
  return { document, claims: [], incidents: [], claimants: [] };
}
