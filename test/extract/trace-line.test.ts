import { describe, expect, it } from 'vitest';
import { traceLine } from '../../src/extract/draft.js';
import { claimsOf } from './helpers.js';

// One copy of each trace line: what a claim's trace says is unchanged, only how often it is stored.
describe('trace lines', () => {
  it('gives back an equal line, the first copy of it', () => {
    const a = traceLine(['drop-uncounted', 'dropped (no counted people)'].join(': '));
    const b = traceLine(`drop-uncounted: ${'dropped (no counted people)'}`);
    expect(b).toBe(a);
    expect(a).toBe('drop-uncounted: dropped (no counted people)');
  });

  it('keeps different lines apart, also past the table’s size (negative case)', () => {
    const lines = Array.from({ length: 25_000 }, (_, i) => traceLine(`find-numbers: "${i}"`));
    expect(new Set(lines).size).toBe(25_000);
    expect(lines[3]).toBe('find-numbers: "3"');
  });

  it('leaves a claim’s trace as the stages wrote it', () => {
    const text = 'Police said 4 people were killed. Police said 4 people were killed.';
    const [first, second] = claimsOf(text);
    expect(first?.provenance.trace).toEqual(second?.provenance.trace);
    expect(first?.provenance.trace[0]).toBe('find-numbers: "4" → 4..4 (exact)');
  });
});
