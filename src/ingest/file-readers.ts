// One reader per file kind: decoded text in, document objects out. Extensions map to readers in one table.
import type { DocumentInput } from '../model/document.js';
import { TriangulateError } from '../model/triangulate-error.js';

export type FileReader = (text: string, source: string, name: string) => DocumentInput[] | Promise<DocumentInput[]>;

const MAX_BYTES = 50 * 1024 * 1024;

/** UTF-8 (BOM or not) and UTF-16 with BOM; binary and oversized files are refused with a reason. */
export function decodeFile(bytes: Buffer, source: string): string {
  if (bytes.length === 0) throw new TriangulateError('empty', `${source}: the file is empty`);
  if (bytes.length > MAX_BYTES) {
    throw new TriangulateError('too_large', `${source}: ${bytes.length} bytes is over the ${MAX_BYTES}-byte cap`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new TriangulateError('binary', `${source}: looks like a binary file, not text`);
  }
  return bytes.toString('utf8');
}

const plainText: FileReader = (text, source, name) => [{ text, id: name, source }];

const jsonLines: FileReader = (text, source) =>
  text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line !== '')
    .map(({ line, i }) => asDocument(parseJson(line, `${source}:${i + 1}`), `${source}:${i + 1}`, source));

const jsonFile: FileReader = (text, source, name) => {
  const value = parseJson(text, source);
  const list = Array.isArray(value) ? value : [value];
  return list.map((v, i) => asDocument(v, list.length > 1 ? `${source}#${i + 1}` : source, source, name));
};

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new TriangulateError('bad_input', `${where}: not valid JSON (${(e as Error).message})`);
  }
}

function asDocument(value: unknown, where: string, source: string, name?: string): DocumentInput {
  if (typeof value !== 'object' || value === null || typeof (value as { text?: unknown }).text !== 'string') {
    throw new TriangulateError('bad_input', `${where}: each document needs a "text" string`);
  }
  const v = value as Record<string, unknown>;
  const str = (k: string): string | null => (typeof v[k] === 'string' ? (v[k] as string) : null);
  return {
    text: v.text as string,
    id: str('id') ?? (typeof v.id === 'number' ? String(v.id) : undefined) ?? name,
    title: str('title'),
    url: str('url'),
    outlet: str('outlet'),
    published: str('published'),
    source: str('url') ?? source,
  };
}

const READERS: Readonly<Record<string, FileReader>> = {
  '.txt': plainText,
  '.md': plainText,
  '.text': plainText,
  '.json': jsonFile,
  '.jsonl': jsonLines,
  '.ndjson': jsonLines,
};

/** The reader for an extension; unknown extensions read as plain text unless `strict` (directory walks). */
export function readerFor(ext: string, strict: true): FileReader | undefined;
export function readerFor(ext: string, strict?: false): FileReader;
export function readerFor(ext: string, strict = false): FileReader | undefined {
  return READERS[ext] ?? (strict ? undefined : plainText);
}
