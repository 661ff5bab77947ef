// chrono-node's casual English parse, skipping the parsers that cannot match the text. chrono runs every parser's
// pattern over the whole text; a parser whose pattern finds nothing adds no result, so leaving it out gives the
// same results, in the same order, through the same refiners. Each entry below is a string every match of that
// parser's pattern holds (read from the pattern: the month names all hold one of `jan` … `dec`, the weekdays one of
// `sun` … `sat` or `week`), tested with the pattern's own flag (`i`, no `u`), so a text without it is one the
// pattern cannot match. A parser not listed always runs.
import * as chrono from 'chrono-node';

const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/** By parser class name: what every match of its pattern holds. */
export const PARSER_NEEDS: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: /\d{4}[-./\s]/,
  ISOFormatParser: /\d{4}-\d/,
  SlashDateFormatParser: /\d[-./]\d/,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENSlashMonthFormatParser: /\d\/\d/,
  ENTimeExpressionParser: /\d/,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  ENYearMonthNameParser: MONTH,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENMonthNameParser: MONTH,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|[+-]/i,
};

const CASUAL = chrono.casual;
const NEEDS = CASUAL.parsers.map((p) => PARSER_NEEDS[p.constructor.name] ?? null);
/** One parser set per combination met, by the bit mask of the parsers kept (at most 2^18, a few hundred in use). */
const BY_MASK = new Map<number, chrono.Chrono>();

/** The same results as `chrono.parse(text, reference, option)`. */
export function parseDatesIn(
  text: string,
  reference: chrono.ParsingReference,
  option: chrono.ParsingOption,
): chrono.ParsedResult[] {
  let mask = 0;
  for (let i = 0; i < NEEDS.length; i++) if (NEEDS[i]?.test(text) ?? true) mask |= 1 << i;
  let parser = BY_MASK.get(mask);
  if (!parser) {
    parser = new chrono.Chrono({
      parsers: CASUAL.parsers.filter((_, i) => (mask & (1 << i)) !== 0),
      refiners: CASUAL.refiners,
    });
    BY_MASK.set(mask, parser);
  }
  return parser.parse(text, reference, option);
}
