// The lines a failure prints say each thing once and say it true: the real size over a cap, no "(0 input(s)
// failed)" when nothing failed, and a document of a file labelled once (`mixed.jsonl:2:`, not `mixed.jsonl#2:` too).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { namesInput } from '../../src/cli/shared-options.js';
import { tooLarge } from '../../src/ingest/decode-bytes.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-wording-'));
  await writeFile(
    join(dir, 'mixed.jsonl'),
    '{"id":"a","text":"Police said 3 people were killed in Ashford."}\nnot json\n{"id":"c"}\n',
  );
  await mkdir(join(dir, 'nothing-here'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function stderrOf(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (lines.push(String(s)), true));
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    return { code: await main(args), lines };
  } finally {
    spy.mockRestore();
    out.mockRestore();
  }
}

describe('the size over a cap', () => {
  it.each([
    [52_800_000, 50 * 1024 * 1024, 'f: 50.4 MB is over the 50 MB cap; split it or raise the cap'],
    [50 * 1024 * 1024 + 1, 50 * 1024 * 1024, 'f: 52,428,801 bytes is over the 50 MB cap (52,428,800 bytes)'],
    [5000, 1000, 'f: 4.9 KB is over the 1000 bytes cap'],
    [1001, 1000, 'f: 1001 bytes is over the 1000 bytes cap'],
  ])('%d bytes over a %d-byte cap', (bytes, max, said) => {
    const message = tooLarge('f', bytes, max).message;
    expect(message.startsWith(said)).toBe(true);
    // Never the cap said as the size.
    expect(message).not.toMatch(/: (\S+ \S+) is over the \1 cap/);
  });
});

describe('labels said once', () => {
  it.each([
    ['mixed.jsonl:2: not valid JSON', 'mixed.jsonl#2', true],
    ['mixed.jsonl#2: each document needs a "text"', 'mixed.jsonl#2', true],
    ['a.txt: the file is empty', 'a.txt', true],
    // Negative cases: another file that only starts alike, and a message naming no input.
    ['mixed.jsonl.bak:2: not valid JSON', 'mixed.jsonl#2', false],
    ['no such file or directory', 'mixed.jsonl#2', false],
  ])('%s for input %s: %s', (message, input, named) => {
    expect(namesInput(message, input)).toBe(named);
  });

  it('analyze prints each bad line of a JSONL file with one label', async () => {
    const file = join(dir, 'mixed.jsonl');
    const run = await stderrOf(['analyze', file, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.lines).toEqual([
      `triangulate: ${file}:2: not valid JSON (Unexpected token 'o', "not json" is not valid JSON)\n`,
      `triangulate: ${file}:3: each document needs a "text" or "html" string\n`,
      'triangulate: 2 input(s) failed; the others were analyzed\n',
    ]);
  });
});

describe('nothing read, nothing failed', () => {
  it('says the inputs hold no document, not that 0 inputs failed', async () => {
    const run = await stderrOf(['analyze', join(dir, 'nothing-here')]);
    expect(run.code).toBe(1);
    expect(run.lines.join('')).not.toContain('0 input(s)');
    expect(run.lines.at(-1)).toBe('triangulate: nothing could be read (the inputs hold no document)\n');
  });
});
