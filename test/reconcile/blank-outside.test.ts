// An incident's passage: the report blanked outside its sentences, long blank stretches shortened to their two ends
// (a line break kept), offsets mapped back to the report.
import { describe, expect, test } from 'vitest';
import { blankOutside, inWindows, MARGIN, reportOffset } from '../../src/reconcile/blank-outside.js';

const filler = (n: number, line = false) =>
  Array.from(
    { length: n },
    (_, i) => `Filler sentence ${i} about the weather.${line && i === 5 ? '\n' : ' '}`,
  ).join('');
const FIRST = 'Gunmen stormed the ferry terminal in Porto Vell on Monday.';
const LAST = 'Police said the siege ended on Tuesday.';
const report = (line: boolean) => `${filler(40)}${FIRST} ${filler(60, line)}${LAST} ${filler(30)}`;
const at = (text: string, s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];

describe('blankOutside', () => {
  test('a short report is blanked, not shortened: same length, same offsets', () => {
    const text = `${FIRST} The weather was fine. ${LAST}`;
    const b = blankOutside(text, [at(text, FIRST), at(text, LAST)]);
    expect(b.text).toHaveLength(text.length);
    expect(b.shifts).toEqual([]);
    expect(b.text.replace(/\s+/gu, ' ').trim()).toBe(`${FIRST} ${LAST}`);
    expect(reportOffset(b, 10)).toBe(10);
  });

  test.each([
    ['without a line break', false, ' '],
    ['with a line break', true, '\n'],
  ])('a long stretch %s keeps MARGIN blanks each side and one middle character', (_why, line, middle) => {
    const text = report(line);
    const b = blankOutside(text, [at(text, FIRST), at(text, LAST)]);
    expect(b.text.length).toBeLessThan(text.length / 5);
    const [[s1, e1], [s2, e2]] = b.windows as [number, number][];
    expect(b.text.slice(s1!, e1)).toBe(FIRST);
    expect(b.text.slice(s2!, e2)).toBe(LAST);
    const between = b.text.slice(e1, s2);
    expect(between).toHaveLength(2 * MARGIN + 1);
    expect(between[MARGIN]).toBe(middle);
    expect(between.includes('\n')).toBe(line);
    expect(reportOffset(b, s1!)).toBe(text.indexOf(FIRST));
    expect(reportOffset(b, s2! + 7)).toBe(text.indexOf(LAST) + 7);
    expect(b.reportWindows).toEqual([at(text, FIRST), at(text, LAST)]);
  });

  test('inWindows: inside a window, not in the gaps or past the end', () => {
    const windows = [
      [10, 20],
      [40, 50],
    ] as const;
    expect([9, 10, 19, 20, 39, 40, 49, 50].map((r) => inWindows(windows, r))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
  });
});
