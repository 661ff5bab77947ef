// The attribution frames of each sentence: `according to X`, `X said/stated/claimed/announced …` (also `X, citing Y,
// reported` → X), inverted `…, said police`, noun frames (`the BLA’s claims`, `the military’s statement`), and
// pronoun subjects resolved to the last fitting source (`The group acknowledged` → the BLA, `He added`).
// A country as subject (`Pakistan claimed`) speaks through the official source last named for it.
// Rejects: sources in object position (`speaking on Dunya News`, `citing security sources`, `told Reuters`).
import type { Claimant } from '../../model/claim.js';
import type { ClaimantMention } from '../../model/extraction.js';
import type { Attribution, ExtractState, Sentence } from '../draft.js';
import { UNKNOWN_SOURCE } from '../claimant-ids.js';
import { COUNTRIES, NON_SUBJECT, PRONOUNS, REPORTING_VERBS, SOURCE_NOUN_FRAMES } from '../lexicon.js';
import { findSources, type NameTable, type SourceMention } from './find-sources.js';

const SUBJECT_REACH = 16;

export function findAttributions(state: ExtractState): ExtractState {
  const names: NameTable = new Map();
  const history: { claimant: Claimant; person: boolean; spoke?: boolean }[] = [];
  const claimants: ClaimantMention[] = [];
  // A long report names the same few sources thousands of times: one copy of each id, name and wording.
  const said = new Map<string, string>();
  const once = (text: string): string => said.get(text) ?? (said.set(text, text), text);
  const frames = state.sentences.map((s) => {
    const mentions = findSources(s.tokens, state.country, names, s.words);
    // A literal, not a spread of the claimant: spread copies here each got a hidden class of their own (~300 bytes).
    for (const m of mentions) {
      const { id, name, kind } = m.claimant;
      claimants.push({ id: once(id), name: once(name), kind, text: once(m.text), start: m.start });
    }
    const found = framesOf(s, mentions, history);
    // Pronouns in later sentences refer to sources named (`The BLA stormed …`) or speaking before them.
    for (const m of mentions)
      if (m.claimant.kind !== 'unknown') history.push({ claimant: m.claimant, person: m.person });
    for (const f of found)
      history.push({ claimant: f.claimant, person: /\b(he|she)\b/i.test(f.text), spoke: true });
    return found;
  });
  return { ...state, frames, claimants };
}

function framesOf(
  s: Sentence,
  mentions: readonly SourceMention[],
  history: readonly { claimant: Claimant; person: boolean; spoke?: boolean }[],
): Attribution[] {
  const words = s.words;
  const out: Attribution[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (w === 'according' && words[i + 1] === 'to') {
      const m = mentions.find((x) => x.first >= i + 2 && x.first <= i + 7);
      if (m) out.push(frame(m, i, 'stated'));
      continue;
    }
    // `one of 99 alleged Mafia members`, `the reported death`: a reporting participle after a determiner or a
    // number modifies a noun and frames nothing.
    const reporting = REPORTING_VERBS.has(w);
    if (reporting && MODIFIER_BEFORE.test(words[i - 1] ?? '')) continue;
    // `the United States Embassies`: a capitalized word inside a sentence is part of a name, unless the sentence
    // is a headline in title case (`Gunman Kills 2, Police Say`).
    if (reporting && i > 0 && /^\p{Lu}/u.test(s.tokens[i]?.text ?? '') && !titleCase(s)) continue;
    // `…, said the fire chief, James Steele`: after a comma the source follows the verb, whatever precedes it.
    const f = reporting
      ? (invertedSubject(words, i, mentions) ?? subjectOf(s, words, i, mentions, history, out))
      : null;
    if (f) out.push(f);
    else if (SOURCE_NOUN_FRAMES.has(w)) {
      const m = mentions.find((x) => x.last === i || (x.last === i - 1 && words[i - 1] !== ','));
      if (m) out.push(frame(m, i, 'stated'));
    }
  }
  // `Quake hits island, five hurt: media`, `Worker Kills 2 in Factory Shooting: Police`: a headline closed by a
  // colon and a source names who says it.
  const colon = headlineSource(words, mentions);
  if (colon && !out.some((a) => a.cue === colon.cue)) out.push(colon);
  return out.map((a) => {
    const cue = s.tokens[a.cue];
    const end = words[a.cue] === 'according' ? s.tokens[a.cue + 1] : cue;
    // Spelled out, not spread: the spread copies each got a hidden class of their own on long reports.
    const { claimant, text, start, end: to, how } = a;
    return { claimant, text, start, end: to, cue: a.cue, how, cueStart: cue?.start, cueEnd: end?.end };
  });
}

