// Negative numbers are no counts, and a range named backwards is still the range: invented sentences, with
// near-misses (hyphenated ranges, dashes between clauses, names with numbers) that must read as before.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

const values = (sentence: string) => claimsOf(sentence).map((c) => [c.value.low, c.value.high]);

describe('signs', () => {
  it.each([
    'Officials said minus 5 people were killed.',
    'The count was revised to -5 killed.',
    'A tally of −5 people were killed.',
  ])('refuses a negative count: %s', (sentence) => {
    expect(values(sentence)).toEqual([]);
  });

  it.each([
    ['Officials said 70-80 people were killed.', [[70, 80]]],
    ['Clashes in the north - 5 people were killed.', [[5, 5]]],
    ['Clashes in the north -- 5 people were killed.', [[5, 5]]],
  ])('still reads %s', (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });
});

describe('reversed ranges', () => {
  it('reads "between 10 and 2" as 2 to 10, never as 2', () => {
    const [claim] = claimsOf('Between 10 and 2 people were killed in the attack.');
    expect([claim?.value.low, claim?.value.high, claim?.value.qualifier]).toEqual([2, 10, 'range']);
  });

  it('keeps "between 10 and 15" as before', () => {
    expect(values('Between 10 and 15 passengers were wounded.')).toEqual([[10, 15]]);
  });
});
