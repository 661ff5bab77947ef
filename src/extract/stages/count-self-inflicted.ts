// Self-inflicted shootings. A shooter who takes their own life is one of the dead: `shot and killed his wife before
// killing himself`, `killed three people and then himself`, `turned the gun on herself`, `took his own life`. The
// reflexive counts one person killed. When the same sentence counts the people the shooter killed (`killed three
// people before killing himself`, `killed his daughter …`), they are different people in one toll: the self is
// coordinated with that count (summed by reconciliation, in its group). Alone, the self is one person of the story.
// A non-fatal `shot himself in the leg` counts one wounded when the document tells no death.
// Rejects: intent (`tried to kill himself`), attempts (`attempted suicide`), `including himself` (already inside the
// count), and a count that is the subject rather than the object of the killing (`a man who killed himself`).
import type { DraftClaim, ExtractState, Sentence } from '../draft.js';
import { drop, revise } from '../draft.js';
import { GROUP_NOUNS } from '../lexicon.js';
import { namesOnePerson } from './find-numbers.js';

const STAGE = 'count-self-inflicted';
const SELF_MARK = `${STAGE}: the shooter themself`;
const SELF = new Set(['himself', 'herself']);
const KILL = new Set(['killing', 'killed', 'kills']);
const WEAPONS = new Set(['gun', 'weapon', 'rifle', 'pistol', 'handgun', 'shotgun', 'firearm']);
const TAKE = new Set(['took', 'taking', 'take', 'takes']);
const SUICIDE_VERBS = new Set(['committed', 'commits', 'committing', 'commit']);
/** The words selfKillings reads at: a reflexive, a verb of `take … own life`, `suicide`. */
const SELF_KILLING_WORDS: ReadonlySet<string> = new Set([...SELF, ...TAKE, 'suicide']);
/** Verbs whose object is killed, for the ellipsis `killed his wife and then himself`. */
const KILLING_VERBS = /^(?:killed|killing|kills|murdered|murdering|dead)$/;
const NOT_KILLED = /^(?:wounded|wounding|injured|injuring|hurt|hurting)$/;
const WOUNDING = /^(?:shot|shooting|shoots|wounded|wounding|wounds)$/;
/** A sentence that tells a death beside the self-shooting (`found dead … accidentally shot himself`). */
const DEATH_WORD = /\b(?:dead|died|dies|death|fatal|fatally|killed|killing|lifeless)\b/i;
const POSSESSIVE = new Set(['his', 'her', 'their']);
const ELLIPSIS = new Set(['then', 'and', 'before', ',']);
const MAX_OBJECT_GAP = 8;
/** `turned the gun on himself in an attempted suicide`: he survived. */
const ATTEMPT = /\battempted suicide|suicide attempt|attempt(?:ed)? to (?:kill|take)|\bsurvived\b/i;

export function countSelfInflicted(state: ExtractState): ExtractState {
  let drafts = [...state.drafts];
  const murderSuicide = MURDER_SUICIDE.test(state.document.text);
  for (const s of state.sentences) {
    for (const at of selfKillings(s, murderSuicide)) {
      // `killed his wife and then himself`: the victims stand between the verb and the self.
      const ellipsis = at.verb < at.self - 1 && isFatalVerb(s.words, at.verb, murderSuicide);
      const end = ellipsis ? at.self : at.verb;
      drafts = withListedVictims(
        drafts,
        s,
        ellipsis ? at.verb : fatalVerbBefore(s.words, end, murderSuicide),
        end,
      );
      const victim = victimOf(drafts, s, end);
      const key = victim ? (victim.draft.coordination ?? `${victim.draft.mention.start}`) : null;
      if (victim && !victim.draft.coordination) {
        drafts[victim.index] = revise(
          victim.draft,
          STAGE,
          { coordination: key },
          `the shooter killed themself too${victim.how}`,
        );
      }
      drafts.push(selfDraft(s, at.self, at.cue, victim?.draft ?? null, key));
    }
  }
  drafts.push(...selfWounds(state, drafts));
  drafts = drafts.sort(
    (a, b) => a.mention.sentence - b.mention.sentence || a.mention.first - b.mention.first,
  );
  return { ...state, drafts };
}

/**
 * `accidentally shot himself in the leg`, `wounding herself`: one person wounded, when the document states no
 * death (else the self-shot person is usually that death, as settle-shot-victims reads a lone "shot" victim).
 */
