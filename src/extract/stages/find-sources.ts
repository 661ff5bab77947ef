// Every phrase that can name a source, per sentence: gazetteer agencies and outlets (`Reuters`, `ISPR`), roles
// with their country (`Pakistan’s military`, `Interior Minister Mohsin Naqvi`), ranked officers (`Lt. Gen. Ahmed
// Sharif Chaudhry` → the military), local sources (`Local sources`, `Reports from Quetta`, `witnesses`), and
// spokespeople tied to their organisation (`BLA spokesperson Jeeyand Baloch`). Names learned here are remembered
// for the rest of the document (`Baloch said` → the BLA).
// Rejects: common words that look like aliases (`dawn`, `is`, `un`) unless written as names.
import type { Claimant } from '../../model/claim.js';
import type { Token } from '../draft.js';
import { startsUpper } from '../tokenize.js';
import { roleClaimant, slug } from '../claimant-ids.js';
import {
  COUNTRIES,
  GROUP_NOUNS,
  INSURGENT_ROLES,
  MONTHS,
  WEEKDAYS,
  LOCAL_SOURCES,
  RANKS,
  REPORTING_VERBS,
  ROLES,
  SOURCES,
  UNNAMED_SOURCES,
} from '../lexicon.js';

export interface SourceMention {
  readonly first: number;
  readonly last: number;
  readonly claimant: Claimant;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly person: boolean;
}

/** Names learned in the document so far: lowercase name → claimant. */
export type NameTable = Map<string, Claimant>;

export function findSources(
  tokens: readonly Token[],
  country: string | null,
  names: NameTable,
  words: readonly string[] = tokens.map((t) => t.lower),
): SourceMention[] {
  const out: SourceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = mentionAt(tokens, words, i, country, names);
    if (!m) continue;
    out.push(m);
    i = m.last - 1;
  }
  return out;
}

