// The language a report is written in, and whether the extraction reads it. The detector is eld (Nito-ELD,
// its smallest n-gram database): measured against tinyld, franc-min and cld3-asm (docs/languages.md) it named
// 21 of 21 invented sentences in seven languages (one Hindi sentence called Marathi: same script, not read
// either way) and none of 2,753 English reports as another language, at ~0.1 ms a report.
import { eld } from 'eld/extrasmall';
import type { DocumentLanguage } from '../model/extraction.js';
import { LEXICONS, type Lexicon, type Lexicons } from './lexicon.js';

/** The first characters are enough to name a language; a long report costs no more than this. */
const SAMPLE = 20_000;
/** English scored within this share of the winner counts as a tie. */
const CLOSE = 0.8;
const LATIN = /\p{Script=Latin}/gu;
const LETTER = /\p{L}/gu;

/** The report's language, read when the lexicons hold its vocabulary (a folder listed in languages.json). */
export function detectLanguage(text: string, lexicons: Lexicons = LEXICONS): DocumentLanguage {
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