function selfWounds(state: ExtractState, drafts: readonly DraftClaim[]): DraftClaim[] {
  const live = drafts.filter((d) => !d.dropped);
  if (live.some((d) => d.outcome === 'killed' && d.group !== 'militants' && (d.mention.low ?? 0) >= 1))
    return [];
  const out: DraftClaim[] = [];
  for (const s of state.sentences) {
    s.words.forEach((word, k) => {
      const prev = s.words[k - 1] ?? '';
      if (!SELF.has(word) || !WOUNDING.test(prev) || DEATH_WORD.test(s.text)) return;
      // `he shot himself`: the subject already counts this person.
      if (
        live.some((d) => d.mention.sentence === s.index && d.mention.first >= k - 4 && d.mention.first <= k)
      )
        return;
      out.push({ ...oneKilled(s, k, `${prev} ${word}`, 'people', null), outcome: 'wounded' });
    });
  }
  return out;
}

interface SelfKilling {
  /** Token index of the word counted (the reflexive or possessive pronoun, `suicide`). */
  readonly self: number;
  /** Token index where the killing of the self is told; victims must come before it. */
  readonly verb: number;
  readonly cue: string;
}

function selfKillings(s: Sentence, murderSuicide: boolean): SelfKilling[] {
  const w = s.words;
  const out: SelfKilling[] = [];
  for (let k = 0; k < w.length; k++) {
    const word = w[k] ?? '';
    // One lookup for the three readings below (`himself`, `took his own life`, `suicide`): most words are none.
    if (!SELF_KILLING_WORDS.has(word)) continue;
    const prev = w[k - 1] ?? '';
    if (SELF.has(word)) {
      if (KILL.has(prev)) out.push({ self: k, verb: k - 1, cue: `${prev} ${word}` });
      else if (prev === 'on' && WEAPONS.has(w[k - 2] ?? '')) {
        const turn = w.slice(Math.max(0, k - 5), k - 2).findIndex((x) => /^turn/.test(x));
        if (turn >= 0 && !ATTEMPT.test(s.text))
          out.push({ self: k, verb: k - 2, cue: `turned the gun on ${word}` });
      } else if ((prev === 'shot' || prev === 'shooting') && w[k - 2] === 'fatally') {
        out.push({ self: k, verb: k - 2, cue: `fatally shot ${word}` });
      } else if (ELLIPSIS.has(prev) || (prev === 'then' && ELLIPSIS.has(w[k - 2] ?? ''))) {
        const verb = killingBefore(w, k, murderSuicide);
        if (verb !== null) out.push({ self: k, verb, cue: `${w[verb]} … ${word}` });
      }
    } else if (
      TAKE.has(word) &&
      /^(?:his|her)$/.test(w[k + 1] ?? '') &&
      w[k + 2] === 'own' &&
      w[k + 3] === 'life'
    ) {
      out.push({ self: k + 1, verb: k, cue: `${word} ${w[k + 1]} own life` });
    } else if (word === 'suicide' && SUICIDE_VERBS.has(prev)) {
      out.push({ self: k, verb: k - 1, cue: `${prev} suicide` });
    }
  }
  return out;
}

/** `killed his wife and then himself`: the nearest killing verb before, with no wounding verb between. */
function killingBefore(w: readonly string[], k: number, murderSuicide: boolean): number | null {
  for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
    const x = w[j] ?? '';
    if (NOT_KILLED.test(x) || x === ';' || x === 'said') return null;
    if (KILLING_VERBS.test(x) || (x === 'shot' && (w[j - 1] === 'fatally' || murderSuicide))) return j;
  }
  return null;
}

/** The count of people the shooter killed, told in the same sentence as the object of a killing verb. */
function victimOf(
  drafts: readonly DraftClaim[],
  s: Sentence,
  verb: number,
): { draft: DraftClaim; index: number; how: string } | null {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.dropped || d.mention.sentence !== s.index || d.mention.first >= verb) continue;
    if (d.outcome !== 'killed' || d.group === 'militants' || d.partOf || d.trace[0]?.startsWith(SELF_MARK))
      continue;
    const before = s.words.slice(Math.max(0, d.mention.first - MAX_OBJECT_GAP), d.mention.first);
    if (before.some((x) => KILLING_VERBS.test(x) || x === 'shot')) return { draft: d, index: i, how: '' };
    if (leftDead(s.words, d)) return { draft: d, index: i, how: ' (left-dead: victims of the shooter)' };
  }
  return null;
}