function mentionAt(
  tokens: readonly Token[],
  words: readonly string[],
  i: number,
  country: string | null,
  names: NameTable,
): SourceMention | null {
  // Most tokens start no source: one lookup answers for every list below, a capital for the names.
  if (!MAY_START_SOURCE.has(words[i] ?? '') && !isCapitalised(tokens[i])) return null;
  const gaz = SOURCES.matchAt(words, i);
  if (gaz && looksLikeName(tokens, i, gaz.length)) {
    return withSpokesperson(
      tokens,
      words,
      i,
      i + gaz.length,
      { id: gaz.label.id, name: gaz.label.name, kind: gaz.label.kind },
      names,
    );
  }
  const speaker = spokespersonFor(tokens, words, i, country);
  if (speaker) return speaker;
  const rank = RANKS.matchAt(words, i);
  if (rank && isCapitalised(tokens[i])) {
    const end = nameEnd(tokens, i + rank.length);
    if (end > i + rank.length) {
      const text = spanText(tokens, i, end);
      const claimant = roleClaimant('military', 'official', country, text);
      learn(names, tokens, i + rank.length, end, claimant);
      return mention(tokens, i, end, claimant, true);
    }
  }
  const role = ROLES.matchAt(words, i);
  if (role) {
    const own = countryBefore(words, i) ?? country;
    const first = countryBefore(words, i) ? i - 1 : i;
    const end = nameEnd(tokens, i + role.length);
    const claimant = roleClaimant(role.label.role, role.label.kind, own, spanText(tokens, first, end));
    if (end > i + role.length) learn(names, tokens, i + role.length, end, claimant);
    return mention(tokens, first, end, claimant, end > i + role.length);
  }
  const local = LOCAL_SOURCES.index.matchAt(words, i);
  if (local) {
    const text = spanText(tokens, i, i + local.length);
    return mention(
      tokens,
      i,
      i + local.length,
      { id: LOCAL_SOURCES.id, name: LOCAL_SOURCES.name, kind: LOCAL_SOURCES.kind },
      false,
      text,
    );
  }
  const unnamed = UNNAMED_SOURCES.matchAt(words, i);
  if (unnamed)
    return mention(
      tokens,
      i,
      i + unnamed.length,
      { id: 'unattributed', name: 'Unattributed reports', kind: 'unknown' },
      false,
    );
  if (isCapitalised(tokens[i])) {
    if (RUN_OPENERS.has(words[i] ?? '')) return null;
    const end = nameEnd(tokens, i);
    const office = namedOffice(tokens, words, i, end, country, names);
    if (office) return office;
    // A capitalised run after `in`, `at`, `near` … is a place (`shot in Colorado Springs`), not a source.
    // `inside the Wasilla Bible Church`: the article may stand between (not after `of`: `head of the Red Cross`).
    if (PLACE_BEFORE.has(words[i - 1] ?? '')) return null;
    if (words[i - 1] === 'the' && PLACE_BEFORE.has(words[i - 2] ?? '') && words[i - 2] !== 'of') return null;
    // `Mr Guest added`: a courtesy title before a name learned earlier (`fire officer Peter Guest`).
    const titled = HONORIFICS.test(words[i] ?? '') && end - i === 2 + (words[i + 1] === '.' ? 1 : 0);
    const known =
      names.get(spanText(tokens, i, end).toLowerCase()) ??
      (titled ? names.get(tokens[end - 1]?.lower ?? '') : undefined);
    if (known) return mention(tokens, i, end, known, true);
    // `Abdolreza Sheikholeslami, the governor of Hormozgan Province, said`: a name in apposition to a role speaks for it.
    // `James Steele, chief of the Central Mat-Su Fire Department, said`: the article may be left out.
    const apposed = end - i >= 2 && words[end] === ',';
    const article = /^(?:the|a|an)$/.test(words[end + 1] ?? '') ? 1 : 0;
    const role = apposed ? ROLES.matchAt(words, end + 1 + article) : null;
    if (role) {
      const text = spanText(tokens, i, end);
      const claimant = roleClaimant(role.label.role, role.label.kind, country, text);
      learn(names, tokens, i, end, claimant);
      return mention(tokens, i, end, claimant, true);
    }
    const land = COUNTRIES.matchAt(words, i);
    if (land && land.length === end - i) {
      return mention(
        tokens,
        i,
        end,
        { id: `${land.label}-government`, name: spanText(tokens, i, end), kind: 'official' },
        false,
      );
    }
    if (end - i >= 2) {
      const text = spanText(tokens, i, end);
      return mention(tokens, i, end, { id: slug(text), name: text, kind: 'unknown' }, true);
    }
  }
  return null;
}

