// The library entry point: inputs in, the SPEC.md JSON out. The CLI, the store and the API all go through here.
import type { Analysis } from './model/analysis.js';
import type { DocumentInput, DocumentRecord, SourceDocument } from './model/document.js';
import type { DocumentAssessment, DocumentExtraction } from './model/extraction.js';
import { TriangulateError } from './model/triangulate-error.js';
import { checkDocuments } from './ingest/check-documents.js';
import { extractDocument } from './extract/extract-document.js';
import { inferPublished } from './extract/stages/infer-published.js';
import { reconcile } from './reconcile/reconcile.js';
import { readInputs, type ReadOptions } from './ingest/read-inputs.js';

export interface AnalyzeOptions extends ReadOptions {
  /**
   * Called once per input that could not be read; the others go on. Without it, any unreadable input rejects
   * the whole call (after every input was tried) with one error naming each failure.
   */
  readonly onError?: (input: string, error: TriangulateError) => void;
}

/**
 * Reads every input (paths, directories, `-`, document objects), extracts and reconciles. Streams: each document is
 * extracted as it is read (its date is its own), so raw inputs (HTML, feeds) never pile up. Equal to
 * `analyzeDocuments` over the same documents.
 */
export async function analyze(
  inputs: readonly (string | DocumentInput)[],
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  const seen = new Map<string, number>();
  const extractions: DocumentExtraction[] = [];
  for await (const document of documentsOf(inputs, options)) {
    extractions.push(extractDocument(inferPublished(uniqueId(document, seen), options.published)));
  }
  return assemble(extractions);
}

/** Every input read; an unreadable one goes to `onError`, or without it rejects once all were tried. */
export async function readDocuments(
  inputs: readonly (string | DocumentInput)[],
  options: AnalyzeOptions = {},
): Promise<SourceDocument[]> {
  const documents: SourceDocument[] = [];
  for await (const document of documentsOf(inputs, options)) documents.push(document);
  return documents;
}

/** The documents of the inputs as they are read; failures to `onError`, else one error after the last input. */
async function* documentsOf(
  inputs: readonly (string | DocumentInput)[],
  options: AnalyzeOptions,
): AsyncGenerator<SourceDocument> {
  if (!Array.isArray(inputs)) {
    throw new TriangulateError('bad_input', 'expected an array of paths, URLs or document objects');
  }
  const failures: { input: string; error: TriangulateError }[] = [];
  for await (const item of readInputs(inputs, options)) {
    if (item.kind === 'document') yield item.document;
    else if (options.onError) options.onError(item.input, item.error);
    else failures.push(item);
  }
  if (failures.length > 0) throw unreadable(failures);
}

/** Unreadable inputs without `onError`: one error naming each, after every input was tried. */
function unreadable(failures: readonly { input: string; error: TriangulateError }[]): TriangulateError {
  const first = failures[0] as { error: TriangulateError };
  const list = failures.map((f) => f.error.message).join('; ');
  return new TriangulateError(
    first.error.code,
    `${failures.length === 1 ? 'an input' : `${failures.length} inputs`} could not be read: ${list} ` +
      '(pass onError to go on with what can be read and hear about the rest)',
    { cause: first.error },
  );
}

/** The pure core: documents in, analysis out. */
export function analyzeDocuments(
  documents: readonly SourceDocument[],
  options: { readonly published?: string | null } = {},
): Analysis {
  checkDocuments(documents);
  const dated = withOwnDates(dedupeIds(documents), options.published);
  const extractions = dated.map((d) => extractDocument(d));
  return assemble(extractions);
}

export function assemble(extractions: readonly DocumentExtraction[]): Analysis {
  const view = reconcile(extractions);
  return {
    triangulate: 1,
    documents: extractions.map((e) => toRecord(e.document, e.assessment)),
    ...view,
  };
}

export function toRecord(d: SourceDocument, assessment?: DocumentAssessment): DocumentRecord {
  return {
    id: d.id,
    source: d.source,
    title: d.title,
    outlet: d.outlet,
    published: d.published,
    publishedInferred: d.publishedInferred,
    url: d.url,
    chars: d.text.length,
    ...(assessment ? { language: assessment.language, about: assessment.about } : {}),
  };
}

/** Two inputs with the same id (same file name in two folders) get `-2`, `-3` … so ids stay unique. */
function dedupeIds(documents: readonly SourceDocument[]): SourceDocument[] {
  const seen = new Map<string, number>();
  return documents.map((d) => uniqueId(d, seen));
}

function uniqueId(d: SourceDocument, seen: Map<string, number>): SourceDocument {
  const n = (seen.get(d.id) ?? 0) + 1;
  seen.set(d.id, n);
  return n === 1 ? d : { ...d, id: `${d.id}-${n}` };
}

/**
 * Each document's own date: its metadata, else a date its own text states, else `--published`, else unknown.
 * Never a date borrowed from the other documents of the batch: a report's dates must not change when other
 * reports are added (a store would otherwise re-date stored reports on every ingest).
 */
export function withOwnDates(
  documents: readonly SourceDocument[],
  published: string | null = null,
): SourceDocument[] {
  return documents.map((d) => inferPublished(d, published));
}
