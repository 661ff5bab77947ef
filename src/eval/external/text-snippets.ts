// Short excerpts of article text for error reports, so a reader sees the phrasing behind a miss without the article.

/** Words that mark a sentence as talking about harm; only used to pick excerpts for humans, never to score. */
const HARM =
  /\b(kill|dead|death|died|dies|die|fatal|slain|murder|homicide|shot|shoot|wound|injur|hurt|hospital|victim|critical condition)/gi;

const MAX_SENTENCE = 320;

/** Abbreviations and initials whose period does not end a sentence ("Jan. 27", "Caitlin L. Caskey", "2810 W. Main"). */
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Z]|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Sgt|Lt|Det|Capt|Gov|Rep|Sen|Ave|Blvd|Rd|No|Jr|Sr|Inc|Co|U\.S)$/;

function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' || c === '!' || c === '?') return true;
  if (c !== '.') return false;
  return /[\s"'”’]/.test(text[i + 1] ?? ' ') && !ABBREVIATION.test(text.slice(Math.max(0, i - 6), i));
}

/** Bounds of the sentence around start..end, cut to a readable length. */
export function sentenceBounds(text: string, start: number, end: number = start): [number, number] {
  let from = start;
  while (from > 0 && start - from < MAX_SENTENCE && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < MAX_SENTENCE && !endsSentence(text, to)) to++;
  return [from, Math.min(text.length, to + 1)];
}

/** The sentence around start..end, whitespace squashed. */
export function sentenceAt(text: string, start: number, end: number = start): string {
  const [from, to] = sentenceBounds(text, start, end);
  return squash(text.slice(from, to));
}

/** Up to `max` distinct sentences that mention harm, in text order. */
export function harmSentences(text: string, max = 6): string[] {
  const out: string[] = [];
  let covered = -1;
  for (const m of text.matchAll(HARM)) {
    if (m.index < covered) continue;
    const [from, to] = sentenceBounds(text, m.index, m.index + m[0].length);
    out.push(squash(text.slice(from, to)));
    covered = to;
    if (out.length >= max) break;
  }
  return out;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** Whether `n` is written in the text as digits or (up to twenty) as a word: the gold toll is at least stated. */
export function mentionsNumber(text: string, n: number): boolean {
  const digits = new RegExp(`(?<![\\d,.])${n}(?![\\d,]|\\.\\d)`);
  if (digits.test(text)) return true;
  const word = NUMBER_WORDS[n];
  return word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(text);
}
