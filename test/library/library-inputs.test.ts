// The library's front doors say what is wrong with their input: unreadable paths reject (unless onError is given),
// and analyzeDocuments refuses what is not a normalised document with a message, never a TypeError.
import { expect, it } from 'vitest';
import { analyze, analyzeDocuments } from '../../src/analyze.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';

const GOOD = normalizeDocument({ id: 'ok', text: 'Police said 3 soldiers were killed.' });

it('rejects unreadable inputs, naming each, once every input was tried', async () => {
  await expect(analyze(['/nonexistent'])).rejects.toMatchObject({
    name: 'TriangulateError',
    code: 'not_found',
    message: expect.stringMatching(/^an input could not be read: \/nonexistent: no such file or directory/),
  });
  await expect(analyze(['/nonexistent', '/also/missing.txt'])).rejects.toThrow(
    /^2 inputs could not be read: \/nonexistent: .*; \/also\/missing\.txt: /,
  );
  await expect(analyze([{ id: 'blank', text: '   ' }])).rejects.toMatchObject({ code: 'empty' });
});

it('goes on with what it can read when onError is given', async () => {
  const heard: string[] = [];
  const result = await analyze(['/nonexistent', { id: 'ok', text: 'Police said 3 soldiers were killed.' }], {
    onError: (input, error) => heard.push(`${input} ${error.code}`),
  });
  expect(heard).toEqual(['/nonexistent not_found']);
  expect(result.documents.map((d) => d.id)).toEqual(['ok']);
  expect(await analyze([])).toMatchObject({ documents: [], claims: [] });
});

it('checks what analyzeDocuments is given', () => {
  expect(analyzeDocuments([GOOD]).documents.map((d) => d.id)).toEqual(['ok']);
  expect(analyzeDocuments([]).claims).toEqual([]);
  const cases: [unknown, RegExp][] = [
    [
      [{ id: 'a', text: 'x' }],
      /^analyzeDocuments: document 1 \("a"\) lacks source, title, url, outlet, published, publishedInferred\. .*analyze\(\[\.\.\.\]\)/,
    ],
    [
      [GOOD, { ...GOOD, id: 'b', text: 42 }],
      /^analyzeDocuments: document 2 \("b"\) has text number 42, not a string/,
    ],
    [[{ ...GOOD, published: 20250312 }], /has published number 20250312, not a string or null/],
    [[{ ...GOOD, publishedInferred: 'no' }], /has publishedInferred string "no", not a boolean/],
    [[{ ...GOOD, id: '' }], /has an empty id/],
    [[null], /^analyzeDocuments: document 1 is null, not an object/],
    [GOOD, /^analyzeDocuments: expected an array, got an object/],
    ['text', /^analyzeDocuments: expected an array, got string "text"/],
  ];
  for (const [input, message] of cases) {
    expect(() => analyzeDocuments(input as never)).toThrow(message);
    expect(() => analyzeDocuments(input as never)).toThrow(expect.objectContaining({ code: 'bad_input' }));
  }
});
