import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

const claimantOf = (text: string) => {
  const [c] = claimsOf(text);
  return c ? { id: c.claimant.id, name: c.claimant.name, kind: c.claimant.kind } : null;
};

describe('named offices and officers speak for their role', () => {
  it('reads a police department, sheriff’s office or coroner named in capitals', () => {
    expect(claimantOf('Two men were shot on Sunday, according to the Chicago Police Department.')).toEqual({
      id: 'police',
      name: 'Chicago Police Department',
      kind: 'official',
    });
    expect(claimantOf("Three people were wounded, the Harris County Sheriff's Office said.")).toMatchObject({
      id: 'police',
      kind: 'official',
    });
    expect(claimantOf("One man died at the scene, the Clark County Coroner's Office said.")).toMatchObject({
      id: 'rescue-services',
      kind: 'official',
    });
  });

  it('takes a lowercase role right after a place as the place’s office, not the place', () => {
    expect(claimantOf('Four people were shot in the park, Colorado Springs police said.')).toEqual({
      id: 'police',
      name: 'Colorado Springs police',
      kind: 'official',
    });
  });

  it('reads officers by title, initials included, and informal words for the police', () => {
    expect(claimantOf('According to Sgt. David E. De Foor, two girls were shot.')).toMatchObject({
      id: 'police',
      name: 'Sgt. David E. De Foor',
    });
    expect(claimantOf('Four people were shot after a party in Morris Heights, cops said.')).toMatchObject({
      id: 'police',
      kind: 'official',
    });
    expect(claimantOf('Two people were wounded, Mayor Jane Doe said.')).toMatchObject({ kind: 'official' });
  });

  it('does not take a sentence opener or a place for a source', () => {
    const opener = claimantOf('When I got there, two men were dead, a neighbour said.');
    const place = claimantOf('Two men were killed in Los Angeles, the report said.');
    expect(opener).not.toBeNull();
    expect(place).not.toBeNull();
    expect(opener!.kind).not.toBe('unknown');
    expect(place!.name).not.toBe('Los Angeles');
  });
});
