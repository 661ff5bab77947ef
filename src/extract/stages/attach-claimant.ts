// Who says so, for each count: the nearest frame before it in its sentence (else the nearest after: `…, police
// said`); inside a quotation, the speaker who opened it; after `Also,`/`It further …` the previous sentence's source
// (inferred); otherwise the article's own voice.
// Rejects: carrying a source into a sentence that does not continue its statement.
import type { Attribution, DraftClaim, ExtractState, Sentence } from '../draft.js';
import { revise } from '../draft.js';
import { CONTINUATIONS } from '../lexicon.js';

const STAGE = 'attach-claimant';

export function attachClaimant(state: ExtractState): ExtractState {
  const drafts = state.drafts.map((d) => {
    if (d.dropped) return d;
    const a = attributionFor(state, d);
    if (!a) return revise(d, STAGE, { attribution: null }, 'no frame: the article’s own voice');
    return revise(d, STAGE, { attribution: a }, `${a.how} "${a.text}" → ${a.claimant.id}`);
  });
  return { ...state, drafts };
}

function attributionFor(state: ExtractState, d: DraftClaim): Attribution | null {
  const s = state.sentences[d.mention.sentence];
  if (!s) return null;
  const own = state.frames[s.index] ?? [];
  const quoteStart = openQuoteBefore(s.text, d.mention.start - s.start);
  if (s.quoteOpenedIn !== null && (quoteStart === null || quoteStart === 0)) {
    const speaker = lastOf(state.frames[s.quoteOpenedIn] ?? []) ?? quotedBefore(state, s.quoteOpenedIn);
    if (speaker) return { ...speaker, how: 'inferred' };
  }
  const before = own.filter((f) => f.cue < d.mention.first);
  // After the number only a closing attribution counts (`…, police said`, `… according to police`), not a
  // verb of a later clause (`an explosion that the mayor described as …`).
  const after = own.filter(
    (f) => f.cue >= d.mention.last && closing(s.words, f.cue, d.mention.last, sourceAt(s, f)),
  );
  const chosen = lastOf(before) ?? after[0];
  if (chosen) return chosen;
  const words = s.words;
  const prev = state.sentences[s.index - 1];
  // `"…," the mayor said. "They killed nine people."`: a quotation that follows a quoted speaker's sentence, with no
  // speaker of its own, continues that speaker's words. Text outside quotation marks stays the article's voice.
  if (prev && prev.paragraph === s.paragraph && quoteStart !== null && /^["“]/.test(s.text.trimStart())) {
    const speaker = lastOf(state.frames[prev.index] ?? []);
    if (speaker && /["”]/.test(prev.text)) return { ...speaker, how: 'inferred' };
  }
  // A sentence inside a quotation that began in an earlier paragraph: `…: "Damage is extensive.` / `No-one has
  // been injured.` (the mark left open before it), or `No one is believed to be injured."` (closed, never opened).
  if (prev && (unbalancedQuotes(prev.text) || closesUnopened(s.text))) {
    const speaker = quotedBefore(state, prev.index);
    if (speaker) return { ...speaker, how: 'inferred' };
  }
  if (
    prev &&
    prev.paragraph === s.paragraph &&
    (CONTINUATIONS.matchAt(words, 0) || CONTINUATIONS.matchAt(words, 1))
  ) {
    const carried = lastOf(state.frames[prev.index] ?? []);
    if (carried) return { ...carried, how: 'inferred' };
  }
  return null;
}

/** Paragraphs of one quotation: how far back a speakerless quoted paragraph looks for its speaker. */
const QUOTE_CHAIN = 8;

/**
 * `A police spokeswoman said: "…` / `"Police were alerted …` / `"No one is believed to be injured."`: news style
 * opens each paragraph of a long quotation with a mark and closes only the last. A quoted sentence with no speaker
 * of its own takes the speaker of the quotation that runs up to it, through sentences that open with a mark and
 * name no source.
 */
function quotedBefore(state: ExtractState, from: number): Attribution | undefined {
  for (let k = from; k >= 0 && k > from - QUOTE_CHAIN; k--) {
    const t = state.sentences[k];
    if (!t) return undefined;
    const frames = state.frames[k] ?? [];
    if (frames.length > 0) return /["“]/.test(t.text) ? lastOf(frames) : undefined;
    if (!/^["“]/.test(t.text.trimStart())) return undefined;
  }
  return undefined;
}

function closing(words: readonly string[], cue: number, from: number, source: number): boolean {
  if (words[cue] === 'according' || words[cue] === ':') return true;
  // `…slayings of two women, but authorities say the suspect is near death`: a source after `but` speaks for its
  // own clause only.
  if (words[source - 1] === 'but') return false;
  // `…, but escaped unharmed, Central Mat-Su Fire Department Chief James Steele told reporters`: a comma opens the
  // source's name, however long, right before its verb.
  if (source > from && source < cue && words[source - 1] === ',') return true;
  // `"We have counted 31 dead," a spokesman for the disaster agency told reporters`: the quotation closes between
  // the number and its speaker, however long the speaker's name.
  if (words.slice(from, cue).some((w) => w === '”' || w === '"')) return true;
  const before = words.slice(Math.max(0, cue - 6), cue);
  return before.includes(',') || before.includes('”') || before.includes('"');
}

/** A straight quotation mark left open, or an opening curly mark never closed. */
function unbalancedQuotes(text: string): boolean {
  return (text.match(/"/g) ?? []).length % 2 === 1 || openQuoteBefore(text, text.length) !== null;
}

/** A closing mark at the end with no opening before it: the end of a quotation begun earlier. */
function closesUnopened(text: string): boolean {
  const t = text.trimEnd();
  return /["”]$/.test(t) && (t.match(/["“”]/g) ?? []).length === 1;
}

/** The token where a frame's source begins in its sentence, or -1. */
function sourceAt(s: Sentence, f: Attribution): number {
  return s.tokens.findIndex((t) => t.start === f.start);
}

/** Index of an opening quotation mark still open at `at` within the sentence, or null. */
function openQuoteBefore(text: string, at: number): number | null {
  let open: number | null = null;
  for (let i = 0; i < at && i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') open = i;
    else if (ch === '”') open = null;
    else if (ch === '"') open = open === null ? i : null;
  }
  return open;
}

function lastOf<T>(list: readonly T[]): T | undefined {
  return list[list.length - 1];
}
