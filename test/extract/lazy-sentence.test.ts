import { describe, expect, it } from 'vitest';
import { traceDocument } from '../../src/extract/extract-document.js';
import { LazySentence, RecentTokens } from '../../src/extract/lazy-sentence.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';

// Tokens are made when read and let go after a few hundred other sentences were read: a sentence read again must
// give the same tokens, at the same offsets, as tokenizing it once did.
describe('lazy sentence tokens', () => {
  const text = Array.from(
    { length: 600 },
    (_, i) => `Police said ${i + 2} people were killed in Town${i}.`,
  ).join('\n');
  const sentences = traceDocument(normalizeDocument({ text, id: 't', published: '2016-01-10' })).sentences;

  it('gives every sentence the tokens tokenize gives, before and after others pushed them out', () => {
    expect(sentences).toHaveLength(600);
    const first = sentences.map((s) => s.tokens);
    for (const [i, s] of sentences.entries()) {
      expect(s.tokens).toEqual(tokenize(s.text, s.start));
      expect(s.tokens).toEqual(first[i]);
      expect(s.words).toEqual(s.tokens.map((t) => t.lower));
      expect(text.slice(s.tokens[2]!.start, s.tokens[2]!.end)).toBe(String(i + 2));
    }
  });

  it('holds at most a few hundred sentences’ tokens at once', () => {
    const recent = new RecentTokens();
    const many = Array.from(
      { length: 300 },
      (_, i) => new LazySentence(i, i * 10, i * 10 + 9, 'Two died.', 0, null, recent),
    );
    const kept = many.map((s) => s.tokens);
    // The first sentence's tokens were let go: reading them again makes new, equal ones.
    expect(many[0]!.tokens).not.toBe(kept[0]);
    expect(many[0]!.tokens).toEqual(kept[0]);
    // The last one still holds its own.
    expect(many[299]!.tokens).toBe(kept[299]);
  });

  it('has no tokens for an empty sentence text (negative case)', () => {
    const s = new LazySentence(0, 0, 0, '', 0, null, new RecentTokens());
    expect(s.tokens).toEqual([]);
    expect(s.words).toEqual([]);
  });
});
