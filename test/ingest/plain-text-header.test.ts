import { describe, expect, test } from 'vitest';
import { readTextHeader } from '../../src/ingest/plain-text-header.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';

describe('readTextHeader', () => {
  test.each([
    [
      'example-news.org\n\nGunmen Storm Bus Depot In Northern Town\n\nBody text follows here.',
      'example-news.org',
      'Gunmen Storm Bus Depot In Northern Town',
    ],
    [
      'The Daily Ledger\n\nFloods cut off three valleys – Report\n\nIt rained.',
      'The Daily Ledger',
      'Floods cut off three valleys – Report',
    ],
    [
      'Militants attack a convoy near the border\n\nThe attack began at dawn.',
      null,
      'Militants attack a convoy near the border',
    ],
  ])('%j', (text, outlet, title) => {
    expect(readTextHeader(text)).toEqual({ outlet, title });
  });

  test.each([
    ['a first line that is a sentence', 'Gunmen stormed a bus depot on Monday, police said.\n\nMore text.'],
    ['a dateline paragraph', 'QUETTA, March 11 — Gunmen stormed a bus depot.\n\nMore text.'],
    ['one paragraph only', 'Gunmen stormed a bus depot'],
    ['a first block of several lines', 'Line one of a poem\nline two of it\n\nBody.'],
  ])('no header: %s', (_why, text) => {
    expect(readTextHeader(text)).toEqual({ outlet: null, title: null });
  });

  test('a document keeps the title and outlet it was given, and its text unchanged', () => {
    const text = 'example-news.org\n\nGunmen Storm Bus Depot In Northern Town\n\nBody.';
    expect(normalizeDocument({ text, title: 'Given', outlet: 'Given outlet' })).toMatchObject({
      title: 'Given',
      outlet: 'Given outlet',
      text,
    });
    expect(normalizeDocument({ text })).toMatchObject({
      title: 'Gunmen Storm Bus Depot In Northern Town',
      outlet: 'example-news.org',
      text,
    });
  });
});
