// `--format jsonl`: one JSON object per line, `type` first (document, incident, claim, conflict, estimate,
// timeline), written record by record with backpressure, so a large analysis never becomes one giant string.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Analysis } from '../model/analysis.js';

const SECTIONS = [
  ['documents', 'document'],
  ['incidents', 'incident'],
  ['claims', 'claim'],
  ['conflicts', 'conflict'],
  ['estimates', 'estimate'],
  ['timeline', 'timeline'],
] as const;

export function* jsonlLines(analysis: Analysis): Generator<string> {
  for (const [key, type] of SECTIONS) {
    for (const record of analysis[key]) yield `${JSON.stringify({ type, ...record })}\n`;
  }
}

/** Writes the lines to `out` (a file) or standard output, waiting whenever the stream's buffer is full. */
export async function writeJsonl(analysis: Analysis, out: string | undefined): Promise<void> {
  const stream: Writable = out ? createWriteStream(out) : process.stdout;
  for (const line of jsonlLines(analysis)) {
    if (!stream.write(line)) await once(stream, 'drain');
  }
  if (out) {
    stream.end();
    await once(stream, 'finish');
  }
}
