// One reader per file kind: decoded text in, document objects out. Extensions map to readers in one table.
// A malformed row of a JSON/JSONL/CSV file becomes a document without text whose reason `rowError` knows, so that
// row alone fails and the rest of the file is still read.
import { parse as parseCsv } from 'csv-parse/sync';
import type { DocumentInput } from '../model/document.js';
import { TriangulateError } from '../model/triangulate-error.js';
import { decodeBytes, DEFAULT_MAX_BYTES } from './decode-bytes.js';
import { extractHtml } from './extract-html.js';

export interface ReaderOptions {
  /** The CSV column that holds each report's text (`notes` in an ACLED export); default `text`, else `html`. */
  readonly textColumn?: string;
}

export type FileReader = (
  text: string,
  source: string,
  name: string,
  options?: ReaderOptions,
) => DocumentInput[] | Promise<DocumentInput[]>;

/** UTF-8 (BOM or not) and UTF-16 with BOM; binary, empty and oversized files are refused with a reason. */
export function decodeFile(bytes: Buffer, source: string, maxBytes = DEFAULT_MAX_BYTES): string {
  return decodeBytes(bytes, source, { maxBytes });
}

/** Extensions whose charset may be declared inside the file (`<meta charset>`, `<?xml encoding?>`). */
export const MARKUP_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.htm',
  '.xhtml',
  '.xml',
  '.rss',
  '.atom',
]);

const plainText: FileReader = (text, source, name) => [{ text, id: name, source }];

const htmlPage: FileReader = (html, source, name) => {
  const page = extractHtml(html, source);
  return [
    { text: page.text, id: name, source, title: page.title, outlet: page.outlet, published: page.published },
  ];
};

const jsonLines: FileReader = (text, source) =>
  text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line !== '')
    .map(({ line, i }) => {
      const where = `${source}:${i + 1}`;
      const value = tryJson(line);
      return value.ok
        ? asDocument(value.value, where, source)
        : badRow(where, `not valid JSON (${value.why})`);
    });

const jsonFile: FileReader = (text, source, name) => {
  const value = tryJson(text);
  if (!value.ok) throw new TriangulateError('bad_input', `${source}: not valid JSON (${value.why})`);
  const list = Array.isArray(value.value) ? value.value : [value.value];
  return list.map((v, i) => asDocument(v, list.length > 1 ? `${source}#${i + 1}` : source, source, name));
};

const csvFile: FileReader = (text, source, name, options = {}) => {
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
    }) as Record<string, string>[];
  } catch (e) {
    throw new TriangulateError('bad_input', `${source}: not valid CSV (${(e as Error).message})`);
  }
  const column = options.textColumn?.trim().toLowerCase();
  const header = Object.keys(rows[0] ?? {});
  if (column !== undefined && rows.length > 0 && !header.includes(column)) {
    throw new TriangulateError(
      'bad_input',
      `${source}: no column "${options.textColumn}" for --text-column; the CSV has ${header.join(', ')}`,
    );
  }
  if (column === undefined && rows.length > 0 && !header.includes('text') && !header.includes('html')) {
    throw new TriangulateError(
      'bad_input',
      `${source}: the CSV needs a "text" or "html" column, or name the one holding the text with --text-column (it has ${header.join(', ')})`,
    );
  }
  // The named column is the text; a `text` column it displaces is kept under no name.
  const named = (row: Record<string, string>) =>
    column ? { ...row, html: undefined, text: row[column] } : row;
  // Row numbers count the header line, so they match what a spreadsheet shows.
  return rows.map((row, i) =>
    asDocument(named(row), `${source}:${i + 2}`, source, rows.length > 1 ? undefined : name),
  );
};

function tryJson(text: string): { ok: true; value: unknown } | { ok: false; why: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, why: (e as Error).message };
  }
}

const ROW_ERRORS = new WeakMap<DocumentInput, TriangulateError>();

/** Why a row a reader returned cannot be a document, or undefined for a good row. */
export function rowError(row: DocumentInput): TriangulateError | undefined {
  return ROW_ERRORS.get(row);
}

// Without text, normalizeDocument would also refuse the row; the map keeps the precise reason.
function badRow(where: string, why: string): DocumentInput {
  const row: DocumentInput = { source: where };
  ROW_ERRORS.set(row, new TriangulateError('bad_input', `${where}: ${why}`));
  return row;
}

function asDocument(value: unknown, where: string, source: string, name?: string): DocumentInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return badRow(where, 'each document must be an object with a "text" or "html" string');
  }
  const v = value as Record<string, unknown>;
  const str = (k: string): string | null =>
    typeof v[k] === 'string' && v[k] !== '' ? (v[k] as string) : null;
  const text = str('text') ?? undefined;
  const html = str('html') ?? undefined;
  if (text === undefined && html === undefined)
    return badRow(where, 'each document needs a "text" or "html" string');
  return {
    text,
    html: text === undefined ? html : undefined,
    id: str('id') ?? (typeof v.id === 'number' ? String(v.id) : undefined) ?? name,
    title: str('title'),
    url: str('url'),
    outlet: str('outlet'),
    published: str('published'),
    source: str('url') ?? where,
  };
}

const READERS: Readonly<Record<string, FileReader>> = {
  '.txt': plainText,
  '.md': plainText,
  '.text': plainText,
  '.html': htmlPage,
  '.htm': htmlPage,
  '.xhtml': htmlPage,
  '.json': jsonFile,
  '.jsonl': jsonLines,
  '.ndjson': jsonLines,
  '.csv': csvFile,
};

/** The reader for an extension; unknown extensions read as plain text unless `strict` (directory walks). */
export function readerFor(ext: string, strict: true): FileReader | undefined;
export function readerFor(ext: string, strict?: false): FileReader;
export function readerFor(ext: string, strict = false): FileReader | undefined {
  return READERS[ext] ?? (strict ? undefined : plainText);
}
