// A report locates its event from the head of its passage (LOCATE_CHARS): a place named only past it is never read,
// so a multi-megabyte report costs the same to locate as a long article. Invented texts.
import { describe, expect, test } from 'vitest';
import { LOCATE_CHARS, locateEvent } from '../../src/geo/locate-event.js';

const filler = (chars: number): string =>
  'Shops stayed closed and people waited for news. '.repeat(Math.ceil(chars / 48));

describe('locateEvent reads the head of a long passage', () => {
  test('the place named at the start wins over one named past the head, however often', () => {
    const text =
      'Gunmen killed 4 people in Lyon, France on Tuesday, the police said.\n' +
      filler(LOCATE_CHARS) +
      '\nIn Marseille, in Marseille, in Marseille the police met.'.repeat(20);
    const located = locateEvent([{ id: 'long', text }]);
    expect(located?.name).toBe('Lyon');
    expect(located?.evidence?.start).toBe(text.indexOf('Lyon'));
  });

  test('under the head, every mention still counts (negative: a short report is read whole)', () => {
    const text =
      'Gunmen killed 4 people in Lyon, France on Tuesday, the police said.\n' +
      filler(2_000) +
      '\nIn Marseille, in Marseille, in Marseille the police met.'.repeat(20);
    expect(locateEvent([{ id: 'short', text }])?.name).toBe('Marseille');
  });

  test('a place named only past the head locates nothing; windows cut at the head keep their evidence', () => {
    const text = filler(LOCATE_CHARS + 10) + '\nGunmen killed 4 people in Lyon, France on Tuesday.';
    expect(locateEvent([{ id: 'late', text }])).toBeNull();
    const windows = [[0, 60] as const, [LOCATE_CHARS - 20, text.length] as const];
    const early = 'Police in Lyon, France said. ' + text;
    expect(locateEvent([{ id: 'w', text: early, windows }])?.evidence?.start).toBe(early.indexOf('Lyon'));
  });
});
