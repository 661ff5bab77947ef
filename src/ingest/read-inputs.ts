// The I/O shell's front door: paths, directories, URLs, `-` and document objects in; documents or one-line
// failures out. One bad input never stops the others: every failure is yielded, never thrown.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { DocumentInput } from '../model/document.js';
import { TriangulateError } from '../model/triangulate-error.js';
import { decodeBytes, tooLarge } from './decode-bytes.js';
import { MARKUP_EXTENSIONS, readerFor } from './file-readers.js';
import { looksLikeFeed } from './parse-feed.js';
import { readFeed } from './read-feed.js';
import { asError, failure, settle, settleAll, type ReadItem } from './read-item.js';
import { FILE_MAX_BYTES, urlKey, type ReadContext, type ReadOptions } from './read-options.js';
import { readUrl } from './read-url.js';

export type { ReadItem } from './read-item.js';
export type { ReadContext, ReadOptions } from './read-options.js';

const FEED_EXTENSIONS = new Set(['.rss', '.atom']);
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

export async function* readInputs(
  inputs: readonly (string | DocumentInput)[],
  options: ReadOptions = {},
): AsyncGenerator<ReadItem> {
  const ctx: ReadContext = {
    options,
    seen: new Set(),
    budget: { fetches: 0, endsAt: Date.now() + (options.deadlineMs ?? Infinity) },
  };
  for (const [i, input] of inputs.entries()) {
    if (typeof input !== 'string') {
      yield settle(input.source ?? input.id ?? `document ${i + 1}`, input);
    } else if (URL_LIKE.test(input)) {
      yield* readUrlInput(input, ctx);
    } else if (!(options.allowFiles ?? options.allowPrivate !== false)) {
      yield failure(
        input,
        new TriangulateError('bad_url', `${input}: only http and https URLs are accepted here`),
      );
    } else {
      yield* readPath(input, ctx);
    }
  }
}

async function* readUrlInput(input: string, ctx: ReadContext): AsyncGenerator<ReadItem> {
  if (!/^https?:\/\//i.test(input)) {
    yield failure(input, new TriangulateError('bad_url', `${input}: only http and https URLs are read`));
    return;
  }
  const key = urlKey(input);
  if (ctx.seen.has(key)) return;
  ctx.seen.add(key);
  yield* readUrl(input, ctx);
}

async function* readPath(input: string, ctx: ReadContext): AsyncGenerator<ReadItem> {
  const maxBytes = ctx.options.maxBytes ?? FILE_MAX_BYTES;
  if (input === '-') {
    const bytes = await (ctx.options.stdin ?? (() => readStdin(maxBytes)))();
    yield* readText(bytes, 'stdin', 'stdin', sniffExtension(bytes), ctx);
    return;
  }
  let info;
  try {
    info = await stat(input);
  } catch (e) {
    yield failure(
      input,
      new TriangulateError('not_found', `${input}: no such file or directory`, { cause: e }),
    );
    return;
  }
  if (info.isDirectory()) {
    for (const file of await listFiles(input)) yield* readPath(file, ctx);
    return;
  }
  // A FIFO with no writer would block forever and /dev/zero never ends: only regular files are opened by name.
  if (!info.isFile()) {
    const what = info.isFIFO()
      ? 'a named pipe'
      : info.isSocket()
        ? 'a socket'
        : info.isCharacterDevice() || info.isBlockDevice()
          ? 'a device'
          : 'not a regular file';
    const why = `${input}: ${what}, not a regular file; to read a stream, pipe it into triangulate with - instead`;
    yield failure(input, new TriangulateError('unsupported', why));
    return;
  }
  // Checked before reading, so a 10 GB log never reaches memory.
  if (info.size > maxBytes) {
    yield failure(input, tooLarge(input, info.size, maxBytes));
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(input);
  } catch (e) {
    yield failure(input, asError(input, e));
    return;
  }
  yield* readText(bytes, input, basename(input).replace(/\.[^.]+$/, ''), extname(input).toLowerCase(), ctx);
}

async function* readText(
  bytes: Buffer,
  input: string,
  name: string,
  ext: string,
  ctx: ReadContext,
): AsyncGenerator<ReadItem> {
  let text: string;
  try {
    const maxBytes = ctx.options.maxBytes ?? FILE_MAX_BYTES;
    text = decodeBytes(bytes, input, {
      sniffMarkup: MARKUP_EXTENSIONS.has(ext),
      maxBytes,
      onWarning: ctx.options.onWarning,
    });
  } catch (e) {
    yield failure(input, asError(input, e));
    return;
  }
  if (FEED_EXTENSIONS.has(ext) || (ext === '.xml' && looksLikeFeed(text))) {
    yield* readFeed(text, input, ctx);
    return;
  }
  if (ext === '.xml') {
    yield failure(
      input,
      new TriangulateError('unsupported', `${input}: an XML file that is not an RSS or Atom feed`),
    );
    return;
  }
  const textColumn = ctx.options.textColumn;
  yield* settleAll(input, () => readerFor(ext)(text, input, name, textColumn ? { textColumn } : {}));
}

/** What standard input holds, from its first bytes: a feed, a web page, or text. */
function sniffExtension(bytes: Buffer): string {
  const head = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (looksLikeFeed(head)) return '.rss';
  return /^\s*(<!doctype html|<html[\s>])/i.test(head) ? '.html' : '.txt';
}

/** Files below a directory that some reader accepts, in a stable order. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const readable = (name: string): boolean => {
    const ext = extname(name).toLowerCase();
    return readerFor(ext, true) !== undefined || FEED_EXTENSIONS.has(ext);
  };
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && readable(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Reads standard input up to one byte over the cap, so decodeBytes can say it is too large without holding it all. */
async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}
