// Incident passages keep the sentences extraction told each incident in (`LocalIncident.spans`) and blank the rest,
// offsets unchanged; extractions stored without spans fall back on claim sentences, names and the opening.
import { describe, expect, test } from 'vitest';
import type { Incident } from '../../src/model/analysis.js';
import type { DocumentExtraction, LocalIncident } from '../../src/model/extraction.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import { incidentPassages } from '../../src/reconcile/incident-passages.js';

const TEXT =
  'Gunmen stormed the Lakeside ferry terminal in Porto Vell on Monday.\n\n' +
  'In 2019, a bomb at the Ridge market in Alsen killed nine.\n' +
  'Police said the terminal siege ended on Tuesday.';
const sentence = (s: string): [number, number] => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length];
const FERRY = sentence('Gunmen stormed the Lakeside ferry terminal in Porto Vell on Monday.');
const SIEGE = sentence('Police said the terminal siege ended on Tuesday.');
const MARKET = sentence('In 2019, a bomb at the Ridge market in Alsen killed nine.');

const local = (more: Partial<LocalIncident>): LocalIncident => ({
  key: 'k',
  label: 'x',
  date: null,
  place: null,
  aliases: [],
  main: false,
  ...more,
});

function extraction(withSpans: boolean): DocumentExtraction {
  const spans = (s: [number, number][]) => (withSpans ? { spans: s } : {});
  return {
    document: normalizeDocument({ id: 'r1', text: TEXT }),
    claims: [],
    claimants: [],
    incidents: [
      local({ key: 'm', label: 'Lakeside ferry terminal', main: true, ...spans([FERRY, SIEGE]) }),
      local({ key: 'p', label: 'Ridge market bombing', date: '2019', ...spans([MARKET]) }),
    ],
  };
}

const incident = (label: string, main: boolean): Incident => ({
  id: label,
  label,
  date: null,
  place: null,
  aliases: [],
  documents: ['r1'],
  main,
});

const kept = (text: string) => text.replace(/\s+/gu, ' ').trim();

describe('incident passages', () => {
  test('the main incident keeps its own sentences, the recalled bombing is blanked, offsets unchanged', () => {
    const [p] = incidentPassages(incident('Lakeside ferry terminal', true), [extraction(true)], []);
    expect(p!.text).toHaveLength(TEXT.length);
    expect(kept(p!.text)).toBe(
      'Gunmen stormed the Lakeside ferry terminal in Porto Vell on Monday. Police said the terminal siege ended on Tuesday.',
    );
    expect(p!.text.slice(SIEGE[0], SIEGE[1])).toBe(TEXT.slice(SIEGE[0], SIEGE[1]));
  });

  test('the recalled bombing keeps only its sentence: never the town of today’s event', () => {
    const [p] = incidentPassages(incident('Ridge market bombing', false), [extraction(true)], []);
    expect(kept(p!.text)).toBe('In 2019, a bomb at the Ridge market in Alsen killed nine.');
    expect(p!.text).not.toMatch(/Porto Vell/u);
  });

  test('without spans: the opening of the main incident and the sentences that name it', () => {
    const [p] = incidentPassages(incident('Lakeside ferry terminal', true), [extraction(false)], []);
    expect(kept(p!.text)).toBe('Gunmen stormed the Lakeside ferry terminal in Porto Vell on Monday.');
  });
});

describe('incident passage windows', () => {
  test('sorted, disjoint and not touching; the passage is whitespace outside them and the report inside', () => {
    for (const [label, main, spans] of [
      ['Lakeside ferry terminal', true, true],
      ['Ridge market bombing', false, true],
      ['Lakeside ferry terminal', true, false],
    ] as const) {
      const [p] = incidentPassages(incident(label, main), [extraction(spans)], []);
      const { text, windows } = p!;
      windows.forEach(([a, b], i) => {
        expect(a).toBeLessThan(b);
        if (i > 0) expect(a).toBeGreaterThan(windows[i - 1]![1]);
        expect(text.slice(a, b)).toBe(TEXT.slice(a, b));
      });
      const outside = [...text].filter((_, i) => !windows.some(([a, b]) => a <= i && i < b)).join('');
      expect(outside).toMatch(/^\s*$/u);
      expect(windows.length).toBeGreaterThan(0);
    }
  });

  test('overlapping and touching sentences make one window', () => {
    const both = local({
      key: 'm',
      label: 'Lakeside ferry terminal',
      main: true,
      spans: [FERRY, [FERRY[0] + 5, FERRY[1] + 2], [FERRY[1] + 2, MARKET[1]]],
    });
    const e = { ...extraction(true), incidents: [both] };
    const [p] = incidentPassages(incident('Lakeside ferry terminal', true), [e], []);
    expect(p!.windows).toEqual([[FERRY[0], MARKET[1]]]);
  });
});