function subjectOf(
  s: Sentence,
  words: readonly string[],
  verb: number,
  mentions: readonly SourceMention[],
  history: readonly { claimant: Claimant; person: boolean; spoke?: boolean }[],
  earlier: readonly Attribution[] = [],
): Attribution | null {
  let j = verb - 1;
  while (
    j >= 0 &&
    /ly$|^(?:also|has|have|had|later|then|publicly|previously|initially|first|further|and)$/.test(
      words[j] ?? '',
    )
  )
    j--;
  if (
    /^(?:was|were|is|been|being)$/.test(words[j] ?? '') &&
    /^(?:it|this|that)$/.test(words[j - 1] ?? words[j - 2] ?? '')
  ) {
    // `It was reported that …`: no named source, unless `also` continues the one before.
    const also =
      words.slice(Math.max(0, j - 2), verb).includes('also') &&
      /^(?:stated|said|added|announced|claimed|warned)$/.test(words[verb] ?? '');
    const prev = history.findLast((h) => h.spoke);
    const claimant = also && prev ? prev.claimant : UNKNOWN_SOURCE;
    return {
      claimant,
      text: words.slice(Math.max(0, j - 1), verb + 1).join(' '),
      start: s.tokens[j - 1]?.start ?? s.start,
      end: s.tokens[verb]?.end ?? s.end,
      cue: verb,
      how: also ? 'inferred' : 'stated',
    };
  }
  const adjacent = mentions.find((m) => m.last === j + 1);
  const pronoun = adjacent ? null : pronounEnding(words, j + 1);
  if (pronoun) {
    // `The Red Cross said separately that it had counted 17 bodies`: a source that spoke earlier in the same
    // sentence is what the pronoun points back to, before anything said in earlier sentences.
    const here = pronoun.wants === 'person' ? undefined : earlier[earlier.length - 1];
    if (here)
      return {
        ...here,
        text: pronoun.text,
        start: s.tokens[j + 1 - pronoun.length]?.start ?? s.start,
        end: s.tokens[j]?.end ?? s.end,
        cue: verb,
        how: 'inferred',
      };
    const fit = history.findLast(
      (h) =>
        pronoun.wants === 'any' ||
        pronoun.wants === 'last' ||
        (pronoun.wants === 'person'
          ? h.person
          : h.claimant.kind === pronoun.wants || (pronoun.wants === 'org' && !h.person)),
    );
    const who = fit ?? history[history.length - 1] ?? { claimant: UNKNOWN_SOURCE, person: false };
    if (who)
      return {
        claimant: who.claimant,
        text: pronoun.text,
        start: s.tokens[j + 1 - pronoun.length]?.start ?? s.start,
        end: s.tokens[j]?.end ?? s.end,
        cue: verb,
        how: 'inferred',
      };
  }
  const candidates = mentions.filter(
    (m) => m.last <= verb && verb - m.last <= SUBJECT_REACH && !NON_SUBJECT.has(words[m.first - 1] ?? ''),
  );
  const m = candidates[candidates.length - 1];
  if (!m) return null;
  // `Pakistan claimed …`: a bare country speaks through the official source last named for it.
  if (m.claimant.id.endsWith('-government') && m.last === m.first + 1 && COUNTRIES.matchAt(words, m.first)) {
    const official = history.findLast(
      (h) =>
        h.claimant.kind === 'official' &&
        h.claimant.id.startsWith(m.claimant.id.replace(/-government$/, '-')),
    );
    if (official) return frame({ ...m, claimant: official.claimant }, verb, 'stated');
  }
  return frame(m, verb, 'stated');
}

const MODIFIER_BEFORE = /^(?:a|an|the|this|that|his|her|their|its|our|\d[\d,.]*)$/;

/** A source that ends its sentence after a colon (a headline's `: Police`), as a frame whose cue is the colon. */
function headlineSource(words: readonly string[], mentions: readonly SourceMention[]): Attribution | null {
  let end = words.length;
  while (end > 0 && /^[.!?"”]$/.test(words[end - 1] ?? '')) end--;
  const m = mentions.find((x) => x.last === end && words[x.first - 1] === ':');
  return m ? frame(m, m.first - 1, 'stated') : null;
}

/** `…, said police spokesman John Smith`. */
function invertedSubject(
  words: readonly string[],
  verb: number,
  mentions: readonly SourceMention[],
): Attribution | null {
  if (words[verb - 1] !== ',' && words[verb - 1] !== '”' && words[verb - 1] !== '"') return null;
  const m = mentions.find((x) => x.first > verb && x.first <= verb + 3);
  return m ? frame(m, verb, 'stated') : null;
}

function pronounEnding(
  words: readonly string[],
  end: number,
): { wants: string; text: string; length: number } | null {
  for (const n of [3, 2, 1]) {
    if (end - n < 0) continue;
    const text = words.slice(end - n, end).join(' ');
    const wants = PRONOUNS.get(text);
    if (wants) return { wants, text, length: n };
  }
  return null;
}

function frame(m: SourceMention, cue: number, how: 'stated' | 'inferred'): Attribution {
  return { claimant: m.claimant, text: m.text, start: m.start, end: m.end, cue, how };
}

/** Most longer words capitalized: a headline in title case, where capitals tell no names. */
function titleCase(s: Sentence): boolean {
  const long = s.tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  return long.length > 0 && long.filter((t) => /^\p{Lu}/u.test(t.text)).length / long.length > 0.6;
}
