// The language a report is written in, and whether the extraction reads it. The detector is eld (Nito-ELD,
// its smallest n-gram database): measured against tinyld, franc-min and cld3-asm (docs/languages.md) it named
// 21 of 21 invented sentences in seven languages (one Hindi sentence called Marathi: same script, not read
// either way) and none of 2,753 English reports as another language, at ~0.1 ms a report.
import { eld } from 'eld/extrasmall';
import languages from '../lexicon/languages.json' with { type: 'json' };
import type { DocumentLanguage } from '../model/extraction.js';

const READ: ReadonlySet<string> = new Set(languages.read);
const NAMES: ReadonlyMap<string, string> = new Map(Object.entries(languages.names));
/** The first characters are enough to name a language; a long report costs no more than this. */
const SAMPLE = 20_000;
/** English scored within this share of the winner counts as a tie. */
const CLOSE = 0.8;
const LATIN = /\p{Script=Latin}/gu;
const LETTER = /\p{L}/gu;

export function detectLanguage(text: string): DocumentLanguage {
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
  const read = READ.has(code) || (latin >= 0.5 && READ.has('en') && (!reliable || englishClose));
  return { code, name: NAMES.get(code) ?? code, read, reliable };
}

/** The sentence a user sees for a report in a language we do not read. */
export function notReadWarning(id: string, language: DocumentLanguage): string {
  return `${id}: written in ${language.name} (${language.code}), a language Triangulate does not read: no figures were extracted`;
}
