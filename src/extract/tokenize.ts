// Words with their offsets. Hyphenated and apostrophe words stay whole (`twenty-three`, `48-hour`, `Pakistan’s`).
import type { Token } from './draft.js';

// `18-month old`, `14 year old`: an age written with a space is one word (WORD's first branch, the only one that
// can hold a space), read as `18-month-old` (age-spaced).
const WORD =
  /\d{1,3}[- ](?:[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ay)[- ][Oo]ld(?![\p{L}\p{N}-])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*(?:[’']s\b)?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  const word = new RegExp(WORD);
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    const raw = m[0];
    let lower = raw.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    if (lower.includes(' ')) lower = lower.replace(/ /g, '-');
    const possessive = lower.length > 2 && lower.endsWith("'s") && /[a-z]/.test(lower[lower.length - 3]!);
    if (possessive) lower = lower.slice(0, -2);
    const start = offset + m.index;
    tokens.push({ text: raw, lower, start, end: start + raw.length, possessive });
  }
  return tokens;
}
