import { describe, expect, test } from 'vitest';
import { parseGazetteer } from '../../src/geo/gazetteer.js';

// An invented index in the build's format: units, then towns and alternate names sorted by key. Names with
// letters outside ASCII come first, so a byte offset and a character offset differ for every later line.
const index = [
  'c\tCI\tCôte d’Ivoire|Ivory Coast\t7.5\t-5.5',
  'c\tZZ\tZedland\t1\t2',
  'a\tZZ.01\tÉtoile Province\t1.5\t2.5\t1000',
  '#towns',
  'abidjan\t100\tAbidjan\tCI\t01\t5.35\t-4.0\t4000000',
  'etoile\t101\tÉtoile\tZZ\t01\t1.1\t2.2\t500',
  'zed\t102\tZed\tZZ\t01\t1.0\t2.0\t50',
  'zed\t103\tZed Twin\tZZ\t02\t1.2\t2.1\t40',
  'zeds\t104\tZeds\tZZ\t01\t1.3\t2.3\t30',
  '#alternates',
  'babi\t0',
  'zeddy\t3',
].join('\n');

const names = (g: ReturnType<typeof parseGazetteer>, key: string) => g.lookup(key).map((p) => p.name);

describe('the place index read as bytes', () => {
  test.each([
    ['a string', index],
    ['bytes', Buffer.from(index)],
    ['bytes ending in a newline', Buffer.from(`${index}\n`)],
  ])('%s: each key finds its own lines, alternates their towns', (_, text) => {
    const g = parseGazetteer(text);
    expect(names(g, 'abidjan')).toEqual(['Abidjan']);
    expect(names(g, 'etoile')).toEqual(['Étoile']);
    expect(names(g, 'zed')).toEqual(['Zed', 'Zed Twin']);
    expect(names(g, 'zeds')).toEqual(['Zeds']);
    expect(names(g, 'babi')).toEqual(['Abidjan']);
    expect(names(g, 'zeddy')).toEqual(['Zed Twin']);
    expect(names(g, 'ze')).toEqual([]);
    expect(names(g, 'zzz')).toEqual([]);
    expect(names(g, 'ivory coast')).toEqual(['Côte d’Ivoire']);
    expect(g.lookup('etoile')[0]).toMatchObject({
      admin1: 'Étoile Province',
      country: 'Zedland',
      geonameId: 101,
    });
  });

  test('an index without its sections is refused', () => {
    expect(() => parseGazetteer('c\tZZ\tZedland\t1\t2\n#alternates\n')).toThrow(/no #towns/);
  });
});
