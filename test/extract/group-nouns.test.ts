// The people a count can name: a noun the lexicon knows in the plural is known in the singular too, so `a teacher`
// is counted as `two teachers` is (`A gunman killed a teacher and a student` gave no claim). The exceptions are
// plurals whose singular names no person (`a force`, `a local` as an adjective, `a soul` in `not a soul`).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { casualtiesOf } from './helpers.js';

const GROUPS = JSON.parse(
  readFileSync(new URL('../../src/lexicon/en/groups.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const NO_SINGULAR = new Set([
  'fans',
  'forces',
  'locals',
  'nationals',
  'others',
  'souls',
  'troops',
  'security forces',
  'security_forces',
  'members of the security forces',
]);

function nouns(x: unknown, out: Set<string>): Set<string> {
  if (typeof x === 'string') out.add(x);
  else if (Array.isArray(x)) for (const y of x) nouns(y, out);
  else if (x && typeof x === 'object')
    for (const [k, v] of Object.entries(x)) if (!k.startsWith('_') && k !== 'group') nouns(v, out);
  return out;
}

function singular(plural: string): string | null {
  const words = plural.split(' ');
  const last = words.pop()!;
  const one = /ies$/.test(last)
    ? `${last.slice(0, -3)}y`
    : /men$/.test(last)
      ? `${last.slice(0, -3)}man`
      : /[^s]s$/.test(last)
        ? last.slice(0, -1)
        : null;
  return one === null ? null : [...words, one].join(' ');
}

describe('group nouns', () => {
  test('every plural noun of people has its singular', () => {
    const all = nouns([GROUPS.nouns, GROUPS.subgroups], new Set());
    const missing = [...all].filter((n) => {
      const one = singular(n);
      return one !== null && !NO_SINGULAR.has(n) && !all.has(one);
    });
    expect(missing).toEqual([]);
  });

  test.each([
    [
      'A gunman killed a teacher and a student.',
      [
        ['a', 'killed'],
        ['a', 'killed'],
      ],
    ],
    ['A mourner was shot outside the church.', [['A', 'wounded']]],
    ['Police said a staffer was wounded.', [['a', 'wounded']]],
    // Negative: a singular that names no person stays uncounted.
    ['Not a soul was hurt in the fire, a local official said.', []],
  ] as [string, [string, string][]][])('%s', (sentence, expected) => {
    expect(casualtiesOf(sentence)).toEqual(expected);
  });
});
