import { describe, expect, test } from 'vitest';
import { appendAll, inChunks } from '../../src/store/in-chunks.js';

// A slice of a large store's rows can be hundreds of thousands long (a 100k-report store's claimant sums were): as
// many arguments to `push` overflows the stack, which is what a refresh at 100k stored died of.
const MANY = 500_000;

describe('rows read in slices', () => {
  test('as many arguments as one large slice has overflow the stack (the failure guarded against)', () => {
    expect(() => [].push(...(new Array(MANY).fill(0) as never[]))).toThrow(RangeError);
  });

  test('appendAll keeps every row, in order', () => {
    const out = [1, 2];
    appendAll(
      out,
      Array.from({ length: MANY }, (_, i) => i + 3),
    );
    expect(out.length).toBe(MANY + 2);
    expect(out.slice(0, 4)).toEqual([1, 2, 3, 4]);
    expect(out.at(-1)).toBe(MANY + 2);
  });

  test('inChunks gathers a slice of any size, and every slice, in order', async () => {
    const values = Array.from({ length: 2_500 }, (_, i) => i);
    const slices: number[][] = [];
    const rows = await inChunks(values, async (slice) => {
      slices.push(slice);
      return slices.length === 1 ? new Array<number>(MANY).fill(-1) : slice;
    });
    expect(slices.flat()).toEqual(values);
    expect(slices.length).toBeGreaterThan(1);
    expect(rows.length).toBe(MANY + values.length - slices[0]!.length);
    expect(rows.slice(MANY)).toEqual(values.slice(slices[0]!.length));
  });
});
