// docs/event-rows.md shows what the program prints: its example block is the real UCDP row of the sample.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { ucdpSummary } from '../../src/format/event-row-summary.js';

const DOC = new URL('../../docs/event-rows.md', import.meta.url);
const BLOCK = /(<!-- generated: ucdp-summary -->\n+```text\n)([\s\S]*?)(```\n+<!-- end generated -->)/u;

test('the example in docs/event-rows.md is the sample’s real UCDP row', async () => {
  const actual = ucdpSummary(await analyze(['examples/jaffar-express']));
  const doc = readFileSync(DOC, 'utf8');
  expect(doc).toMatch(BLOCK);
  if (process.env.UPDATE_DOCS)
    writeFileSync(
      DOC,
      doc.replace(BLOCK, (_, a: string, _b, c: string) => a + actual + c),
    );
  expect(BLOCK.exec(readFileSync(DOC, 'utf8'))?.[2]).toBe(actual);
}, 60_000);
