// Public API of the `triangulate` package.
export { analyze, analyzeDocuments, type AnalyzeOptions } from './analyze.js';
export { extractDocument } from './extract/extract-document.js';
export { reconcile } from './reconcile/reconcile.js';
export { readInputs, type ReadItem, type ReadOptions } from './ingest/read-inputs.js';
export { normalizeDocument, normalizeText, textHash } from './ingest/normalize-document.js';
export { TriangulateError, isTriangulateError, type ErrorCode } from './model/triangulate-error.js';
export type * from './model/vocabulary.js';
export { OUTCOMES, GROUPS, QUALIFIERS, CLAIMANT_KINDS, CONFLICT_KINDS } from './model/vocabulary.js';
export type * from './model/claim.js';
export type * from './model/document.js';
export type * from './model/analysis.js';
export type * from './model/extraction.js';
export { openStore, type OpenOptions } from './store/open-store.js';
export { ingest, query, type IngestInputsOptions } from './store/library-store.js';
export type {
  Store,
  IngestReport,
  IngestResult,
  IncidentSummary,
  IncidentView,
  IncidentFilter,
  ClaimFilter,
  Page,
  StoredDocument,
} from './store/store.js';
