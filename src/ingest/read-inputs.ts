// The I/O shell's front door: paths, directories, `-` and document objects in; documents or one-line failures out.
// One bad input never stops the others: every failure is yielded, never thrown.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { DocumentInput, SourceDocument } from '../model/document.js';
import { TriangulateError, isTriangulateError } from '../model/triangulate-error.js';
import { normalizeDocument } from './normalize-document.js';
import { decodeFile, readerFor } from './file-readers.js';

export interface ReadOptions {
  /** Reference date (YYYY-MM-DD) for documents that carry none. */
  readonly published?: string | null;
  /** Standard input, injectable for tests. */
  readonly stdin?: () => Promise<Buffer>;
}

export type ReadItem =
  | { readonly kind: 'document'; readonly document: SourceDocument }
  | { readonly kind: 'failure'; readonly input: string; readonly error: TriangulateError };

export async function* readInputs(
  inputs: readonly (string | DocumentInput)[],
  options: ReadOptions = {},
): AsyncGenerator<ReadItem> {
  for (const [i, input] of inputs.entries()) {
    if (typeof input !== 'string') {
      yield settle(`document ${i + 1}`, () => [normalizeDocument(input, input.id ?? `document ${i + 1}`)]);
      continue;
    }
    for await (const item of readPath(input, options)) yield item;
  }
}

async function* readPath(input: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  if (input === '-') {
    const bytes = await (options.stdin ?? readStdin)();
    yield* yieldAll('-', () => readerFor('.txt')(decodeFile(bytes, '-'), 'stdin', 'stdin'));
    return;
  }
  let info;
  try {
    info = await stat(input);
  } catch (e) {
    yield failure(input, new TriangulateError('not_found', `${input}: no such file or directory`, { cause: e }));
    return;
  }
  if (info.isDirectory()) {
    for (const file of await listFiles(input)) yield* readPath(file, options);
    return;
  }
  yield* yieldAll(input, async () => {
    const bytes = await readFile(input);
    const reader = readerFor(extname(input).toLowerCase());
    return reader(decodeFile(bytes, input), input, basename(input).replace(/\.[^.]+$/, ''));
  });
}

/** Files below a directory that some reader accepts, in a stable order. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && readerFor(extname(e.name).toLowerCase(), true))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function* yieldAll(
  input: string,
  read: () => Promise<DocumentInput[]> | DocumentInput[],
): AsyncGenerator<ReadItem> {
  let docs: DocumentInput[];
  try {
    docs = await read();
  } catch (e) {
    yield failure(input, asError(input, e));
    return;
  }
  for (const [i, d] of docs.entries()) {
    yield settle(docs.length > 1 ? `${input}#${i + 1}` : input, () => [normalizeDocument(d, input)]);
  }
}

function settle(input: string, make: () => SourceDocument[]): ReadItem {
  try {
    const [document] = make();
    if (!document) throw new TriangulateError('empty', `${input}: nothing to read`);
    return { kind: 'document', document };
  } catch (e) {
    return failure(input, asError(input, e));
  }
}

function failure(input: string, error: TriangulateError): ReadItem {
  return { kind: 'failure', input, error };
}

function asError(input: string, e: unknown): TriangulateError {
  if (isTriangulateError(e)) return e;
  const why = e instanceof Error ? e.message : String(e);
  return new TriangulateError('unreadable', `${input}: ${why}`, { cause: e });
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
