// A passage's readings are kept across calls (locate-event.ts `readerOf`): an incident is described again on every
// refresh that touches it. What is kept must answer as a fresh reading would: per windows, per hint, per passage id.
// Invented texts.
import { describe, expect, test } from 'vitest';
import { locateEvent, locatedSpans } from '../../src/geo/locate-event.js';

const text =
  'Gunmen killed 4 people in Lyon, France on Tuesday, the police said.\n' +
  'A week earlier, a bomb wounded 9 people in Marseille, France, officials said.';
const lyon: readonly [number, number] = [0, text.indexOf('\n')];
const marseille: readonly [number, number] = [text.indexOf('\n') + 1, text.length];

describe('locateEvent keeps the readings of a passage', () => {
  test('one text under other windows is read again: each locates by its own sentences', () => {
    expect(locateEvent([{ id: 'a', text, windows: [lyon] }])?.name).toBe('Lyon');
    expect(locateEvent([{ id: 'a', text, windows: [marseille] }])?.name).toBe('Marseille');
    expect(locateEvent([{ id: 'a', text, windows: [lyon] }])?.name).toBe('Lyon');
  });

  test('one text under another hint is read under that hint', () => {
    const paris = [
      {
        id: 'p',
        text: 'A gunman killed 2 people in Paris on Friday, police said. Paris police closed the road.',
      },
    ];
    const country = (hint?: { countryCode: string }) =>
      locatedSpans(paris, hint).map((s) => s.place.countryCode);
    expect(country()).toEqual(['FR']);
    expect(country({ countryCode: 'US' })).toEqual(['US']);
    expect(country()).toEqual(['FR']);
  });

  test('one text in two reports: each span names its own report', () => {
    const spans = locatedSpans([
      { id: 'first', text, windows: [lyon] },
      { id: 'second', text, windows: [lyon] },
    ]);
    expect(spans.filter((s) => s.text === 'Lyon').map((s) => s.documentId)).toEqual(['first', 'second']);
  });
});
