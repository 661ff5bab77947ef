// Heavy work in a worker thread: results equal the in-process ones, a task past its deadline fails alone with a
// clear message, and the next task runs on a fresh worker. Needs the build in dist/ (npm test builds first).
import { afterEach, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import { offThread, type OffThread } from '../../src/ingest/off-thread.js';
import { inventedArticle } from '../../src/bench/bench-html-scale.js';

const REPORT = normalizeDocument({
  id: 'r1',
  source: 'r1.txt',
  text: 'Police said 12 civilians were killed in the market bombing on Tuesday.',
});

describe('offThread', () => {
  let runner: OffThread | undefined;
  afterEach(async () => {
    await runner?.close();
  });

  it('extracts exactly as in-process', async () => {
    runner = offThread();
    expect(await runner.run('extract', REPORT, {})).toEqual(extractDocument(REPORT, {}));
  });

  it('stops a task past its deadline with a clear message, then runs the next one', async () => {
    runner = offThread({ deadlineMs: 3000 });
    const big = normalizeDocument({ id: 'big', source: 'big.txt', text: inventedArticle(3_000_000) });
    await expect(runner.run('extract', big, {})).rejects.toThrow(/big\.txt took over 3 s and was stopped/);
    const small = await runner.run('extract', REPORT, {});
    expect(small.claims.map((c) => c.value.low)).toEqual([12]);
  });

  it('reads a posted HTML body into a document', async () => {
    runner = offThread();
    const html =
      '<html><body><article><p>Police said 12 civilians were killed in the market.</p></article></body></html>';
    const posted = await runner.run('readPosted', html, 'text/html');
    expect(posted.documents.map((d) => d.text)).toEqual([
      'Police said 12 civilians were killed in the market.',
    ]);
  });
});
