import { describe, expect, test } from 'vitest';
import { assemble } from '../../src/analyze.js';
import { compactValue } from '../../src/format/compact-value.js';
import { formatAnalysis } from '../../src/format/format-analysis.js';
import { formatMarkdown } from '../../src/format/format-markdown.js';
import { formatTable } from '../../src/format/format-table.js';
import { jaffarFixture } from '../reconcile/jaffar-fixture.js';

const analysis = assemble(jaffarFixture());

describe('compactValue', () => {
  test.each([
    [{ low: 440, high: 440, qualifier: 'exact', text: '440' }, '440'],
    [{ low: 450, high: 450, qualifier: 'approx', text: 'about 450' }, '~450'],
    [{ low: 401, high: null, qualifier: 'more_than', text: 'over 400' }, '>400'],
    [{ low: 200, high: null, qualifier: 'at_least', text: 'at least 200' }, '200+'],
    [{ low: null, high: 10, qualifier: 'at_most', text: 'at most 10' }, '≤10'],
    [{ low: null, high: 9, qualifier: 'less_than', text: 'fewer than 10' }, '<10'],
    [{ low: 70, high: 80, qualifier: 'range', text: '70 to 80' }, '70–80'],
    [{ low: 24, high: null, qualifier: 'vague', text: 'several dozen' }, '24+?'],
    [{ low: 33, high: 33, qualifier: 'exact', text: 'all 33' }, 'all 33'],
    [{ low: null, high: null, qualifier: 'exact', text: 'all' }, 'all'],
  ] as const)('%o → %s', (value, expected) => expect(compactValue(value)).toBe(expected));
});

describe('table', () => {
  const table = formatTable(analysis, { color: false });
  const lines = table.split('\n');

  test('one block per incident with figures, the main incident first', () => {
    expect(lines[0]).toBe('5 document(s), 7 incident(s), 45 claim(s), 8 conflict(s)');
    expect(lines[2]).toBe('Jaffar Express hijacking · 2025-03-11 · Mashkaf, Bolan (5 doc)');
  });

  test('a figure row shows each claimant’s figures, conflicts marked, and the estimate', () => {
    const row = lines.find((l) => l.includes('security forces killed') && l.includes('4→23'))!;
    expect(row).toMatch(/^ {2}RC /);
    expect(row).toContain('4→23!');
    expect(row).toContain('200+!');
    // `200+` from local sources is open: the high stays open, never a made-up ceiling.
    expect(row.trimEnd()).toMatch(/4–23–200\+$/);
  });

  test('conflicts are spelled out under the grid', () => {
    // Wide enough that the sentence is not wrapped.
    expect(formatTable(analysis, { color: false, width: 160 })).toContain(
      '  C  Security forces killed: unattributed says ten vs ISPR says 23 vs local sources says at least 200.',
    );
  });

  test('no colour codes unless asked', () => {
    expect(table).not.toMatch(/\x1b\[/);
    expect(formatTable(analysis, { color: true })).toMatch(/\x1b\[1mJaffar Express/);
  });
});

describe('markdown', () => {
  const md = formatMarkdown(analysis);
  const footnotes = new Map([...md.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map((m) => [m[1]!, m[2]!]));

  test('every figure cited in the text has a footnote with its quote and source', () => {
    const cited = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]!));
    expect(cited.size).toBeGreaterThan(30);
    for (const n of cited) expect(footnotes.has(n), `footnote ${n}`).toBe(true);
    expect([...footnotes.values()].find((f) => f.includes('coffins were sent'))).toMatch(
      /^“.*at least 200 coffins.*” — local sources; in 000\.txt, 2025-03-14\.$/,
    );
  });

  test('every claim appears in a footnote', () => {
    expect(footnotes.size).toBe(analysis.claims.length);
  });

  test('estimates, disagreements, who said what and the statements in time', () => {
    expect(md).toContain('## Jaffar Express hijacking');
    expect(md).toMatch(/\| security forces killed \| 4 \| 23\[\^\d+\] \| 200\+ \| 4 \|/);
    expect(md).toMatch(
      /- \*\*Contradiction\.\*\* Militants killed: Baloch Liberation Army says 12 vs ISPR says all 33/,
    );
    expect(md).toMatch(/- \*\*security forces killed\*\*: four per ISPR\[\^\d+\]\[\^\d+\]; /);
    expect(md).toMatch(/- Mar 13 — Baloch Liberation Army: 50 hostages executed/);
  });
});

describe('formatAnalysis', () => {
  test('json is the analysis itself', () => {
    expect(JSON.parse(formatAnalysis(analysis, 'json'))).toEqual(JSON.parse(JSON.stringify(analysis)));
  });
  test('md and table dispatch', () => {
    expect(formatAnalysis(analysis, 'md')).toBe(formatMarkdown(analysis));
    expect(formatAnalysis(analysis, 'table')).toContain('low–best–high');
  });
});
