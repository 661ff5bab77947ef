// The sample's terminal table, golden: at --width 100 every line fits, the legend is there, recalled incidents
// fold into one line. `UPDATE_GOLDEN=1 npx vitest run test/format/sample-table.test.ts` rewrites the golden file
// after an intended change (read the diff before committing it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { formatTable, LEGEND } from '../../src/format/format-table.js';
import type { Analysis } from '../../src/model/analysis.js';

const GOLDEN = new URL('./sample-table.golden.txt', import.meta.url);
let analysis: Analysis;

beforeAll(async () => {
  analysis = await analyze(['examples/jaffar-express']);
}, 60_000);

describe('the sample table', () => {
  test('matches the golden file', () => {
    const table = formatTable(analysis, { color: false, width: 100 });
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, table);
    expect(table).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  test.each([100, 120, 140])('fits %i columns, with the legend and full claimant names', (width) => {
    const lines = formatTable(analysis, { color: false, width }).split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(width);
    expect(lines.join(' ')).toContain(LEGEND[0]!.split(' ').slice(0, 4).join(' '));
    expect(lines.some((l) => /…/u.test(l) && /figure/u.test(l))).toBe(false);
  });

  test('recalled incidents fold into one line unless all are asked for', () => {
    const recalled = analysis.incidents.filter((i) => !i.main);
    const folded = formatTable(analysis, { color: false, width: 100 });
    const all = formatTable(analysis, { color: false, width: 100, all: true });
    if (recalled.length > 0) expect(folded).toMatch(/Also mentioned \(\d+; --all shows their figures\)/u);
    expect(all.split('\n').length).toBeGreaterThanOrEqual(folded.split('\n').length);
  });

  test('one name for the articles’ own voice', () => {
    const table = formatTable(analysis, { color: false, width: 160 });
    expect(table).not.toMatch(/own voice|articles\b|the article itself/u);
    expect(
      analysis.claims
        .filter((c) => c.claimant.kind === 'author')
        .every((c) => c.claimant.name === 'the article'),
    ).toBe(true);
  });
});
