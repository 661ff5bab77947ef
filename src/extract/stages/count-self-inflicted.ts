// Self-inflicted shootings. A shooter who takes their own life is one of the dead: `shot and killed his wife before
// killing himself`, `killed three people and then himself`, `turned the gun on herself`, `took his own life`. The
// reflexive counts one person killed. When the same sentence counts the people the shooter killed (`killed three
// people before killing himself`, `killed his daughter …`), they are different people in one toll: the self is
// coordinated with that count (summed by reconciliation, in its group). Alone, the self is one person of the story.
// A non-fatal `shot himself in the leg` counts one wounded when the document tells no death.
// Rejects: intent (`tried to kill himself`), attempts (`attempted suicide`), `including himself` (already inside the
// count), and a count that is the subject rather than the object of the killing (`a man who killed himself`).
import type { DraftClaim, ExtractState, Sentence } from '../draft.js';
import { revise } from '../draft.js';
import { GROUP_NOUNS } from '../lexicon.js';
import { namesOnePerson } from './find-numbers.js';

const STAGE = 'count-self-inflicted';
const SELF_MARK = `${STAGE}: the shooter themself`;
const SELF = new Set(['himself', 'herself']);
const KILL = new Set(['killing', 'killed', 'kills']);
const WEAPONS = new Set(['gun', 'weapon', 'rifle', 'pistol', 'handgun', 'shotgun', 'firearm']);
const TAKE = new Set(['took', 'taking', 'take', 'takes']);
const SUICIDE_VERBS = new Set(['committed', 'commits', 'committing', 'commit']);
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
  for (const s of state.sentences) {
    for (const at of selfKillings(s)) {
      const possessive = victimOf(drafts, s, at.verb) ? null : possessiveVictim(s, at.verb);
      if (possessive) drafts.push(possessive);
      const victim = victimOf(drafts, s, at.verb);
      const key = victim ? (victim.draft.coordination ?? `${victim.draft.mention.start}`) : null;
      if (victim && !victim.draft.coordination) {
        drafts[victim.index] = revise(
          victim.draft,
          STAGE,
          { coordination: key },
          `the shooter killed themself too`,
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

function selfKillings(s: Sentence): SelfKilling[] {
  const w = s.words;
  const out: SelfKilling[] = [];
  for (let k = 0; k < w.length; k++) {
    const word = w[k] ?? '';
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
        const verb = killingBefore(w, k);
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
function killingBefore(w: readonly string[], k: number): number | null {
  for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
    const x = w[j] ?? '';
    if (NOT_KILLED.test(x) || x === ';' || x === 'said') return null;
    if (KILLING_VERBS.test(x) || (x === 'shot' && w[j - 1] === 'fatally')) return j;
  }
  return null;
}

/** The count of people the shooter killed, told in the same sentence as the object of a killing verb. */
function victimOf(
  drafts: readonly DraftClaim[],
  s: Sentence,
  verb: number,
): { draft: DraftClaim; index: number } | null {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.dropped || d.mention.sentence !== s.index || d.mention.first >= verb) continue;
    if (d.outcome !== 'killed' || d.group === 'militants' || d.partOf || d.trace[0]?.startsWith(SELF_MARK))
      continue;
    const before = s.words.slice(Math.max(0, d.mention.first - MAX_OBJECT_GAP), d.mention.first);
    if (!before.some((x) => KILLING_VERBS.test(x) || x === 'shot')) continue;
    return { draft: d, index: i };
  }
  return null;
}

/**
 * `shot and killed his 3-year-old daughter before turning the gun on himself`: the victim named by a possessive,
 * object of a killing verb told before the self, is one person killed.
 */
function possessiveVictim(s: Sentence, before: number): DraftClaim | null {
  const w = s.words;
  for (let v = before - 1; v >= Math.max(0, before - 12); v--) {
    if (NOT_KILLED.test(w[v] ?? '')) return null;
    if (!KILLING_VERBS.test(w[v] ?? '') && w[v] !== 'shot') continue;
    const at = v + 1 < before && POSSESSIVE.has(w[v + 1] ?? '') ? v + 1 : -1;
    if (at < 0 || !namesOnePerson(w, at)) continue;
    // `shot his daughter` kills only with a fatal word: `shot his daughter dead`, `shot and killed`.
    if (w[v] === 'shot' && !w.slice(v + 2, before).includes('dead') && w[v - 1] !== 'fatally') continue;
    let group: DraftClaim['group'] = 'people';
    for (let j = at + 1; j <= at + 4; j++) {
      const noun = GROUP_NOUNS.matchAt(w, j);
      if (noun) {
        group = noun.label;
        break;
      }
    }
    const draft = oneKilled(s, at, `${w[v]} ${w[at]}`, group, null);
    return { ...draft, mention: { ...draft.mention, kind: 'article' } };
  }
  return null;
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