/** People who speak for a body, and the bodies whose name makes them official (`the national disaster agency`). */
const SPEAKERS: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'head',
  'chief',
  'director',
  'deputy',
  'representative',
  'statement',
  'spokesmen',
  'spokespeople',
]);
const BODIES =
  /^(?:agency|agency's|ministry|department|authority|authorities|service|services|office|commission|administration|bureau|directorate|council|committee|force|forces|organisation|organization|society|programme|program|fund|mission)$/;
const NGO_BODIES = /^(?:organisation|organization|society|programme|program|fund|mission)$/;
/** Every word a source read by a list starts with (gazetteer, speakers, ranks, roles, local and unnamed sources). */
const MAY_START_SOURCE: ReadonlySet<string> = new Set([
  ...[SOURCES, RANKS, ROLES, LOCAL_SOURCES.index, UNNAMED_SOURCES].flatMap((index) => [
    ...index.firstWords(),
  ]),
  ...SPEAKERS,
]);

/**
 * `a spokeswoman for the UN children's agency`, `the head of the national disaster agency`: a speaker for a body
 * whose name ends in an organisation noun speaks for that body (official, or expert for an aid organisation). A
 * body with no such noun is left to the gazetteer (`a spokesman for the Red Cross`).
 */
function spokespersonFor(
  tokens: readonly Token[],
  words: readonly string[],
  i: number,
  country: string | null,
): SourceMention | null {
  if (!SPEAKERS.has(words[i] ?? '') || !/^(?:for|of|from)$/.test(words[i + 1] ?? '')) return null;
  let j = i + 2;
  if (/^(?:the|a|an)$/.test(words[j] ?? '')) j++;
  const first = /^(?:a|an|the)$/.test(words[i - 1] ?? '') ? i - 1 : i;
  for (let k = j; k < j + 6 && k < words.length; k++) {
    if (!/^[\p{L}'’.-]+$/u.test(tokens[k]?.text ?? '')) break;
    if (!BODIES.test(words[k] ?? '')) continue;
    const body = spanText(tokens, j, k + 1);
    const kind = NGO_BODIES.test(words[k] ?? '') ? 'expert' : 'official';
    const claimant = {
      id: slug(country && kind === 'official' ? `${country} ${body}` : body),
      name: body,
      kind,
    } as const;
    return mention(tokens, first, k + 1, claimant, true);
  }
  return namedSpeaker(tokens, words, i, j, country);
}

/**
 * `A spokesman for Waitrose said`, `a statement from Waitrose:`: a named body that no list knows speaks for itself,
 * of a kind we cannot tell (company, charity or office), when the name closes the phrase. A body the gazetteer
 * knows is left to it (`the Red Cross`); `the head of Hormozgan province's …` is no name of a body.
 */
function namedSpeaker(
  tokens: readonly Token[],
  words: readonly string[],
  i: number,
  j: number,
  country: string | null,
): SourceMention | null {
  const first = /^(?:a|an|the)$/.test(words[i - 1] ?? '') ? i - 1 : i;
  const nameTo = nameEnd(tokens, j);
  if (nameTo === j || SOURCES.matchAt(words, j) || COUNTRIES.matchAt(words, j)) return null;
  const next = words[nameTo] ?? '.';
  if (tokens[nameTo - 1]?.possessive || !(REPORTING_VERBS.has(next) || /^[,.:;"“”]$/.test(next))) return null;
  const office = namedOffice(tokens, words, j, nameTo, country, new Map());
  if (office)
    return {
      ...office,
      first,
      start: tokens[first]?.start ?? office.start,
      text: spanText(tokens, first, office.last),
    };
  const name = spanText(tokens, j, nameTo);
  return mention(tokens, first, nameTo, { id: slug(name), name, kind: 'unknown' }, true);
}

const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|mr\.|mrs\.|ms\.|dr\.)$/;

/** Sentence openers that start a capitalised run without being part of a name (`When I`, `A Fresno man`). */
const RUN_OPENERS = new Set([
  'a',
  'an',
  'when',
  'if',
  'but',
  'and',
  'as',
  'at',
  'in',
  'on',
  'after',
  'before',
  'while',
  'although',
  'because',
  'since',
  'for',
  'all',
  'this',
  'that',
  'i',
  'we',
  'it',
  'there',
  'then',
  'now',
  'so',
  'yet',
  'or',
]);
const PLACE_BEFORE = new Set([
  'in',
  'at',
  'near',
  'on',
  'from',
  'outside',
  'inside',
  'across',
  'into',
  'around',
  'throughout',
  'of',
]);

/**
 * A named office: a capitalised run holding or followed by a role (`Chicago Police`, `The Harris County
 * Sheriff's Office`, `Colorado Springs police`, `Clark County Coroner's Office`, `Detroit Police Chief James
 * Craig`, `Sinai Hospital`) speaks for that role, named in full; a person's name after the role is learned.
 */
function namedOffice(
  tokens: readonly Token[],
  words: readonly string[],
  i: number,
  end: number,
  country: string | null,
  names: NameTable,
): SourceMention | null {
  for (let j = i + 1; j <= end && j < tokens.length; j++) {
    const role = ROLES.matchAt(words, j);
    if (!role) continue;
    // A lowercase role after the run only when it directly follows (`Colorado Springs police said`).
    if (j === end && isCapitalised(tokens[j])) continue;
    const roleEnd = j + role.length;
    const nameTo = roleEnd >= end ? nameEnd(tokens, roleEnd) : end;
    const text = spanText(tokens, i, Math.max(nameTo, roleEnd));
    const claimant = roleClaimant(role.label.role, role.label.kind, country, text);
    if (nameTo > roleEnd) learn(names, tokens, roleEnd, nameTo, claimant);
    return mention(tokens, i, Math.max(nameTo, roleEnd), claimant, nameTo > roleEnd);
  }
  return null;
}

/** `BLA spokesperson Jeeyand Baloch`, `BLA’s spokesman Jeeyand Baloch`: the person speaks for the organisation. */
function withSpokesperson(
  tokens: readonly Token[],
  words: readonly string[],
  i: number,
  end: number,
  org: Claimant,
  names: NameTable,
): SourceMention {
  if (INSURGENT_ROLES.has(words[end] ?? '')) {
    const nameFrom = end + 1;
    const nameTo = nameEnd(tokens, nameFrom);
    if (nameTo > nameFrom) {
      learn(names, tokens, nameFrom, nameTo, org);
      return mention(tokens, i, nameTo, org, true);
    }
  }
  return mention(tokens, i, end, org, false);
}

function learn(
  names: NameTable,
  tokens: readonly Token[],
  from: number,
  to: number,
  claimant: Claimant,
): void {
  names.set(spanText(tokens, from, to).toLowerCase(), claimant);
  const last = tokens[to - 1];
  if (last && to - from >= 2 && !GROUP_NOUNS.has(last.lower) && !COUNTRIES.has(last.lower))
    names.set(last.lower, claimant);
}

function countryBefore(words: readonly string[], i: number): string | null {
  const m = COUNTRIES.matchEndingAt(words, i, 2);
  return m ? m.label : null;
}

/** End of a run of capitalised words (a personal or organisation name). */
function nameEnd(tokens: readonly Token[], from: number): number {
  let j = from;
  while (
    j < tokens.length &&
    isCapitalised(tokens[j]) &&
    !/[,;:]/.test(tokens[j]?.text ?? '') &&
    !isDateWord(tokens[j]?.lower)
  ) {
    j++;
    if (tokens[j - 1]?.possessive) break;
    // An initial inside a name: `David E. De Foor`.
    if (
      tokens[j]?.text === '.' &&
      /^\p{Lu}$/u.test(tokens[j - 1]?.text ?? '') &&
      isCapitalised(tokens[j + 1])
    )
      j++;
  }
  return j;
}

function isDateWord(word: string | undefined): boolean {
  return word !== undefined && (MONTHS.has(word) || WEEKDAYS.has(word));
}

function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && startsUpper(t.text);
}

function looksLikeName(tokens: readonly Token[], i: number, length: number): boolean {
  if (length > 1) return true;
  const t = tokens[i]?.text ?? '';
  return t.length <= 4 ? t === t.toUpperCase() : isCapitalised(tokens[i]);
}

/** The tokens' text joined by spaces, none before `,` `.` `’` `'` (no token holds a space before one). */
function spanText(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
    const t = (tokens[k] as Token).text;
    text += k === Math.max(0, from) || GLUED.includes(t.charAt(0)) ? t : ' ' + t;
  }
  return text;
}
const GLUED = ",.’'";

function mention(
  tokens: readonly Token[],
  first: number,
  last: number,
  claimant: Claimant,
  person: boolean,
  text?: string,
): SourceMention {
  return {
    first,
    last,
    claimant,
    text: text ?? spanText(tokens, first, last),
    start: tokens[first]?.start ?? 0,
    end: tokens[last - 1]?.end ?? 0,
    person,
  };
}
