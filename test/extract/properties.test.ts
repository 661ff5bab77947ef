import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.js';
import type { SourceDocument } from '../../src/model/document.js';

const SAMPLE = readdirSync('examples/jaffar-express').map((f) =>
  readFileSync(`examples/jaffar-express/${f}`, 'utf8'),
);

function doc(text: string): SourceDocument {
  return {
    id: 'p',
    source: 'p',
    title: null,
    url: null,
    outlet: null,
    published: null,
    publishedInferred: false,
    text,
  };
}

function checkSpans(text: string): void {
  const { claims } = extractDocument(doc(text));
  for (const c of claims) {
    const e = c.evidence;
    expect(
      0 <= e.start &&
        e.start <= e.numberStart &&
        e.numberStart < e.numberEnd &&
        e.numberEnd <= e.end &&
        e.end <= text.length,
    ).toBe(true);
    expect(text.slice(e.numberStart, e.numberEnd)).toBe(c.value.text);
    expect(text.slice(e.start, e.end)).toBe(e.text);
    if (c.value.low !== null && c.value.high !== null) expect(c.value.low).toBeLessThanOrEqual(c.value.high);
  }
}

const WORDS = [
  'killed',
  'soldiers',
  'said',
  '“',
  '”',
  'over',
  '200',
  'the',
  'BLA',
  'a',
  'no',
  'one',
  'hostages',
  ',',
  '.',
  '\n',
  'between',
  'and',
  '70',
  'to',
  'March',
  '11',
  'dozen',
  'three',
  'of',
  'according',
  'Reuters',
  'thousands',
  'Lt.',
  'Gen.',
  '’s',
  '-',
  '1,000',
  'were',
  'all',
];

describe('extraction never throws and never leaves its text', () => {
  it('on arbitrary unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (t) => checkSpans(t)),
      { numRuns: 300 },
    );
  });

  it('on word salad made of the phrasings the stages look for', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }), (ws) => checkSpans(ws.join(' '))),
      { numRuns: 400 },
    );
  });

  it('on the sample articles cut at random places', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLE), fc.nat(), fc.nat(), (text, a, b) => {
        const [from, to] = [a % text.length, b % text.length].sort((x, y) => x - y);
        checkSpans(text.slice(from, to));
      }),
      { numRuns: 100 },
    );
  });
});
