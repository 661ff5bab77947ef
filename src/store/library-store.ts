// The store as a library: open one, ingest inputs into it (read like `analyze` reads them), query it back as the
// SPEC's JSON. `openStore` itself is the CLI's (a directory for embedded PGlite, or a postgres:// URL).
import type { Analysis } from '../model/analysis.js';
import type { DocumentInput } from '../model/document.js';
import { readDocuments, type AnalyzeOptions } from '../analyze.js';
import type { IngestReport, Store } from './store.js';

export interface IngestInputsOptions extends AnalyzeOptions {
  /** See `Store.ingest`: false keeps a changed text from the same source as a new document. */
  readonly replace?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * Reads paths, directories, URLs or document objects and stores them; resolves to what became of each. An
 * unreadable input rejects before anything is stored, unless `onError` is given (as `analyze`).
 */
export async function ingest(
  store: Store,
  inputs: readonly (string | DocumentInput)[],
  options: IngestInputsOptions = {},
): Promise<IngestReport> {
  const documents = await readDocuments(inputs, options);
  return store.ingest(documents, {
    published: options.published,
    replace: options.replace,
    onProgress: options.onProgress,
    signal: options.signal,
  });
}

/** The stored view as `analyze` prints it, whole or for one incident or a full-text query. */
export function query(
  store: Store,
  filter: { readonly incident?: string; readonly query?: string } = {},
): Promise<Analysis> {
  return store.analysis(filter);
}
