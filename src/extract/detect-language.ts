// The language a report is written in, and whether the extraction reads it. The detector is eld (Nito-ELD,
// its smallest n-gram database): measured against tinyld, franc-min and cld3-asm (docs/languages.md) it named
// 21 of 21 invented sentences in seven languages (one Hindi sentence called Marathi: same script, not read
// either way) and none of 2,753 English reports as another language, at ~0.1 ms a report.
import { eld } from 'eld/extrasmall';
import type { DocumentLanguage } from '../model/extraction.js';
import { LEXICONS, type Lexicon, type Lexicons } from './lexicon.js';
import { plainText } from './tokenize.js';

/** The first characters are enough to name a language; a long report costs no more than this. */
const SAMPLE = 20_000;
/** English scored within this share of the winner counts as a tie. */
const CLOSE = 0.8;
const LATIN = /\p{Script=Latin}/gu;
const LETTER = /\p{L}/gu;

/**
 * Words only English writes this often: in English news they are about a tenth of the words; no other language
 * written in Latin letters uses them as words of its own (`was`, `of`, `her`, `for`, `had` are left out: Dutch,
 * Danish and Norwegian have them).
 */
const ENGLISH_ONLY = new Set([
  'the',
  'and',
  'that',
  'with',
  'said',
  'from',
  'this',
  'were',
  'his',
  'which',
  'would',
  'been',
  'they',
  'their',
]);
const ENGLISH_ONLY_LONGEST = Math.max(...[...ENGLISH_ONLY].map((w) => w.length));
const WORD = /\p{L}+/gu;
const ASCII_WORD = /[A-Za-z]+/g;
const NOT_LATIN = /[^\P{L}\p{Script=Latin}]/gu;
/** A report whose first characters hold this many words, this English, in Latin letters, is English as eld says. */
const PLAIN_HEAD = 2_000;
const PLAIN_WORDS = 40;
const PLAIN_SHARE = 0.08;
const PLAIN_LATIN = 0.98;

/** The report's language, read when the lexicons hold its vocabulary (a folder listed in languages.json). */
export function detectLanguage(text: string, lexicons: Lexicons = LEXICONS): DocumentLanguage {
  // Most reports are plainly English: eld (a seventh of the whole extraction's time) is asked only about the rest.
  // On 2,908 such reports of the eval sets eld said English, reliably, every time.
  if (plainlyEnglish(text.slice(0, PLAIN_HEAD)))
    return {
      code: 'en',
      name: lexicons.languages.names.en ?? 'en',
      read: lexicons.lexiconFor('en') !== null,
      reliable: true,
    };
  const sample = text.slice(0, SAMPLE);
  const letters = (sample.match(LETTER) ?? []).length;
  if (letters === 0) return { code: 'und', name: 'undetermined', read: true, reliable: false };
  const result = eld.detect(sample);
  const code = result.language || 'und';
  const reliable = result.isReliable();
  const latin = (sample.match(LATIN) ?? []).length / letters;
  // A headline alone (`Friend shoots friend`: Tagalog 0.75, English 0.63) is too short to tell Latin-script
  // languages apart: English close behind the winner, or an unsure guess over Latin letters, is read as English.
  // A text in another script, or a clear lead (`Zwei Menschen wurden erschossen`: English not even scored), is not.
  const scores = result.getScores();
  const top = Math.max(0, ...Object.values(scores));
  const englishClose = (scores.en ?? 0) >= CLOSE * top;
  const english = lexicons.lexiconFor('en') !== null;
  const read = lexicons.lexiconFor(code) !== null || (latin >= 0.5 && english && (!reliable || englishClose));
  return { code, name: lexicons.languages.names[code] ?? code, read, reliable };
}

function plainlyEnglish(head: string): boolean {
  // A plain text's letters are all ASCII: the same words found by an ASCII class, and none outside Latin.
  const plain = plainText(head);
  const words = head.match(plain ? ASCII_WORD : WORD) ?? [];
  if (words.length < PLAIN_WORDS) return false;
  // Counted only up to the share asked for, and a word longer than every listed one is not looked up: the same
  // answer with a lowercase copy and two lookups for a fraction of the words.
  const needed = PLAIN_SHARE * words.length;
  let english = 0;
  let letters = 0;
  for (const w of words) {
    letters += w.length;
    if (
      english < needed &&
      w.length <= ENGLISH_ONLY_LONGEST &&
      (ENGLISH_ONLY.has(w) || ENGLISH_ONLY.has(w.toLowerCase()))
    )
      english++;
  }
  if (english < needed) return false;
  // Letters outside the Latin script are few or none: counted without a string made for every letter.
  const other = plain ? 0 : (head.match(NOT_LATIN) ?? []).length;
  return letters - other >= PLAIN_LATIN * letters;
}

/** The vocabulary a report in this language is read with: its own, English's for a text read as English, or none. */
export function lexiconOf(language: DocumentLanguage, lexicons: Lexicons = LEXICONS): Lexicon | null {
  if (!language.read) return null;
  return lexicons.lexiconFor(language.code) ?? lexicons.lexiconFor('en');
}

/**
 * The language as the stages read it today. They look words up in English's lexicon (lexicon.ts → ENGLISH), so a
 * report whose own lexicon is another language's is not read until they take `lexiconOf` (docs/languages.md):
 * a clear "not read" rather than a silent zero from English words.
 */
export function readByStages(language: DocumentLanguage, lexicons: Lexicons = LEXICONS): DocumentLanguage {
  return lexiconOf(language, lexicons)?.code === 'en' ? language : { ...language, read: false };
}

/** The sentence a user sees for a report in a language we do not read. */
export function notReadWarning(id: string, language: DocumentLanguage): string {
  return `${id}: written in ${language.name} (${language.code}), a language Triangulate does not read: no figures were extracted`;
}
