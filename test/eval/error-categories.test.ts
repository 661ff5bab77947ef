import { describe, expect, it } from 'vitest';
import {
  categorizeError,
  countCategories,
  formatCategories,
} from '../../src/eval/external/error-categories.js';
import type { ClaimSummary } from '../../src/eval/external/mismatch.js';
import type { GvaError } from '../../src/eval/external/score-gva.js';

function gvaError(fields: Partial<GvaError>): GvaError {
  return {
    dataset: 'gva',
    id: '1',
    outcome: 'killed',
    kind: 'missed',
    gold: 1,
    predicted: 0,
    low: 0,
    high: 0,
    source: 'none',
    articles: 1,
    chars: [800],
    incidentsFound: 1,
    goldStated: false,
    claims: [],
    snippets: [],
    ...fields,
  };
}

function summary(value: string, low: number, outcome: string, sentence: string): ClaimSummary {
  return {
    doc: 'd',
    main: true,
    outcome,
    group: 'people',
    value,
    low,
    high: low,
    claimant: 'author',
    sentence,
  };
}

describe('categorizeError', () => {
  it('names a single death without a number', () => {
    const e = gvaError({ snippets: ['The victim, 34, died at the hospital.'] });
    expect(categorizeError(e)).toMatch(/^killed: missed: one victim/);
  });

  it('tells a death given the wrong outcome from a death not extracted at all', () => {
    const s = 'A man was shot and killed on Main Street.';
    const e = gvaError({ snippets: [s], claims: [summary('A man', 1, 'wounded', s)] });
    expect(categorizeError(e)).toBe('killed: missed: death stated, figure given another outcome');
  });

  it('spots an age taken for a count', () => {
    const s = 'Police said Ronnie Chambers, 33, was fatally struck.';
    const e = gvaError({ kind: 'over', gold: 1, predicted: 33, claims: [summary('33', 33, 'killed', s)] });
    expect(categorizeError(e)).toMatch(/an age counted/);
  });

  it('spots an estimate below a claim that had the gold figure', () => {
    const s = 'One person is dead and four others injured.';
    const e = gvaError({
      outcome: 'wounded',
      kind: 'under',
      gold: 4,
      predicted: 1,
      claims: [summary('four', 4, 'wounded', s), summary('one', 1, 'wounded', 'One was hurt.')],
    });
    expect(categorizeError(e)).toMatch(/^wounded: under: a claim had the gold figure/);
  });

  it('puts failed crawls first', () => {
    expect(categorizeError(gvaError({ chars: [40] }))).toBe('killed: empty or stub text (failed crawl)');
  });
});

describe('countCategories', () => {
  it('counts per data set, largest first, with examples', () => {
    const errors = [
      gvaError({ chars: [10] }),
      gvaError({ id: '2', snippets: ['He died.'] }),
      gvaError({ id: '3', snippets: ['She died.'] }),
    ];
    const counts = countCategories(errors, 1);
    expect(counts.map((c) => c.count)).toEqual([2, 1]);
    expect(counts[0]?.examples).toHaveLength(1);
    expect(formatCategories(errors)).toContain('one victim');
  });
});

describe('categorizeError on shooters', () => {
  it('spots the shooters counted as the dead', () => {
    const s = 'A grand jury declined to charge two officers who fatally shot a man.';
    const e = gvaError({ kind: 'over', gold: 1, predicted: 2, claims: [summary('two', 2, 'killed', s)] });
    expect(categorizeError(e)).toMatch(/the shooters counted/);
  });
});

describe('categorizeError on tolls', () => {
  it("spots the shooter's own death left out of the toll", () => {
    const s = 'A man shot and killed his daughter before turning the gun on himself.';
    const e = gvaError({
      kind: 'under',
      gold: 2,
      predicted: 1,
      snippets: [s],
      claims: [summary('A', 1, 'killed', s)],
    });
    expect(categorizeError(e)).toMatch(/shooter's own death/);
  });

  it('spots counts spread over clauses', () => {
    const s = 'Police found a man shot in the chest. Four more victims arrived at the hospital.';
    const e = gvaError({
      outcome: 'wounded',
      kind: 'under',
      gold: 5,
      predicted: 4,
      snippets: [s],
      claims: [summary('Four', 4, 'wounded', s)],
    });
    expect(categorizeError(e)).toMatch(/counts spread over clauses/);
  });

  it('spots the dead counted among the wounded', () => {
    const s = 'Five people were shot; one of them died.';
    const e = gvaError({
      outcome: 'wounded',
      kind: 'over',
      gold: 4,
      predicted: 5,
      snippets: [s],
      claims: [summary('Five', 5, 'wounded', s)],
    });
    expect(categorizeError(e)).toMatch(/the dead also counted as wounded/);
  });
});

describe('categorizeError on numbers that are not counts', () => {
  it('spots a street address taken for a count', () => {
    const s = 'One person was killed and three others injured at Cafe 54, 3135 West Broward Blvd.';
    const e = gvaError({
      outcome: 'wounded',
      kind: 'over',
      gold: 3,
      predicted: 3135,
      claims: [summary('3135', 3135, 'wounded', s)],
    });
    expect(categorizeError(e)).toMatch(/addresses/);
  });

  it('spots a related-video caption', () => {
    const s = '0:35 Two teens charged in Lakewood shooting that killed 15-year-old boy';
    const e = gvaError({ kind: 'spurious', gold: 0, predicted: 2, claims: [summary('Two', 2, 'killed', s)] });
    expect(categorizeError(e)).toMatch(/related-story captions/);
  });
});

describe('categorizeError on GVDB', () => {
  it('flags a figure where the annotator listed no victim', () => {
    const s = 'A 9-year-old boy who was accidentally shot in the head has died.';
    const e = {
      dataset: 'gvdb' as const,
      id: '3965',
      outcome: 'killed' as const,
      kind: 'spurious' as const,
      gold: 0,
      predicted: 1,
      title: 't',
      victims: [],
      claims: [summary('A', 1, 'killed', s)],
      snippets: [s],
    };
    expect(categorizeError(e)).toMatch(/GVDB lists no victim/);
    expect(categorizeError({ ...e, victims: [{ who: 'x', was: 'injured', sentence: null }] })).not.toMatch(
      /GVDB/,
    );
  });
});

describe('categorizeError on other numbers', () => {
  it('spots counts of a charge', () => {
    const s = 'Detectives charged Earnest Moore with four counts of attempted criminal homicide.';
    const e = gvaError({
      kind: 'spurious',
      gold: 0,
      predicted: 4,
      claims: [summary('four', 4, 'killed', s)],
    });
    expect(categorizeError(e)).toMatch(/counts of a charge/);
  });

  it("spots a city's yearly toll", () => {
    const s = 'They held a vigil for the 145 people who lost their lives to violence in Milwaukee in 2015.';
    const e = gvaError({ kind: 'over', gold: 1, predicted: 145, claims: [summary('145', 145, 'killed', s)] });
    expect(categorizeError(e)).toMatch(/statistics/);
  });
});

describe('categorizeError on the people shot', () => {
  it('spots the people shot taken as the dead', () => {
    const s =
      'It came a week after a party where four people were shot, including a girl who did not survive.';
    const e = gvaError({
      kind: 'spurious',
      gold: 0,
      predicted: 4,
      claims: [summary('four', 4, 'killed', s)],
    });
    expect(categorizeError(e)).toMatch(/the people shot taken as the dead/);
  });
});
