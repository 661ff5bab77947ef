import { describe, expect, it } from 'vitest';
import { normalizeDocument, toIsoDate } from '../../src/ingest/normalize-document.js';

describe('toIsoDate', () => {
  it.each([
    ['2025-03-12', '2025-03-12'],
    ['2025-03-12T23:30:00+05:00', '2025-03-12'],
    ['Wed, 12 Mar 2025 23:30:00 +0500', '2025-03-12'],
    ['Thu, 13 Mar 2025 01:00:00 GMT', '2025-03-13'],
    ['12 March 2025', '2025-03-12'],
    ['March 12, 2025', '2025-03-12'],
    ['Mar. 9th, 2025 10:00 AM', '2025-03-09'],
    ['Published: September 1 2024', '2024-09-01'],
  ])('%s → %s', (value, expected) => {
    expect(toIsoDate(value)).toBe(expected);
  });

  it.each(['', 'yesterday', 'Foo 12, 2025', null])('%s is not a date', (value) => {
    expect(toIsoDate(value)).toBeNull();
  });
});

describe('normalizeDocument', () => {
  it('extracts html when no text is given; the caller’s fields win over the page’s', () => {
    const doc = normalizeDocument({
      html: '<html><head><meta property="og:title" content="Page"><meta property="article:published_time" content="2025-03-12"></head><body><p>Six killed.</p></body></html>',
      title: 'Given',
    });
    expect(doc).toMatchObject({ text: 'Six killed.', title: 'Given', published: '2025-03-12' });
  });

  it('prefers text over html, and says what is missing', () => {
    expect(normalizeDocument({ text: 'Plain.', html: '<p>Other.</p>' }).text).toBe('Plain.');
    expect(() => normalizeDocument({ title: 'x' }, 'row 3')).toThrow(
      'row 3: a document needs a "text" or "html" string',
    );
  });
});
