// An open bound stays open in every output: `over 200` is `>200`, never 201–201–201.
import { describe, expect, test } from 'vitest';
import { analyzeDocuments } from '../../src/analyze.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import { formatMarkdown } from '../../src/format/format-markdown.js';
import { formatTable } from '../../src/format/format-table.js';
import { formatUcdp } from '../../src/format/format-ucdp.js';

const analysisOf = (...texts: string[]) =>
  analyzeDocuments(texts.map((text, i) => normalizeDocument({ text, id: `d${i}`, published: '2025-05-02' })));

describe('open bounds', () => {
  const open = analysisOf(
    'Militants attacked a convoy in Quetta on May 1. Over 200 soldiers were killed, the group said.',
  );
  const estimate = open.estimates.find((e) => e.outcome === 'killed' && e.group === 'security_forces')!;

  test('the estimate writes the open figure as it was and leaves the high open', () => {
    expect(estimate.text).toEqual({ low: '>200', best: '>200', high: '>200' });
    expect(estimate.high).toBeNull();
  });

  test('the table, the Markdown and the UCDP row show >200 and no 201', () => {
    for (const out of [formatTable(open, { color: false }), formatMarkdown(open), formatUcdp(open)]) {
      expect(out).toContain('>200');
      expect(out).not.toMatch(/\b201\b/u);
    }
  });

  test('a closed account above the open one closes the high', () => {
    const closed = analysisOf(
      'Militants attacked a convoy in Quetta on May 1. Over 200 soldiers were killed, the group said.',
      'The army said 214 soldiers were killed in the attack on the convoy in Quetta on May 1.',
    );
    const e = closed.estimates.find((x) => x.outcome === 'killed' && x.group === 'security_forces')!;
    expect(e.high).toBe(214);
    expect(e.text?.high).toBe('214');
  });

  test('an exact figure is written as a number', () => {
    const exact = analysisOf(
      'Militants attacked a convoy in Quetta on May 1. Police said 12 soldiers were killed.',
    );
    expect(exact.estimates.find((e) => e.group === 'security_forces')?.text).toEqual({
      low: '12',
      best: '12',
      high: '12',
    });
  });
});
