import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/analyze.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import { claimsOf, traceOf } from './helpers.js';

/** The reconciled `all` totals of one text. */
function totals(text: string): Record<string, number | null> {
  const result = analyzeDocuments([normalizeDocument({ text, id: 'd', published: '2016-01-10' })]);
  return Object.fromEntries(
    result.estimates.filter((e) => e.group === 'all').map((e) => [e.outcome, e.best]),
  );
}

describe('link-coordinations: conjuncts that share the outcome of the first', () => {
  it('adds up named people joined by `and` after one killing verb', () => {
    const text = 'The gunman fired into the car on Sunday, killing Dana Lowe, 19, and Omar Pike, 22.';
    const claims = claimsOf(text);
    expect(
      claims.map((c) => [c.value.text, c.outcome]),
      traceOf(text),
    ).toEqual([
      ['Dana Lowe', 'killed'],
      ['Omar Pike', 'killed'],
    ]);
    expect(claims[0]?.provenance.coordination).toBeTruthy();
    expect(claims[0]?.provenance.coordination).toBe(claims[1]?.provenance.coordination);
    expect(totals(text)).toMatchObject({ killed: 2 });
  });

  it('does not add an apposition or a disjunct', () => {
    expect(totals('The deceased victim, a 19-year-old man, was not identified on Sunday.')).toMatchObject({
      killed: 1,
    });
    const text = 'Nobody was endangered by the slain boy, Ty Moss, or two other teens on Sunday.';
    const claims = claimsOf(text);
    expect(
      claims.every((c) => !c.provenance.coordination),
      traceOf(text),
    ).toBe(true);
  });
});
