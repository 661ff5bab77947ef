import { describe, expect, it } from 'vitest';
import {
  multisetPrecisionRecall,
  precisionRecall,
  scoreCounts,
  scoreIntervals,
} from '../../src/eval/external/count-metrics.js';

describe('scoreCounts', () => {
  it('computes exact share, MAE and the always-zero baseline', () => {
    const s = scoreCounts([
      { gold: 0, predicted: 0 },
      { gold: 2, predicted: 2 },
      { gold: 3, predicted: 1 },
      { gold: 0, predicted: 4 },
    ]);
    expect(s.n).toBe(4);
    expect(s.exact).toBe(0.5);
    expect(s.mae).toBe((0 + 0 + 2 + 4) / 4);
    expect(s.within1).toBe(0.5);
    expect(s.zeroExact).toBe(0.5);
    expect(s.zeroMae).toBe((0 + 2 + 3 + 0) / 4);
  });

  it('is all zeros on no items instead of NaN', () => {
    expect(scoreCounts([])).toEqual({ n: 0, exact: 0, mae: 0, within1: 0, zeroExact: 0, zeroMae: 0 });
  });
});

describe('scoreIntervals', () => {
  it('treats a null high as unbounded and leaves it out of the mean width', () => {
    const s = scoreIntervals([
      { gold: 3, low: 2, high: 4 }, // covered, width 2
      { gold: 5, low: 2, high: 4 }, // not covered, width 2
      { gold: 50, low: 10, high: null }, // covered, unbounded
      { gold: 1, low: 2, high: null }, // below low
      { gold: 0, low: 0, high: 0 }, // covered, width 0
    ]);
    expect(s.coverage).toBe(3 / 5);
    expect(s.meanWidth).toBe(4 / 3);
    expect(s.unbounded).toBe(2);
  });
});

describe('multisetPrecisionRecall', () => {
  it('counts min(predicted, gold) victims as true positives per item', () => {
    const s = multisetPrecisionRecall([
      { gold: 2, predicted: 3 }, // tp 2, one extra
      { gold: 1, predicted: 0 }, // one missed
      { gold: 0, predicted: 1 }, // one spurious
      { gold: 4, predicted: 4 },
    ]);
    expect(s.tp).toBe(6);
    expect(s.predicted).toBe(8);
    expect(s.gold).toBe(7);
    expect(s.precision).toBe(6 / 8);
    expect(s.recall).toBe(6 / 7);
    expect(s.f1).toBeCloseTo((2 * (6 / 8) * (6 / 7)) / (6 / 8 + 6 / 7), 10);
  });

  it('does not reward splitting the same total differently across items', () => {
    const s = multisetPrecisionRecall([
      { gold: 2, predicted: 0 },
      { gold: 0, predicted: 2 },
    ]);
    expect(s.tp).toBe(0);
    expect(s.precision).toBe(0);
    expect(s.recall).toBe(0);
  });
});

describe('precisionRecall', () => {
  it('gives 0, not NaN, for empty denominators', () => {
    expect(precisionRecall(0, 0, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
