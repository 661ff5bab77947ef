// What `analyzeDocuments` takes, checked before anything runs: normalised documents (SourceDocument). A raw
// `{ id, text }` gets a message that says where raw objects go (`analyze`, `normalizeDocument`), not a TypeError
// from deep inside extraction.
import type { SourceDocument } from '../model/document.js';
import { TriangulateError } from '../model/triangulate-error.js';

const STRINGS = ['id', 'source', 'text'] as const;
const NULLABLE_STRINGS = ['title', 'url', 'outlet', 'published'] as const;

const HINT =
  'analyzeDocuments takes normalised documents { id, source, text, title, url, outlet, published, publishedInferred }; ' +
  'give raw objects such as { id, text } to analyze([...]) or pass them through normalizeDocument() first';

export function checkDocuments(documents: unknown): asserts documents is readonly SourceDocument[] {
  if (!Array.isArray(documents)) {
    throw new TriangulateError(
      'bad_input',
      `analyzeDocuments: expected an array, got ${kindOf(documents)}. ${HINT}`,
    );
  }
  documents.forEach((d: unknown, i) => {
    const problems = problemsOf(d);
    if (problems.length === 0) return;
    const id = isRecord(d) && typeof d.id === 'string' ? ` ("${d.id}")` : '';
    throw new TriangulateError(
      'bad_input',
      `analyzeDocuments: document ${i + 1}${id} ${problems.join(', ')}. ${HINT}`,
    );
  });
}

function problemsOf(d: unknown): string[] {
  if (!isRecord(d)) return [`is ${kindOf(d)}, not an object`];
  const out: string[] = [];
  const missing = [...STRINGS, ...NULLABLE_STRINGS, 'publishedInferred'].filter((k) => !(k in d));
  if (missing.length > 0) out.push(`lacks ${missing.join(', ')}`);
  for (const k of STRINGS)
    if (k in d && typeof d[k] !== 'string') out.push(`has ${k} ${kindOf(d[k])}, not a string`);
  if (typeof d.id === 'string' && d.id === '') out.push('has an empty id');
  for (const k of NULLABLE_STRINGS) {
    if (k in d && d[k] !== null && typeof d[k] !== 'string')
      out.push(`has ${k} ${kindOf(d[k])}, not a string or null`);
  }
  if ('publishedInferred' in d && typeof d.publishedInferred !== 'boolean')
    out.push(`has publishedInferred ${kindOf(d.publishedInferred)}, not a boolean`);
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}
