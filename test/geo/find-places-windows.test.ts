// Reading an incident's passage only inside its windows (its sentences; whitespace elsewhere) finds what reading the
// whole passage finds: no place token or word crosses whitespace, and the look-back for a sentence's first word
// reads the passage itself.
import { describe, expect, test } from 'vitest';
import { findPlaces, type Windows } from '../../src/geo/find-places.js';

/** `text` with everything outside `windows` blanked (newlines kept), as incident passages are. */
function blankedOutside(text: string, windows: Windows): string {
  return [...text]
    .map((c, i) => (c === '\n' || windows.some(([a, b]) => a <= i && i < b) ? c : ' '))
    .join('');
}

const TEXT =
  'Gunmen attacked a bus in Mashkaf, Dhadar, Bolan, in Balochistan’s hills.\n' +
  'In Sindh, the police said nothing. Rangers arrived from Karachi.\n' +
  'The Quetta Express left. Police said the police station in Compton, California was closed.';
const at = (s: string): [number, number] => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length];
const places = (text: string, windows?: Windows) =>
  findPlaces(text, undefined, windows).map((s) => `${s.start}:${s.text}=${s.place.name}`);

describe('findPlaces inside windows', () => {
  test.each<[string, Windows]>([
    ['every sentence', [[0, TEXT.length]]],
    [
      'the first and the last sentence',
      [at('Gunmen attacked'), at('Police said the police')].map(
        (w) => [w[0], TEXT.indexOf('.', w[0]) + 1] as const,
      ),
    ],
    [
      'a window cut inside a word and one ending inside a list',
      [
        [2, 40],
        [TEXT.indexOf('Rangers'), TEXT.indexOf('Karachi') + 3],
      ],
    ],
    [
      'two touching windows read as one',
      [
        [0, 30],
        [30, 75],
      ],
    ],
  ])('%s: the same places as the whole passage', (_why, windows) => {
    const passage = blankedOutside(TEXT, windows);
    expect(places(passage, windows)).toEqual(places(passage));
  });

  test('a place outside every window is not found (the passage is blank there)', () => {
    const windows: Windows = [at('In Sindh, the police said nothing.')];
    const found = places(blankedOutside(TEXT, windows), windows);
    expect(found).toEqual([`${TEXT.indexOf('Sindh')}:Sindh=Sindh`]);
    expect(found.join()).not.toMatch(/Karachi|Compton|Balochistan/u);
  });
});
