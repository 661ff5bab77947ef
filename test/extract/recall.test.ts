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

describe('count-self-inflicted: everyone a shooter killed before killing themself', () => {
  it('counts each victim named by a possessive in the killing verb’s object', () => {
    expect(
      totals(
        'Police said a deputy shot and killed his wife, two young daughters and his father-in-law, before killing himself on Sunday.',
      ),
    ).toMatchObject({ killed: 5 });
    expect(
      totals('A man fatally shot his wife and two young sons before killing himself on Sunday.'),
    ).toMatchObject({
      killed: 4,
    });
  });

  it('counts a bare noun sharing the determiner, and kin in the plural as at least two', () => {
    expect(
      totals('Police said the man killed his wife and child before killing himself on Sunday.'),
    ).toMatchObject({
      killed: 3,
    });
    expect(totals('A man fatally shot a woman and girl and then killed himself on Sunday.')).toMatchObject({
      killed: 3,
    });
    expect(
      totals('Police said the father killed his wife and children before killing himself on Sunday.'),
    ).toMatchObject({ killed: 4 });
  });

  it('reads the ellipsis `killed her son and then herself`', () => {
    expect(totals('The woman killed her son and then herself on Sunday, the sheriff said.')).toMatchObject({
      killed: 2,
    });
  });

  it('reads an active `shot` as the murder only in a story told as a murder-suicide', () => {
    expect(
      totals(
        'A man shot his wife and daughter before turning the gun on himself in a murder-suicide on Sunday.',
      ),
    ).toMatchObject({ killed: 3 });
    expect(totals('A man shot his wife before turning the gun on himself on Sunday.')).toMatchObject({
      killed: 1,
    });
  });

  it('does not count the shooter twice, as the subject and as the reflexive', () => {
    const text = 'Police say an officer shot and killed his wife before killing himself on Sunday.';
    expect(totals(text), traceOf(text)).toMatchObject({ killed: 2 });
  });
});

describe('find-numbers: bare nouns listed after a person counted with an article', () => {
  it('counts each bare conjunct as one more person', () => {
    expect(
      totals('Police are investigating the shooting deaths of a mother, son and little girl on Sunday.'),
    ).toMatchObject({ killed: 3 });
    expect(totals('Police found a father and daughter dead in their home on Sunday.')).toMatchObject({
      killed: 2,
    });
    expect(totals('A woman and toddler died after they were shot on Sunday.')).toMatchObject({ killed: 2 });
  });

  it('does not count one person described twice, relatives of someone, or an apposition', () => {
    expect(totals('A husband and father of two was shot and killed on Sunday.')).toMatchObject({ killed: 1 });
    const relatives = 'The mother and brother of a girl who was killed on Sunday were arrested.';
    expect(
      claimsOf(relatives).map((c) => c.value.text),
      traceOf(relatives),
    ).not.toContain('brother');
    const apposition = 'A sixth victim, male, went to the hospital with a gunshot wound on Sunday.';
    expect(
      claimsOf(apposition).map((c) => c.value.text),
      traceOf(apposition),
    ).not.toContain('male');
  });
});

describe('find-numbers: named pairs and couples', () => {
  it('counts two names joined by `and` as the subject of a plural casualty verb', () => {
    expect(
      totals('Kelso and Lum were shot and killed when someone burst into the home on Sunday.'),
    ).toMatchObject({
      killed: 2,
    });
    expect(totals('Joe Knarr and Jen Knarr were found dead in the dining room on Sunday.')).toMatchObject({
      killed: 2,
    });
  });

  it('does not read places joined by `and` as people', () => {
    const text = 'Deputies in Lake and Sumter were shot at on Sunday.';
    expect(
      claimsOf(text).map((c) => c.value.text),
      traceOf(text),
    ).not.toContain('Sumter');
  });

  it('counts a couple as two, but not `a couple of`', () => {
    expect(totals('The couple were shot to death in their home on Sunday.')).toMatchObject({ killed: 2 });
    expect(totals('He was shot a couple of times on Sunday.')).toMatchObject({ wounded: 1 });
  });
});

describe('link-coordinations: lists and appositions', () => {
  it('adds a list of people and civilians up in one group', () => {
    expect(totals('A woman and a 3-year-old child were killed in the shooting on Sunday.')).toMatchObject({
      killed: 2,
    });
  });

  it('does not add a person described again after a comma', () => {
    expect(totals('The boy, an Oakland resident, was shot in the leg on Sunday.')).toMatchObject({
      wounded: 1,
    });
    expect(
      totals(
        'The 16-year-old teen, a high school student, is in stable condition after being shot on Sunday.',
      ),
    ).toMatchObject({ wounded: 1 });
  });

  it('does not join counts across a `that` clause', () => {
    const text = 'The mother and her boyfriend told police that the child was wounded on Sunday.';
    expect(
      claimsOf(text).every((c) => !c.provenance.coordination),
      traceOf(text),
    ).toBe(true);
  });
});
