// Words with their offsets. Hyphenated and apostrophe words stay whole (`twenty-three`, `48-hour`, `Pakistan’s`).
import type { Token } from './draft.js';

// `18-month old`, `14 year old`: an age written with a space is one word (WORD's first branch, the only one that
// can hold a space), read as `18-month-old` (age-spaced).
const WORD =
  /\d{1,3}[- ](?:[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ay)[- ][Oo]ld(?![\p{L}\p{N}-])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*(?:[’']s\b)?|[^\s\p{L}\p{N}]/gu;

/**
 * WORD with ASCII letters and digits for `\p{L}` and `\p{N}`: the same tokens on a text whose letters and digits
 * are all ASCII (the classes then hold the same characters of it), found about twice as fast.
 */
const ASCII_WORD =
  /\d{1,3}[- ](?:[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ay)[- ][Oo]ld(?![A-Za-z0-9-])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|[A-Za-z0-9]+(?:[-'’.][A-Za-z0-9]+)*(?:[’']s\b)?|[^\sA-Za-z0-9]/gu;
/** A character outside ASCII and the usual quotes, dashes and no-break space: it may be a letter WORD must read. */
const NOT_PLAIN = /[^\x00-\x7F‘’“”–—…\u00a0]/;

/** Whether every letter and digit of `text` is ASCII (its other characters ASCII, quotes, dashes or no-break spaces). */
export function plainText(text: string): boolean {
  return !NOT_PLAIN.test(text);
}

export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  // One matcher for every call, its lastIndex reset: a call runs to the end and calls nothing that tokenizes.
  const word = plainText(text) ? ASCII_WORD : WORD;
  word.lastIndex = 0;
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    const raw = m[0];
    let lower = raw.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    if (lower.includes(' ')) lower = lower.replace(/ /g, '-');
    const possessive = lower.length > 2 && isPossessiveEnd(lower);
    if (possessive) lower = lower.slice(0, -2);
    const start = offset + m.index;
    tokens.push({ text: raw, lower, start, end: start + raw.length, possessive });
  }
  return tokens;
}

/** `'s` after a letter a to z (`officer's`), by char code: no regex run on every word. */
function isPossessiveEnd(lower: string): boolean {
  const n = lower.length;
  if (lower.charCodeAt(n - 1) !== 0x73 || lower.charCodeAt(n - 2) !== 0x27) return false;
  const c = lower.charCodeAt(n - 3);
  return c >= 0x61 && c <= 0x7a;
}

/** Whether a word starts with a capital: `A`-`Z` by char code (no regex run on every word), other letters by case. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}

/** Whether a word starts with a capital and a small letter (`Ann`, not `AK` or `A`): ASCII by char code, else by case. */
export function startsCapitalised(text: string): boolean {
  const a = text.charCodeAt(0);
  if (a < 128) {
    if (a < 65 || a > 90) return false;
    const b = text.charCodeAt(1);
    if (b < 128) return b >= 97 && b <= 122;
  }
  return /^\p{Lu}\p{Ll}/u.test(text);
}
