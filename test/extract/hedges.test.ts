import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

const hedgedOf = (text: string) =>
  Object.fromEntries(claimsOf(text).map((c) => [c.value.text, c.hedged] as const));

describe('mark-hedged', () => {
  it('marks counts put in doubt', () => {
    expect(hedgedOf('Two people were reportedly wounded at the party.')).toEqual({ Two: true });
    expect(hedgedOf('The gunmen threatened that 20 hostages will be executed.')).toMatchObject({
      '20': true,
    });
  });

  it('leaves life-threatening injuries, prognoses and refusals alone', () => {
    expect(hedgedOf('Four people suffered non-life threatening injuries on Sunday.')).toEqual({
      Four: false,
    });
    expect(hedgedOf('Two boys who were shot are expected to recover.')).toEqual({ Two: false });
    expect(hedgedOf('Three men were killed, but police would not say who they were.')).toEqual({
      Three: false,
    });
  });

  it('reads May as the month, not as the modal', () => {
    expect(hedgedOf('Two men were killed in May.')).toEqual({ Two: false });
    expect(hedgedOf('Two men were killed on May 25.')).toEqual({ Two: false });
    expect(hedgedOf('Two men may have been killed.')).toEqual({ Two: true });
  });
});
