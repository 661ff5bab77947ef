import { describe, expect, it } from 'vitest';
import { claimsOf, traceOf } from './helpers.js';

const hedgedOf = (text: string) =>
  Object.fromEntries(claimsOf(text).map((c) => [c.value.text, c.hedged] as const));

describe('mark-hedged: what the wounds are like is no reserve on the count', () => {
  it('does not hedge a count for non-life threatening injuries or an expected recovery', () => {
    const a = 'Four people suffered non-life threatening injuries in the shooting.';
    expect(claimsOf(a)[0]?.hedged, traceOf(a)).toBe(false);
    const b = 'Two men were shot and are expected to survive.';
    expect(claimsOf(b)[0]?.hedged, traceOf(b)).toBe(false);
  });

  it('still hedges a threat and a report', () => {
    expect(claimsOf('The militants threatened to kill 100 hostages.')[0]?.hedged).toBe(true);
    expect(claimsOf('Two people were reportedly killed.')[0]?.hedged).toBe(true);
  });
});

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
