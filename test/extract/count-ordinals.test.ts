import { describe, expect, it } from 'vitest';
import { claimsOf, traceOf } from './helpers.js';

describe('count-ordinals: a victim numbered by an ordinal sets a floor', () => {
  it('reads `a fourth person … injured` as at least four wounded', () => {
    const text = 'A fourth person received a minor injury and was treated at the scene.';
    const [c] = claimsOf(text);
    expect(c?.value, traceOf(text)).toEqual({ low: 4, high: null, qualifier: 'at_least', text: 'A fourth' });
    expect(c?.outcome).toBe('wounded');
  });

  it('leaves the dead, the shooter and things alone', () => {
    expect(claimsOf('A third man, shot in the stomach, has died.').map((c) => c.value.low)).toEqual([1]);
    const shooter = 'Two teens were hurt after a third teen accidentally shot them.';
    expect(
      claimsOf(shooter).map((c) => c.value.text),
      traceOf(shooter),
    ).not.toContain('a third');
    expect(claimsOf('A second shooting was reported nearby.')).toEqual([]);
  });
});