/**
 * `a rampage that left seven people dead before the gunman killed himself`, `he left four dead and one wounded before
 * killing himself`: the resultative `left … dead` makes the count the shooter's victims, as a killing verb would.
 */
function leftDead(w: readonly string[], d: DraftClaim): boolean {
  const head = d.head ?? d.mention.last - 1;
  return w[d.mention.first - 1] === 'left' && (w[d.mention.last] === 'dead' || w[head + 1] === 'dead');
}

/**
 * `shot and killed his wife, two young children and his mother-in-law, before killing himself`: every conjunct of the
 * killing verb's object is one of the dead. Each one named by a possessive (`his wife`, `his mother-in-law`) counts one
 * person, and all of them, counted before or here, are one coordination (different people, added up).
 */
function withListedVictims(
  drafts: DraftClaim[],
  s: Sentence,
  v: number | null,
  before: number,
): DraftClaim[] {
  const w = s.words;
  if (v === null) return drafts;
  const listed: DraftClaim[] = [];
  let shared = false;
  for (let at = v + 1; at < before; at++) {
    const opens = at === v + 1 || CONJUNCTS.has(w[at - 1] ?? '');
    // `his wife and child`: a bare noun after a possessive conjunct shares its determiner.
    const bare = shared && opens && !DETERMINERS.has(w[at] ?? '') && namesOnePerson(w, at - 1);
    if ((POSSESSIVE.has(w[at] ?? '') || ARTICLES.has(w[at] ?? '')) && opens) shared = true;
    if (!bare && (!POSSESSIVE.has(w[at] ?? '') || !opens)) continue;
    if (!bare && !namesOnePerson(w, at)) continue;
    let end = at + 1;
    while (end < before && !CONJUNCTS.has(w[end] ?? '')) end++;
    const counted = drafts.some(
      (d) => !d.dropped && d.mention.sentence === s.index && d.mention.first >= at && d.mention.first < end,
    );
    if (!counted) listed.push(possessiveDraft(s, at, w[v] ?? ''));
  }
  for (let k = v + 1; k < before; k++) {
    const noun = w[k] ?? '';
    const n = KIN_PLURALS.get(noun);
    if (n === undefined || !(CONJUNCTS.has(w[k + 1] ?? '') || k + 1 >= before || w[k + 1] === 'before'))
      continue;
    // `his wife and children`, `the children and the wife`: a conjunct of its own.
    const det = POSSESSIVE.has(w[k - 1] ?? '') || w[k - 1] === 'the' ? k - 1 : k;
    if (!(det === v + 1 || CONJUNCTS.has(w[det - 1] ?? ''))) continue;
    if (drafts.some((d) => !d.dropped && d.mention.sentence === s.index && d.mention.first === det)) continue;
    const draft = possessiveDraft(s, det, w[v] ?? '');
    const exact = noun === 'parents';
    listed.push({
      ...draft,
      mention: { ...draft.mention, low: n, high: exact ? n : null, qualifier: exact ? 'exact' : 'at_least' },
      trace: [`${STAGE}: "${noun}" → ${exact ? '' : 'at least '}${n} killed (${w[v]} ${noun})`],
    });
  }
  drafts = withoutShooter(drafts, s, v);
  if (listed.length === 0) return drafts;
  const inside = (d: DraftClaim) =>
    !d.dropped &&
    d.mention.sentence === s.index &&
    d.mention.first > v &&
    d.mention.first < before &&
    d.outcome === 'killed' &&
    d.group !== 'militants';
  const known = drafts.filter(inside);
  // One list is one figure: `his wife` joins the group of `two young children` counted beside her.
  const group = known[0]?.group;
  if (group) listed.forEach((d, k) => (listed[k] = { ...d, group }));
  const key =
    known.find((d) => d.coordination)?.coordination ??
    `${[...known, ...listed].reduce((m, d) => Math.min(m, d.mention.start), Infinity)}`;
  const out = drafts.map((d) =>
    inside(d) && !d.coordination ? revise(d, STAGE, { coordination: key }, 'one of the dead listed') : d,
  );
  return [...out, ...listed.map((d) => ({ ...d, coordination: key }))].sort(
    (a, b) => a.mention.sentence - b.mention.sentence || a.mention.first - b.mention.first,
  );
}

