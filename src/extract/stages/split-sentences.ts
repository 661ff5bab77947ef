// Paragraphs (one per line), then ICU sentences (Intl.Segmenter), re-joined after abbreviations ICU splits on
// ("On March 12, Lt. | Gen. Ahmed …"). Also tracks quotations that run across sentences.
// Handles: headings on their own line; "Lt. Gen. Ahmed Sharif Chaudhry"; “…. The train had 440 passengers.”
// Rejects: joining two real sentences because the second starts with a capitalised name.
import type { ExtractState, Sentence } from '../draft.js';
import { ABBREVIATIONS } from '../lexicon.js';
import { LazySentence, RecentTokens } from '../lazy-sentence.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitSentences(state: ExtractState): ExtractState {
  const text = state.document.text;
  const spans: { start: number; end: number; paragraph: number }[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      for (const span of sentencesOfLine(line, lineStart))
        spans.push({ start: span.start, end: span.end, paragraph });
      paragraph++;
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return { ...state, sentences: withQuotes(text, spans) };
}

/** `three others injured.Authorities say`: a sentence end with no space after it, which ICU does not split. */
const GLUED_GATE = /[.!?]["”]?\p{Lu}/u;
const GLUED_END = /(?:\p{Ll}{2}|\b[ap]\.m)[.!?]["”]?(?=\p{Lu}\p{Ll})/gu;

function segmentsOf(line: string): { index: number; segment: string; glued: boolean }[] {
  const out: { index: number; segment: string; glued: boolean }[] = [];
  for (const seg of segmenter.segment(line)) {
    let from = 0;
    // Cheap gate: a stop followed at once by a capital letter; the full pattern only then.
    if (!GLUED_GATE.test(seg.segment)) {
      out.push({ index: seg.index, segment: seg.segment, glued: false });
      continue;
    }
    for (const m of seg.segment.matchAll(GLUED_END)) {
      const cut = (m.index ?? 0) + m[0].length;
      out.push({ index: seg.index + from, segment: seg.segment.slice(from, cut), glued: from > 0 });
      from = cut;
    }
    out.push({ index: seg.index + from, segment: seg.segment.slice(from), glued: from > 0 });
  }
  return out;
}

function sentencesOfLine(line: string, offset: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const seg of segmentsOf(line)) {
    const lead = seg.segment.length - seg.segment.trimStart().length;
    const start = offset + seg.index + lead;
    const end = offset + seg.index + seg.segment.trimEnd().length;
    if (end <= start) continue;
    const prev = out[out.length - 1];
    if (prev && !seg.glued && endsWithAbbreviation(line, prev.start - offset, prev.end - offset))
      prev.end = end;
    else out.push({ start, end });
  }
  return out;
}

const ABBREVIATED_END = /(?:^|[\s(])([\p{L}.]+)\.$/u;
const SPACE_OR_PAREN = /[\s(]/;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const CAPITAL = /^\p{Lu}$/u;

/**
 * Whether `line[from, to)` ends with an abbreviation (`Lt.`, `U.S.`, `J.`). ABBREVIATED_END's word holds no space
 * or parenthesis, so it is run from the last of those only, not over the whole sentence.
 */
function endsWithAbbreviation(line: string, from: number, to: number): boolean {
  if (line.charCodeAt(to - 1) !== 0x2e) return false;
  let tail = to - 1;
  while (tail > from && !SPACE_OR_PAREN.test(line[tail - 1] ?? '')) tail--;
  const m = ABBREVIATED_END.exec(line.slice(tail > from ? tail - 1 : from, to));
  if (!m || !m[1]) return false;
  const word = m[1].toLowerCase();
  return ABBREVIATIONS.has(word) || INITIALS.test(word) || CAPITAL.test(m[1]);
}

const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”
const STRAIGHT_QUOTE = 0x22; // "

/** Marks sentences that sit inside a quotation opened in an earlier sentence of the same paragraph. */
function withQuotes(text: string, spans: { start: number; end: number; paragraph: number }[]): Sentence[] {
  let openIn: number | null = null;
  let paragraph = -1;
  const recent = new RecentTokens();
  return spans.map((s, index) => {
    const body = text.slice(s.start, s.end);
    let from = 0;
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      // A paragraph that opens with a quotation after one ending in a colon quotes the speaker named there.
      const blockQuote =
        index > 0 &&
        /^[“"]/.test(body) &&
        /:$/.test(spans[index - 1] ? text.slice(spans[index - 1]!.start, spans[index - 1]!.end) : '');
      openIn = blockQuote ? index - 1 : null;
      from = blockQuote ? 1 : 0;
    }
    const quoteOpenedIn: number | null = openIn;
    // By char code, not a string per character: the three quote marks are single UTF-16 units.
    for (let i = from; i < body.length; i++) {
      const c = body.charCodeAt(i);
      if (c === OPEN_QUOTE) openIn = openIn ?? index;
      else if (c === CLOSE_QUOTE) openIn = null;
      else if (c === STRAIGHT_QUOTE) openIn = openIn === null ? index : null;
    }
    return new LazySentence(index, s.start, s.end, body, s.paragraph, quoteOpenedIn, recent);
  });
}
