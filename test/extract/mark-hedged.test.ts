import { describe, expect, it } from 'vitest';
import { claimsOf, traceOf } from './helpers.js';

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
