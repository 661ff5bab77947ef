// Searches rewritten so websearch_to_tsquery cannot overflow or fail; invented queries and near-misses.
import { describe, expect, it } from 'vitest';
import { MAX_TERMS, searchQuery } from '../../src/store/search-query.js';

describe('searchQuery', () => {
  it('keeps words, phrases, exclusions and or between words', () => {
    expect(searchQuery('train hijack')).toBe('train hijack');
    expect(searchQuery('bla -militants')).toBe('bla -militants');
    expect(searchQuery('"jaffar express" or bolan')).toBe('"jaffar express" or bolan');
    expect(searchQuery("O'Neil's 2025 report")).toBe("O'Neil's 2025 report");
  });

  it('drops operators with no word, and or at either end', () => {
    expect(searchQuery('-'.repeat(50) + ' train')).toBe('train');
    expect(searchQuery('or train or')).toBe('train');
    expect(searchQuery('train or or or bus')).toBe('train or bus');
    expect(searchQuery('(((train)))')).toBe('train');
  });

  it('bounds the number of words', () => {
    const many = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    expect(searchQuery(many).split(' ')).toHaveLength(MAX_TERMS);
  });

  it('refuses a query with no word, clearly', () => {
    expect(() => searchQuery('-'.repeat(50))).toThrow(/has no words to look for/);
    expect(() => searchQuery('\0\0')).toThrow(/has no words/);
    expect(() => searchQuery('""')).toThrow(/has no words/);
  });
});