const CONJUNCTS = new Set([',', 'and']);
const ARTICLES = new Set(['a', 'an', 'the']);
const DETERMINERS = new Set(['his', 'her', 'their', 'the', 'a', 'an', 'another', 'then', 'and', ',']);
const MURDER_SUICIDE = /\bmurder[- ]suicide\b/i;
/** `his wife and children`: kin named in the plural are at least two (`parents`: two). */
const KIN_PLURALS = new Map([
  ['children', 2],
  ['kids', 2],
  ['sons', 2],
  ['daughters', 2],
  ['grandchildren', 2],
  ['stepchildren', 2],
  ['parents', 2],
]);
/** Words that may stand between a subject and its verb: `a man apparently fatally shot`, `shot and killed`. */
const BETWEEN_SUBJECT_AND_VERB = /^(?:shot|and|then|allegedly|reportedly|apparently|fatally|first|later)$/;

/**
 * `an officer shot and killed his wife … before killing himself`: the subject of the killing verb is the shooter,
 * whom the reflexive already counts; read as killed by the verb after it, they would be counted twice.
 */
function withoutShooter(drafts: DraftClaim[], s: Sentence, v: number): DraftClaim[] {
  const w = s.words;
  return drafts.map((d) => {
    if (d.dropped || d.mention.sentence !== s.index || d.outcome !== 'killed' || d.mention.low !== 1)
      return d;
    if (d.mention.kind !== 'article' && d.mention.kind !== 'definite') return d;
    const head = d.head ?? d.mention.last - 1;
    const end = head + (GROUP_NOUNS.matchAt(w, head)?.length ?? 1);
    if (end > v || !w.slice(end, v).every((x) => BETWEEN_SUBJECT_AND_VERB.test(x))) return d;
    return drop(d, STAGE, 'the shooter, counted by the reflexive');
  });
}

/** The killing verb whose object list ends at `before` (`shot and killed`, `fatally shot`, `murdered`), or null. */
function fatalVerbBefore(w: readonly string[], before: number, murderSuicide: boolean): number | null {
  for (let v = before - 1; v >= Math.max(0, before - 14); v--) {
    const x = w[v] ?? '';
    if (NOT_KILLED.test(x) || x === ';' || x === 'said') return null;
    if (isFatalVerb(w, v, murderSuicide) || (x === 'shot' && w.slice(v + 1, before).includes('dead')))
      return v;
  }
  return null;
}

/**
 * `killed`, `murdered`, `fatally shot` — and, in a story told as a murder-suicide, an active `shot` (`shot his wife
 * and then himself` is the murder).
 */
function isFatalVerb(w: readonly string[], v: number, murderSuicide: boolean): boolean {
  const x = w[v] ?? '';
  if (KILLING_VERBS.test(x) && x !== 'dead') return true;
  if (x !== 'shot') return false;
  return w[v - 1] === 'fatally' || (murderSuicide && w[v - 1] !== 'was' && w[v - 1] !== 'were');
}

function possessiveDraft(s: Sentence, at: number, verb: string): DraftClaim {
  const w = s.words;
  let group: DraftClaim['group'] = 'people';
  for (let j = at + 1; j <= at + 4; j++) {
    const noun = GROUP_NOUNS.matchAt(w, j);
    if (noun) {
      group = noun.label;
      break;
    }
  }
  const draft = oneKilled(s, at, `${verb} ${w[at]}`, group, null);
  return { ...draft, mention: { ...draft.mention, kind: 'article' } };
}

function selfDraft(
  s: Sentence,
  at: number,
  cue: string,
  victim: DraftClaim | null,
  coordination: string | null,
): DraftClaim {
  const d = oneKilled(s, at, cue, victim?.group ?? 'people', coordination);
  return { ...d, trace: [`${SELF_MARK}${victim ? `, added to "${victim.mention.text}"` : ''}`, ...d.trace] };
}

/** One person killed (or, spread over, wounded) named by the word at `at`. */
function oneKilled(
  s: Sentence,
  at: number,
  cue: string,
  group: DraftClaim['group'],
  coordination: string | null,
): DraftClaim {
  const token = s.tokens[at]!;
  return {
    mention: {
      sentence: s.index,
      first: at,
      last: at + 1,
      start: token.start,
      end: token.end,
      text: token.text,
      low: 1,
      high: 1,
      qualifier: 'exact',
      kind: 'definite',
    },
    group,
    groupHow: 'inferred',
    head: at,
    outcome: 'killed',
    outcomeHow: 'stated',
    outcomeCue: cue,
    attribution: null,
    incident: null,
    stated: null,
    hedged: false,
    dropped: null,
    coordination,
    trace: [`${STAGE}: "${token.text}" → 1 killed (${cue})`],
  };
}
