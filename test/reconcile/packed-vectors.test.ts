// Packed term vectors (incident-terms.ts): the cosine linking reads by merging sorted term ids equals the cosine of
// the Maps they were packed from, whatever the words, their order and their overlap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  packVector,
  packedCosine,
  termCounts,
  tfidf,
  type TermVector,
} from '../../src/reconcile/incident-terms.js';

/** The cosine of two unit-length vectors as Maps: what linking computed before its vectors were packed. */
function cosine(a: TermVector, b: TermVector): number {
  let s = 0;
  for (const [t, w] of a) s += w * (b.get(t) ?? 0);
  return s;
}

const word = fc.constantFrom(
  'quillfeather',
  'lighthouse',
  'orchard',
  'tannery',
  'harbour',
  'glacier',
  'ferry',
  'granary',
);

describe('packedCosine', () => {
  it('equals the cosine of the Maps it packs', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(word, { maxLength: 12 }), (a, b) => {
        const [va, vb] = [a, b].map((ws) => tfidf(termCounts(ws.join(' '), [[0, ws.join(' ').length]])));
        expect(packedCosine(packVector(va!), packVector(vb!))).toBeCloseTo(cosine(va!, vb!), 12);
      }),
      { numRuns: 200 },
    );
  });

  it('is 1 for a vector with itself and 0 with no word in common', () => {
    const v = tfidf(termCounts('the tannery by the harbour and the old granary', [[0, 46]]));
    const w = tfidf(termCounts('glacier ferry lighthouse', [[0, 24]]));
    expect(v.size).toBeGreaterThan(0);
    expect(packedCosine(packVector(v), packVector(v))).toBeCloseTo(1, 12);
    expect(packedCosine(packVector(v), packVector(w))).toBe(0);
  });
});
