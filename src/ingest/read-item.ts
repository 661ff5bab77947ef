// What readInputs yields, and the few helpers every reader uses to turn a throw into a failure item.
import type { DocumentInput, SourceDocument } from '../model/document.js';
import { TriangulateError, isTriangulateError } from '../model/triangulate-error.js';
import { rowError } from './file-readers.js';
import { normalizeDocument } from './normalize-document.js';

export type ReadItem =
  | { readonly kind: 'document'; readonly document: SourceDocument }
  | { readonly kind: 'failure'; readonly input: string; readonly error: TriangulateError };

export function failure(input: string, error: TriangulateError): ReadItem {
  return { kind: 'failure', input, error };
}

/** One document object to one item: the normalised document, or the reason it cannot be one. */
export function settle(input: string, doc: DocumentInput): ReadItem {
  try {
    const bad = rowError(doc);
    if (bad) throw bad;
    return { kind: 'document', document: normalizeDocument(doc, input) };
  } catch (e) {
    return failure(input, asError(input, e));
  }
}

/** Runs a reader; its documents become items one by one, or its throw becomes one failure. */
export async function* settleAll(
  input: string,
  read: () => Promise<readonly DocumentInput[]> | readonly DocumentInput[],
): AsyncGenerator<ReadItem> {
  let docs: readonly DocumentInput[];
  try {
    docs = await read();
  } catch (e) {
    yield failure(input, asError(input, e));
    return;
  }
  if (docs.length === 0) yield failure(input, new TriangulateError('empty', `${input}: no documents in it`));
  for (const [i, d] of docs.entries()) yield settle(docs.length > 1 ? `${input}#${i + 1}` : input, d);
}

export function asError(input: string, e: unknown): TriangulateError {
  if (isTriangulateError(e)) return e;
  const why = e instanceof Error ? e.message : String(e);
  return new TriangulateError('unreadable', `${input}: ${why}`, { cause: e });
}
