import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/analyze.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';

function totals(text: string): Record<string, number | null> {
  const result = analyzeDocuments([normalizeDocument({ text, id: 'd', published: '2016-01-10' })]);
  return Object.fromEntries(
    result.estimates.filter((e) => e.group === 'all').map((e) => [e.outcome, e.best]),
  );
}

describe('a shooter who killed themself is one of the dead', () => {
  it('adds the shooter to the count they killed in the same sentence', () => {
    expect(totals('A gunman killed three people at a diner on Sunday before killing himself.')).toMatchObject(
      {
        killed: 4,
      },
    );
    expect(totals('The woman shot and killed her two sons and then herself on Sunday.')).toMatchObject({
      killed: 3,
    });
  });

  it('counts a victim named by a possessive', () => {
    expect(
      totals('A man shot and killed his 6-year-old son before turning the gun on himself on Sunday.'),
    ).toMatchObject({ killed: 2 });
  });

  it('counts the self alone', () => {
    expect(totals('The teenager took his own life on Sunday, police said.')).toMatchObject({ killed: 1 });
  });

  it('does not count intent, an attempt or a wound', () => {
    expect(totals('A caller said he wanted to kill himself on Sunday.')).not.toHaveProperty('killed');
    expect(
      totals('He turned the gun on himself in an attempted suicide on Sunday and is in hospital.'),
    ).not.toHaveProperty('killed');
    expect(totals('A man shot himself in the leg on Sunday.')).not.toHaveProperty('killed');
  });

  it('counts a non-fatal self-shooting as wounded when no death is told', () => {
    expect(totals('A 15-year-old boy accidentally shot himself in the leg on Sunday.')).toMatchObject({
      wounded: 1,
    });
    expect(
      totals('Joe Smith, the hunter found dead on Sunday, accidentally shot himself with his rifle.'),
    ).not.toHaveProperty('wounded');
  });
});
