import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { PARSER_NEEDS, parseDatesIn } from '../../src/extract/chrono-parse.js';

// parseDatesIn leaves out the chrono parsers whose pattern cannot match the text: it must give what chrono.parse
// gives, and each parser's listed string must be in every text its pattern matches.
const PHRASES = [
  'The shooting happened on March 12, 2016 at about 10:30 p.m.',
  'Police said 3 people were shot Sunday night; two died two days later.',
  'He was arrested 5 days ago, on 12 Jan 2017, and charged on 2017-01-14.',
  'On 3/4/2015 a man was killed; another was wounded 03.05.15 and a third in 4/2015.',
  'Last week, this month and next year; the end of the month; yesterday and tonight at noon.',
  'Within 2 hours, in 3 days, for a few weeks; +2 days and -3 weeks; a couple of years before.',
  'The weekend attack on Sat., Thurs. and Wed. killed twenty-one people by midday.',
  'In September 2014 and 2014 September, Sept. 9 and the 21st of Sept., the earlier raid.',
  'Two were killed in the evening of Feb. 3 and one this morning, tmrw or overmorrow.',
  'It happened 2015/06/07 at 17:45, or at 5 pm, henceforth two weeks from now and a day out.',
  'A 23-year-old man was shot at 1400 block of Main Street after this past Monday.',
];

const reference = { instant: new Date(Date.UTC(2016, 2, 20, 12)), timezone: 0 };
const option = { forwardDate: false };

function sentencesOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/(?<=[.!?])\s+|\n+/))
    .filter((s) => s.trim() !== '');
}

const TEXTS = [...PHRASES, ...sentencesOf('examples/jaffar-express')];

function shown(results: readonly chrono.ParsedResult[]): unknown {
  return results.map((r) => ({
    index: r.index,
    text: r.text,
    start: r.start.date().toISOString(),
    end: r.end?.date().toISOString() ?? null,
    certain: ['year', 'month', 'day', 'weekday', 'hour'].map((c) => r.start.isCertain(c as chrono.Component)),
    tags: [...r.tags()].sort(),
  }));
}

describe('chrono parse without the parsers that cannot match', () => {
  it('gives chrono.parse’s results on phrasings of every parser and on the sample', () => {
    for (const text of TEXTS)
      expect(shown(parseDatesIn(text, reference, option)), text).toEqual(
        shown(chrono.parse(text, reference, option)),
      );
  });

  it('finds the string it needs in every text a parser’s pattern matches', () => {
    const context = new chrono.ParsingContext('', reference, option);
    let matched = 0;
    for (const parser of chrono.casual.parsers) {
      const need = PARSER_NEEDS[parser.constructor.name];
      if (!need) continue;
      const pattern = parser.pattern(context);
      for (const text of TEXTS) {
        const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
        if (!m) continue;
        matched++;
        expect(need.test(m[0]), `${parser.constructor.name} on "${m[0]}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(40);
  });

  it('names parsers chrono has: a renamed or new parser runs on every text', () => {
    const names = chrono.casual.parsers.map((p) => p.constructor.name);
    for (const name of Object.keys(PARSER_NEEDS)) expect(names).toContain(name);
  });

  it('keeps one parser set per set of parsers kept, never one for another text’s', () => {
    // The two texts keep different parsers (a weekday, an `ago`): each must get its own set, in either order.
    for (const [a, b] of [
      ['Two were shot Monday.', 'Two were shot 3 days ago.'],
      ['Two were shot 3 days ago.', 'Two were shot Monday.'],
    ] as const) {
      for (const text of [a, b, a])
        expect(shown(parseDatesIn(text, reference, option))).toEqual(
          shown(chrono.parse(text, reference, option)),
        );
    }
    expect(parseDatesIn('Two were shot Monday.', reference, option)).toHaveLength(1);
    expect(parseDatesIn('Two were shot 3 days ago.', reference, option)).toHaveLength(1);
  });
});
