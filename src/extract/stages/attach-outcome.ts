// What happened to the counted people, from the governing verb or phrase. In order: a cue between the number and
// its noun (`thousands of forcibly disappeared Baloch`), a verb just before (`killing 21`, `executed 50 hostages`,
// `had 440 passengers`), a cue after the noun within the clause (`21 passengers were killed`, `23 soldiers, three
// railway employees, and five civilians lost their lives`), the noun's own default (hostages → held), and last the
// outcome of the count it is coordinated with (`21 passengers were killed …, along with four soldiers`).
// Rejects: a weak cue for the wrong group (`had` only counts passengers and the like).
import type { Group, Outcome } from '../../model/vocabulary.js';
import type { DraftClaim, ExtractState, Sentence } from '../draft.js';
import { draftsBySentence, revise, sentenceTails } from '../draft.js';
import { inDemand, inPlannedObject } from './outcomes/demands.js';
import { takenForCare } from './outcomes/taken-for-care.js';
import { shareNamedList } from './outcomes/named-list.js';
import {
  ABBREVIATIONS,
  GROUP_NOUNS,
  NOMINAL_CUES,
  NOMINAL_VERBS,
  NON_GUN_CAUSES,
  NUMBER_WORDS,
  OUTCOME_CUES,
  VERBS_BEFORE,
  WEAK_CUES,
} from '../lexicon.js';

const STAGE = 'attach-outcome';

/** Words that may stand between a verb and its object count: `killed at least`, `claiming to have killed`. */
const FILLERS = new Set([
  'to',
  'have',
  'had',
  'been',
  'the',
  'a',
  'also',
  'another',
  'reportedly',
  'allegedly',
  'nearly',
  'his',
  'her',
  'their',
  'its',
  'of',
  'total',
  'all',
  'other',
]);
const CLAUSE_END = new Set([
  ';',
  '—',
  '–',
  '(',
  ')',
  ':',
  '.',
  '?',
  '!',
  'but',
  'while',
  'whereas',
  'though',
  'although',
  'after',
  'before',
  'when',
  'because',
  'since',
  'until',
  'however',
  'if',
  'said',
  'says',
  'according',
]);
const RIGHT_WINDOW = 12;
const WOUND_ADVERBS = /^(?:critically|seriously|severely|gravely|badly|slightly|superficially)$/;
/** Abbreviations inside a name or title (`Jr.`, `Sgt.`, `St.`), not times (`p.m.`) that may close a sentence. */
const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...ABBREVIATIONS].filter((a) => !/^(?:a\.m|p\.m|etc|est|approx)$/.test(a)),
);
const DEFAULTS: Partial<Record<Group, Outcome>> = { hostages: 'held', passengers: 'present' };

export function attachOutcome(state: ExtractState): ExtractState {
  const drafts: DraftClaim[] = [];
  const grouped = sentenceTails((p) => !p.dropped && p.group !== null);
  const bySentence = draftsBySentence(state.drafts);
  for (const d of state.drafts) {
    const sentence = state.sentences[d.mention.sentence];
    if (d.dropped || d.outcome || !d.group || !sentence) {
      drafts.push(grouped.note(d));
      continue;
    }
    // The conjunct before it: the nearest count of the sentence, which must have an outcome to share.
    const previous = grouped.last(d.mention.sentence);
    const others = new Set(
      (bySentence.get(d.mention.sentence) ?? [])
        .filter((o) => o !== d && !o.dropped && o.group)
        .filter((o) => o.mention.kind !== 'definite')
        .map((o) => o.mention.first),
    );
    // Named people counted in the sentence: one right after a verb is its object (`A gunman killed Maria Lopez`).
    const named = new Set(
      (bySentence.get(d.mention.sentence) ?? [])
        .filter((o) => o !== d && !o.dropped && o.mention.kind === 'definite')
        .map((o) => o.mention.first),
    );
    drafts.push(grouped.note(withOutcome(d, sentence, previous, others, named)));
  }
  return { ...state, drafts: shareNamedList(drafts, state.sentences) };
}

function withOutcome(
  d: DraftClaim,
  s: Sentence,
  previous: DraftClaim | undefined,
  others: ReadonlySet<number>,
  named: ReadonlySet<number> = new Set(),
): DraftClaim {
  const words = s.words;
  const group = d.group as Group;
  const m = d.mention;
  const inside = d.head === null ? null : cueIn(words, m.last, d.head, group);
  // `The injured man later died`, `the gunshot wound victim was taken to the hospital, where he died`: a wound that
  // names the person gives way to the death their clause tells (wound-then-death).
  if (inside?.outcome === 'wounded' && d.head !== null) {
    const death = cueAfter(words, d.head + 1, group, others, { single: m.high === 1, named });
    if (death && death !== AGENT && !death.negated && death.outcome === 'killed')
      return set(
        d,
        'killed',
        'stated',
        `"${death.text}" after "${inside.text}" (wound-then-death)`,
        death.text,
      );
  }
  if (inside) return set(d, inside.outcome, 'stated', `"${inside.text}" before the noun`, inside.text);
  // `he shot …` must not read `he` as the one shot; `shot the friend` does count the friend.
  const pronoun = m.kind === 'definite' && /^(?:he|she)$/.test(words[m.first] ?? '');
  const left = pronoun ? null : cueBefore(words, m.first, group);
  // `shot three relatives to death`: the phrase after the object completes the verb.
  if (left && d.head !== null && words[d.head + 1] === 'to' && words[d.head + 2] === 'death')
    return set(d, 'killed', 'stated', `"${left.text} … to death" governs it`, `${left.text} to death`);
  // `a charter bus wreck killed four people`: the cause named as the verb's subject is no gun.
  if (left && (left.outcome === 'killed' || left.outcome === 'wounded') && causeSubject(words, m.first))
    return set(d, 'other', 'stated', `"${left.text}" by a cause that is no gun`, left.text);
  // `demanded the release of several prisoners`, `conspiring to kill three others`: asked for or planned, not done.
  if (left && inDemand(words, words.lastIndexOf(left.text.split(' ')[0] ?? '', m.first - 1)))
    return revise(
      d,
      STAGE,
      { dropped: `${STAGE}: demanded or planned ("${left.text}")` },
      'dropped (a demand or plan)',
    );
  // `shot a man who died at the hospital`: the count's own relative clause tells the death the wound led to
  // (relative-death).
  const later =
    left?.outcome === 'wounded' && d.head !== null ? relativeDeath(words, d.head + 1, group) : null;
  if (left && later) return set(d, 'killed', 'stated', `"${left.text}" … "${later}" (relative-death)`, later);
  if (left) return set(d, left.outcome, 'stated', `"${left.text}" governs it`, left.text);
  // `Two officials told reporters the toll would rise`: the counted are the speakers, and what they tell is no
  // outcome of theirs.
  const speaking = speakerVerb(words, (d.head ?? m.last - 1) + 1);
  if (speaking)
    return revise(
      d,
      STAGE,
      { dropped: `${STAGE}: the counted speak ("${m.text} … ${speaking}")` },
      'dropped (the speakers)',
    );
  // `One of two girls critically shot has died`: the whole of a partitive shares the wound, the part's death is its own.
  const whole = words[m.first - 1] === 'of' && PARTITIVE_PARTS.test(words[m.first - 2] ?? '');
  // `Four were wounded, one critically`, `others were shot, two seriously`: an adverb of a wound closing the count's
  // phrase stands for the wound verb it was cut from (elided-wound); `one fatally` is a cue of its own.
  const rest = (d.head ?? m.last - 1) + 1;
  if (WOUND_ADVERBS.test(words[rest] ?? '') && /^(?:[,.;:)—–]|and)$/.test(words[rest + 1] ?? '.'))
    return set(d, 'wounded', 'stated', `"${words[rest]}": a wound verb left out (elided-wound)`, words[rest]);
  // `no one was hurt in the fire`: a zero denies harm of any cause, so the cause does not make it `other`.
  const anyCause = m.kind === 'zero';
  const right = cueAfter(words, (d.head ?? m.last - 1) + 1, group, others, {
    nominative: pronoun,
    single: m.high === 1,
    whole,
    anyCause,
    named,
    // `A boy, shot as he ran from a gunman, has died`: the object of a preposition ends its phrase at a comma; the
    // verb after it is the sentence subject's (preposition-object).
    phraseObject: PHRASE_OBJECT_PREPOSITIONS.has(words[m.first - 1] ?? ''),
  });
  // `a friend accidentally shot him`: the shooter shares no outcome with the count before it. A shooter who then
  // killed himself is counted once, by count-self-inflicted (`himself`).
  if (right === AGENT) return d;
  if (right?.negated)
    return revise(d, STAGE, { dropped: `${STAGE}: negated ("${right.text}")` }, 'dropped (negated outcome)');
  if (right && inPlannedObject(words, m.first))
    return revise(
      d,
      STAGE,
      { dropped: `${STAGE}: planned, not done ("… to have … ${right.text}")` },
      'dropped (a plan)',
    );
  // `A boy, shot in the head as he ran, has died`: a wound told in a participle set off by commas gives way to the
  // death the sentence's own verb tells (appositive-death).
  const main =
    right?.outcome === 'wounded' && d.head !== null ? appositiveDeath(words, d.head + 1, group) : null;
  if (main) return set(d, 'killed', 'stated', `"${right?.text}" … "${main}" (appositive-death)`, main);
  if (right) return set(d, right.outcome, 'stated', `"${right.text}" after it`, right.text);
  const fallback = DEFAULTS[group];
  if (fallback) return set(d, fallback, 'inferred', `${group} default`);
  // The shooter's own death (`… before turning the gun on himself`) is not shared with the people he shot.
  const ownDeath = /himself|herself|own life/.test(previous?.outcomeCue ?? '');
  // `the slain boy or two other teens`: an adjective inside the conjunct's own noun phrase is not shared.
  const attributed =
    previous?.head != null &&
    previous.group !== null &&
    cueIn(words, previous.mention.last, previous.head, previous.group as Group) !== null;
  if (previous?.outcome && !ownDeath && !attributed && coordinated(words, d, previous)) {
    return set(d, previous.outcome, 'inferred', `coordinated with "${previous.mention.text}"`);
  }
  return d;
}

function set(
  d: DraftClaim,
  outcome: Outcome,
  how: 'stated' | 'inferred',
  why: string,
  cue: string | null = null,
): DraftClaim {
  return revise(d, STAGE, { outcome, outcomeHow: how, outcomeCue: cue }, `${outcome}: ${why}`);
}

interface Cue {
  readonly outcome: Outcome;
  readonly text: string;
  readonly negated?: boolean;
}

function cueAt(words: readonly string[], i: number, group: Group): (Cue & { length: number }) | null {
  const m = OUTCOME_CUES.matchAt(words, i);
  // `taken to a hospital` (custody when alone), `flown to a local hospital` (no cue when alone): carried to care.
  if (!m || (m.label === 'held' && m.length === 1)) {
    const care = takenForCare(words, i);
    if (care > 0) return { outcome: 'wounded', text: words.slice(i, i + care).join(' '), length: care };
  }
  if (!m) return null;
  const text = words.slice(i, i + m.length).join(' ');
  const weak = WEAK_CUES.get(text);
  if (weak && !weak.has(group)) return null;
  return { outcome: m.label, text, length: m.length };
}

function cueIn(words: readonly string[], from: number, to: number, group: Group): Cue | null {
  for (let i = from; i < to; i++) {
    const c = cueAt(words, i, group);
    if (c && !WEAK_CUES.has(c.text)) return c;
  }
  return null;
}

function cueBefore(words: readonly string[], first: number, group: Group): Cue | null {
  // `took the lives of three guards`: a phrase that ends in a filler word is matched whole first.
  const whole = OUTCOME_CUES.matchEndingAt(words, first, 5);
  if (whole && whole.length > 1 && FILLERS.has(words[first - 1] ?? '')) {
    const c = cueAt(words, first - whole.length, group);
    if (c && c.length === whole.length) return c;
  }
  let i = first - 1;
  while (i >= 0 && FILLERS.has(words[i] ?? '')) i--;
  // `the bomber killed himself and 12 others`: the verb governs both of its objects.
  if (words[i] === 'and' && REFLEXIVES.has(words[i - 1] ?? '') && TRANSITIVE.test(words[i - 2] ?? '')) {
    // The lexicon reads `killed himself` as one phrase; the verb alone is what the other object shares.
    const verb = cueAt(words, i - 2, group);
    if (verb) return { outcome: verb.outcome, text: words[i - 2]! };
  }
  // `Gunman kills 2, wounds 5`: a verb that is a noun too governs only the count right after it.
  const verb = VERBS_BEFORE.matchAt(words, first - 1);
  if (verb?.length === 1) return { outcome: verb.label, text: words[first - 1] ?? '' };
  // `after shooting four people`, `accused of shooting two men`: the gerund after a preposition is the verb `shot`.
  if (words[i] === 'shooting' && GERUND_BEFORE.has(words[i - 1] ?? ''))
    return { outcome: 'wounded', text: 'shot' };
  // `opened fire, striking two people`, `fired into the crowd, hitting three`: what the shots struck.
  if (STRUCK_BY_SHOTS.has(words[i] ?? '') && words.slice(Math.max(0, i - 12), i).some((w) => FIRING.has(w)))
    return { outcome: 'wounded', text: words[i]! };
  for (let n = 3; n >= 1; n--) {
    const c = cueAt(words, i - n + 1, group);
    if (!c || c.length !== n) continue;
    // `the fatal shooting of a teen`, but not `… fatal shooting A suspect is in custody`: a noun governs through `of`.
    const verbal = NOMINAL_VERBS.has(c.text) || (c.text === 'death' && words[i - n] === 'to');
    if (NOMINAL_CUES.has(c.text) && !verbal && !words.slice(i + 1, first).includes('of')) return null;
    return c;
  }
  return null;
}

function cueAfter(
  words: readonly string[],
  from: number,
  group: Group,
  others: ReadonlySet<number>,
  {
    nominative = false,
    single = false,
    whole = false,
    anyCause = false,
    named = new Set<number>(),
    phraseObject = false,
  }: {
    nominative?: boolean;
    single?: boolean;
    whole?: boolean;
    anyCause?: boolean;
    named?: ReadonlySet<number>;
    phraseObject?: boolean;
  } = {},
): Cue | null {
  const cause = (end: number, c: Cue): Cue => (anyCause ? c : notByGun(words, end, c));
  let shot: Cue | null = null;
  for (let i = from; i < Math.min(words.length, from + RIGHT_WINDOW); i++) {
    const w = words[i] ?? '';
    // `Two people, police said, were killed`: an attribution set off by commas is no end of the clause.
    const aside = w === ',' ? attributionAside(words, i) : -1;
    if (aside > 0) {
      i = aside;
      continue;
    }
    if (phraseObject && w === ',' && !shot && !/^(?:who|whom|whose)$/.test(words[i + 1] ?? '')) break;
    // `A man was rushed to the hospital, where he died`: after a wound told of one person, he is that person.
    if (shot && single && /^(?:he|she)$/.test(w) && SAME_PERSON_BEFORE.has(words[i - 1] ?? '')) continue;
    // `a gunman that resulted in an officer wounded`: a cue past another count, not joined to this one, is its own.
    if (GOVERNING_PREPOSITIONS.has(words[i - 1] ?? '') && (others.has(i) || personPhrase(words, i))) break;
    // `over 100 people that triggered the shooting that left two dead`: past another count that a verb of its own
    // governs, the cue is that count's (a conjunct, `three men and two women were killed`, shares it).
    // `Five women, and possibly a couple of children, were inside`: an adverb between does not break the conjunct.
    if (i > from && others.has(i) && !CONJOINING.has(words[i - 1] ?? '') && !conjoinedPast(words, i)) break;
    // `his two sisters on the night he was killed`: a pronoun opens a clause of its own, and its cue is its own.
    if (i > from && SUBJECT_PRONOUNS.has(w)) break;
    // `Michael Myers Jr., 25, was hurt`: the period of a name or title abbreviation ends no clause.
    if (CLAUSE_END.has(w) && !(w === '.' && NAME_ABBREVIATIONS.has(words[i - 1] ?? ''))) break;
    // `The officer was not hurt`: a negated outcome is no count at all.
    if (NEGATIONS.has(w) && !shot) return { outcome: 'other', text: `${w} (negated)`, negated: true };
    // `found two victims, one of whom died`: the predicate of a partitive relative is the part's, not the whole's.
    if (words[i + 1] === 'of' && (words[i + 2] === 'whom' || words[i + 2] === 'which')) break;
    // `12 people were shot, with Ann King dying`: an absolute `with` clause has a subject of its own.
    if (shot && w === 'with' && words[i - 1] === ',') return shot;
    // `Four men were shot and two of them died`: a death told of another count is not theirs.
    if (shot && (SHOT_STOPS.has(w) || /^\d/.test(w) || NUMBER_WORDS.has(w))) return shot;
    const c = cueAt(words, i, group);
    if (!c || LEFT_ONLY.has(c.text)) continue;
    // `her two kids and the injured little boy`, `fired a single shot`: a modifier or a noun, not a predicate.
    if (c.length === 1 && attributive(words, i)) continue;
    // `wearing body armor`, `homicide detectives`: a noun cue modifying the noun after it names no death.
    const noun = (NOMINAL_CUES.has(c.text) && !NOMINAL_VERBS.has(c.text)) || /^bod(?:y|ies)$/.test(c.text);
    if (noun && compound(words[i + c.length] ?? '')) {
      i += c.length - 1;
      continue;
    }
    // `two men wanted in connection with the shooting death`: a killing named inside a phrase is not theirs.
    if (
      NOMINAL_CUES.has(c.text) &&
      (insidePhrase(words, i, from, c.text) || objectOfVerb(words, i, from, c.text))
    ) {
      i += c.length - 1;
      continue;
    }
    // `a baby shot on Sunday has died`: a death later in the clause outranks being shot.
    // `2 men fired shots, killing Selmon` / `Hubert Allen, 72, shot four co-workers`: the counted are the shooters.
    if (isAgent(words, i, c, from, nominative, named, others)) return AGENT;
    // `shooting four people and killing one of them`: a participle with an object of its own tells that object's fate.
    if (
      c.length === 1 &&
      /ing$/.test(c.text) &&
      (OBJECT_STARTS.test(words[i + 1] ?? '') || words[i + 1] === 'one')
    )
      break;
    if (c.outcome === 'killed' && shot && /^(?:none|not|non|never)$/.test(words[i - 1] ?? '')) continue;
    // `a man with multiple gunshot wounds died`: a wound told in a `with` phrase yields to a death as `shot` does.
    const withPhrase = words.slice(Math.max(from, i - 3), i).includes('with');
    if (c.outcome === 'wounded' && (SHOT.test(c.text) || TAKEN_IN.test(c.text) || withPhrase)) {
      shot = shot ?? c;
      i += c.length - 1;
      continue;
    }
    if (shot && (c.outcome !== 'killed' || whole)) return shot;
    return cause(i + c.length, c);
  }
  return shot && cause(from, shot);
}

/** `struck by a minivan`, `injured by flying glass`, `died in a car crash`: hurt, but not by a gun. */
function notByGun(words: readonly string[], end: number, c: Cue): Cue {
  let after = end;
  if ((c.outcome !== 'killed' && c.outcome !== 'wounded') || /hospital/.test(c.text)) return c;
  // `died of an apparent heart attack`: the preposition may close the cue itself.
  if (NON_GUN_CAUSES.has(words[after - 1] ?? '') && !NON_GUN_CAUSES.has(words[after] ?? '')) after--;
  const causes = NON_GUN_CAUSES.get(words[after] ?? '');
  if (!causes) return c;
  for (let k = after + 1; k <= after + 4 && k < words.length; k++) {
    const w = words[k] ?? '';
    if (causes.matchAt(words, k))
      return { outcome: 'other', text: `${c.text} ${words.slice(after, k + 1).join(' ')}` };
    // `in relation to the fire`, `in a shooting`: another phrase, or a gun after all.
    if (/^(?:gun|gunfire|gunshot|gunshots|bullet|bullets|shooting|shot|shots)$/.test(w) || !/^\p{L}/u.test(w))
      break;
    if (PREPOSITIONS.has(w) || NON_GUN_CAUSES.has(w)) break;
  }
  return c;
}

// Fires, explosions and storms are not here: a bombing, an arson, a blaze or a flood is an event we count.
const CAUSE_SUBJECTS = new Set(['crash', 'crashes', 'wreck', 'collision', 'stampede', 'overdose']);

/** `a bus wreck killed four`, `the fire that killed two`: a cause just before the verb governing the count. */
function causeSubject(words: readonly string[], first: number): boolean {
  let i = first - 1;
  while (i >= 0 && FILLERS.has(words[i] ?? '')) i--;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = words[k] ?? '';
    if (CAUSE_SUBJECTS.has(w)) return true;
    if (!/^(?:that|which|has|have|had|reportedly|also|then)$/.test(w)) return false;
  }
  return false;
}

/** Prepositions that make the count after them a phrase of its own (`resulted in an officer wounded`). */
const GOVERNING_PREPOSITIONS = new Set([
  'in',
  'by',
  'with',
  'to',
  'for',
  'at',
  'from',
  'on',
  'into',
  'than',
  'against',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'another', 'every']);
/** Words that make `shot` the noun (`a single shot`, `the fatal shot`), not the verb. */
const SHOT_NOUN_BEFORE = new Set([
  'single',
  'one',
  'first',
  'second',
  'third',
  'fatal',
  'warning',
  'lone',
  'final',
  'last',
  'fired',
]);
const SHOT_NOUN_AFTER = /^(?:was|were|rang|fired|that|went)$/;

/** A one-word cue after a determiner modifies the noun after it (`the injured boy`); `shot` may be the noun. */
function attributive(words: readonly string[], i: number): boolean {
  const w = words[i] ?? '';
  let b = i - 1;
  while (b > 0 && /ly$/.test(words[b] ?? '')) b--;
  const before = words[b] ?? '';
  if (w === 'shot')
    return (
      DETERMINERS.has(before) ||
      SHOT_NOUN_BEFORE.has(before) ||
      (SHOT_NOUN_AFTER.test(words[i + 1] ?? '') && DETERMINERS.has(words[i - 2] ?? ''))
    );
  // `among the injured`: with no noun after it, the participle names the people themselves.
  const next = words[i + 1] ?? '';
  const noun =
    /^\p{L}/u.test(next) &&
    !GOVERNING_PREPOSITIONS.has(next) &&
    !/^(?:and|or|of|were|was|are|is)$/.test(next);
  return DETERMINERS.has(before) && noun && /(?:ed|en)$|^(?:hurt|dead|slain)$/.test(w);
}

const PHRASE_OBJECT_PREPOSITIONS = new Set([
  'from',
  'by',
  'with',
  'at',
  'against',
  'than',
  'toward',
  'about',
]);
const AGENT_PREPOSITIONS = new Set([
  'by',
  'with',
  'from',
  'to',
  'for',
  'at',
  'against',
  'than',
  'about',
  'toward',
]);
/** `in an officer being wounded`: a determiner and a person noun, a count whether or not a number was found. */
function personPhrase(words: readonly string[], i: number): boolean {
  if (!/^(?:a|an|the|another)$/.test(words[i] ?? '')) return false;
  for (const k of [i + 1, i + 2]) {
    const head = GROUP_NOUNS.matchAt(words, k);
    // `in the front passenger seat`: a person noun that modifies another noun is no person.
    if (head)
      return (
        PHRASE_AFTER_PERSON.test(words[k + head.length] ?? '.') ||
        OUTCOME_CUES.matchAt(words, k + head.length) !== null
      );
  }
  return false;
}
const PHRASE_AFTER_PERSON = /^(?:being|was|were|is|are|and|or|who|in|at|on|with|by|from|[,.;:])$/;

/** `and possibly a couple`, `, and perhaps two`: a conjunct behind adverbs. */
function conjoinedPast(words: readonly string[], i: number): boolean {
  let k = i - 1;
  // `A woman and her two children were found dead`: a possessive before the count is inside the conjunct too.
  while (k > 0 && (/ly$|^(?:perhaps|maybe)$/.test(words[k] ?? '') || POSSESSIVES.has(words[k] ?? ''))) k--;
  return k < i - 1 && CONJOINING.has(words[k] ?? '');
}

/** Words that join a count to the one before it as a conjunct or an apposition, not as a verb's object. */
const CONJOINING = new Set(['and', 'or', 'nor', ',', 'plus', 'including', 'of', 'among', 'both', 'as']);

/** Participles that tell what shots struck, read as wounds only after a word of firing in the same clause. */
const STRUCK_BY_SHOTS = new Set(['striking', 'hitting']);
const FIRING = new Set([
  'fire',
  'fired',
  'firing',
  'shots',
  'shot',
  'gunfire',
  'bullets',
  'rounds',
  'sprayed',
]);

const GERUND_BEFORE = new Set([
  'after',
  'before',
  'with',
  'for',
  'by',
  'while',
  'of',
  'from',
  'without',
  'since',
]);
const PARTITIVE_PARTS = /^(?:one|two|three|four|five|\d+|some|none|each|both|either|neither|several|most)$/i;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'where']);
const FINITE = new Set([
  'is',
  'was',
  'were',
  'are',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'remains',
  'remained',
]);

/**
 * A count with no cue of its own shares the outcome of the count before it only when it can be coordinated with it:
 * not the agent of a passive (`shot by a friend`) or a phrase's object (`at home with an older brother`), and not
 * the subject of a verb of its own (`after two males were playing with a pistol`, `a gunman opened fire`).
 */
function coordinated(words: readonly string[], d: DraftClaim, previous: DraftClaim): boolean {
  // `with his two sisters`: a possessive stands between the preposition and the count.
  const at = POSSESSIVES.has(words[d.mention.first - 1] ?? '') ? d.mention.first - 1 : d.mention.first;
  const before = words[at - 1] ?? '';
  // `… in which the defendant was a suspect`: a predicate noun names what someone is, no one counted with the first.
  if (COPULAS.has(before)) return false;
  // `…, leveling villages and leaving thousands of people homeless`: a participle that is no cue governs its own object.
  let verb = at - 1;
  while (verb > 0 && FILLERS.has(words[verb] ?? '')) verb--;
  if (/^\p{Ll}{3,}ing$/u.test(words[verb] ?? '') && !NOT_GOVERNING.has(words[verb] ?? '')) return false;
  // `…, and then the five suspects escaped`: `then` opens a new event.
  if (before === 'then' || (before === 'the' && words[at - 2] === 'then')) return false;
  // `the crowd of about 50 people`, `the shooting of two others`: the object of another noun, not a conjunct.
  if (before === 'of' && !OUTCOME_CUES.matchEndingAt(words, d.mention.first - 1)) return false;
  if (AGENT_PREPOSITIONS.has(before) && !/^(?:along|together)$/.test(words[d.mention.first - 2] ?? ''))
    return false;
  const after = d.head === null ? d.mention.last : d.head + 1;
  const next = words[after] ?? '';
  if (FINITE.has(next)) return false;
  // `A teen was killed by police after shooting four people`: a conjunct lies in the same clause.
  for (let i = previous.mention.last; i < d.mention.first; i++)
    if (/^(?:after|before|when|while|because|since|until|although|though|whereas)$/.test(words[i] ?? ''))
      return false;
  // `X was killed and the other four victims, 25-year-old Marcus Rodriguez, …, were all taken to a hospital`: after a
  // clause complete with its cue, a count with a verb of its own starts a new clause (`the bodies of A, B and C were
  // found` shares one).
  let closed = false;
  for (let i = previous.mention.last; i < d.mention.first; i++)
    if (OUTCOME_CUES.matchAt(words, i)) closed = true;
  for (let i = after; closed && i < words.length && i < after + 20; i++) {
    const w = words[i] ?? '';
    if (CLAUSE_END.has(w) || RELATIVES.has(w) || OUTCOME_CUES.matchAt(words, i)) break;
    if (FINITE.has(w)) return false;
  }
  return !(
    /ed$/.test(next) &&
    !OUTCOME_CUES.matchAt(words, after) &&
    !/^(?:by|as|in|at|on)$/.test(words[after + 1] ?? '')
  );
}

/** A plain lowercase word after a noun that is no function word nor verb form: the second noun of a compound. */
function compound(next: string): boolean {
  return (
    /^\p{Ll}+$/u.test(next) &&
    !FUNCTION_WORDS.has(next) &&
    !NUMBER_WORDS.has(next) &&
    !/(?:ed|ing|ly)$/.test(next)
  );
}
const FUNCTION_WORDS = new Set([
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'but',
  'by',
  'with',
  'from',
  'after',
  'before',
  'was',
  'were',
  'is',
  'are',
  'has',
  'had',
  'have',
  'that',
  'which',
  'who',
  'as',
  'than',
  'the',
  'a',
  'an',
  'this',
  'his',
  'her',
  'their',
  'its',
  'last',
  'early',
  'late',
  'since',
  'when',
  'while',
  'because',
  'near',
  'into',
  'about',
  'over',
  'toll',
  'count',
  'may',
  'will',
  'would',
  'could',
  'said',
  'says',
  'remains',
  'remain',
  'also',
  'not',
  'so',
]);

const PREPOSITIONS = new Set([
  'following',
  'during',
  'amid',
  'with',
  'for',
  'of',
  'in',
  'on',
  'to',
  'into',
  'over',
  'about',
  'from',
  'after',
]);

/**
 * A noun cue whose noun phrase (`the fatal`, `first-degree`) opens with a preposition. Not `stabbed to death`, and
 * not the victims' own phrase (`the victim of a homicide`, `victims in the fatal shooting`).
 */
function insidePhrase(words: readonly string[], i: number, from: number, cue: string): boolean {
  for (let j = i - 1; j >= from && j >= i - 4; j--) {
    const w = words[j] ?? '';
    if (w === 'to' && j === i - 1 && cue === 'death') return false;
    if ((w === 'of' || w === 'in') && j === from && /^victims?$/.test(words[from - 1] ?? '')) return false;
    if (PREPOSITIONS.has(w)) return true;
    if (AUXILIARIES.has(w) || !/^\p{L}[\p{L}-]*$/u.test(w)) return false;
  }
  return false;
}

/**
 * `A lawyer for the clerk is characterizing the fatal shooting as a tragedy`, `neighbors mourned the death`: a noun
 * cue with a determiner after a verb of its own is that verb's object, no fate of the counted (nominal-object).
 * Not a verb noun (`killing two`), nor a copula's predicate (`it was the deadliest shooting`).
 */
function objectOfVerb(words: readonly string[], i: number, from: number, cue: string): boolean {
  if (NOMINAL_VERBS.has(cue)) return false;
  let j = i - 1;
  if (/^\p{Ll}+$/u.test(words[j] ?? '') && !DETERMINERS.has(words[j] ?? '')) j--;
  if (!DETERMINERS.has(words[j] ?? '')) return false;
  const verb = words[j - 1] ?? '';
  return (
    j - 1 >= from &&
    /^\p{Ll}{3,}(?:ing|ed)$/u.test(verb) &&
    !FUNCTION_WORDS.has(verb) &&
    !AUXILIARIES.has(verb) &&
    !COPULAS.has(verb) &&
    OUTCOME_CUES.matchAt(words, j - 1) === null
  );
}

const BEFORE_DEATH = /^(?:was|were|had|has|have|been|later|then|subsequently|since|also|eventually)$/;

/** `who (later) died`, `that was found dead`: the death verb of a relative clause opening at `at`, or null. */
function relativeDeath(words: readonly string[], at: number, group: Group): string | null {
  if (!/^(?:who|that)$/.test(words[at] ?? '')) return null;
  let j = at + 1;
  while (j < at + 5 && BEFORE_DEATH.test(words[j] ?? '')) j++;
  const c = cueAt(words, j, group);
  return c?.outcome === 'killed' ? c.text : null;
}

/** `, shot in the head as he ran from a gunman, has died`: the death verb after a participle set off by commas. */
function appositiveDeath(words: readonly string[], at: number, group: Group): string | null {
  if (words[at] !== ',' || !/^(?:shot|wounded|struck|hit|injured)$/.test(words[at + 1] ?? '')) return null;
  const close = words.indexOf(',', at + 2);
  if (close < 0 || close - at > 16) return null;
  let j = close + 1;
  while (j < close + 4 && BEFORE_DEATH.test(words[j] ?? '')) j++;
  const c = cueAt(words, j, group);
  return c?.outcome === 'killed' ? c.text : null;
}

/** What cueAfter returns when the counted people are the agents of the verb. */
const AGENT: Cue = { outcome: 'other', text: 'agent' };

const COPULAS = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'became',
  'becomes',
  'remains',
  'remained',
]);

/** Participles that add to a count rather than govern one of their own: `…, including two children`. */
const NOT_GOVERNING = new Set([
  'including',
  'excluding',
  'counting',
  'totaling',
  'totalling',
  'bringing',
  'making',
]);

/**
 * The reporting verb right after the counted noun (past an appositive name, `Another official, Ghasem Karami,
 * told …`), or null: then the counted are the ones who speak.
 */
function speakerVerb(words: readonly string[], from: number): string | null {
  let i = from;
  if (words[i] === ',') {
    const close = words.indexOf(',', i + 1);
    if (close < 0 || close - i > 5) return null;
    // `killing Jacinta Walker, 18, and …, 20, said police`: an age is no name of a speaker.
    if (!words.slice(i + 1, close).every((w) => /^\p{L}/u.test(w))) return null;
    i = close + 1;
  }
  while (/^(?:also|later|earlier|have|has|had)$/.test(words[i] ?? '')) i++;
  const w = words[i] ?? '';
  // `Five people said they were shot`: they tell of their own harm.
  if (SUBJECT_PRONOUNS.has(words[i + 1] ?? '') || words[i + 1] === 'that') return null;
  return SPEAKING.has(w) ? w : null;
}

/** The closing comma of `, police said,` opening at `i`, or -1. */
function attributionAside(words: readonly string[], i: number): number {
  for (let k = i + 2; k <= i + 5 && k + 1 < words.length; k++) {
    const w = words[k] ?? '';
    if (/^(?:said|says|say)$/.test(w)) return words[k + 1] === ',' ? k + 1 : -1;
    if (CLAUSE_END.has(w) || /^\d/.test(w) || NUMBER_WORDS.has(w) || w === ',') return -1;
  }
  return -1;
}

/**
 * Reporting verbs whose subject speaks (`told`, `said`): the counted are sources, not the harmed. Narrower than
 * REPORTING_VERBS on purpose: that list holds nouns and bare forms (`reports`, `state`, `claim`, `counted`) that may
 * follow a counted noun without making it a speaker (`two state troopers`, `two reports`).
 */
const SPEAKING = new Set([
  'said',
  'says',
  'told',
  'tells',
  'announced',
  'stated',
  'reported',
  'confirmed',
  'added',
  'explained',
  'described',
  'estimated',
  'noted',
  'insisted',
  'testified',
]);

const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'got', 'get', 'gets']);
const OBJECT_STARTS =
  /^(?:a|an|the|his|her|their|two|three|four|five|six|seven|eight|nine|ten|several|multiple|him|them|back)$|^\d/;

/**
 * An active verb with an object after the counted people makes them the agents, not the victims. After `he`/`she`
 * a bare transitive verb is always active (`he then shot his neighbor`), unless its object is himself.
 */
function isAgent(
  words: readonly string[],
  i: number,
  c: Cue & { length: number },
  from: number,
  nominative: boolean,
  named: ReadonlySet<number>,
  others: ReadonlySet<number> = new Set(),
): boolean {
  if (c.outcome !== 'killed' && c.outcome !== 'wounded') return false;
  const k = i + c.length;
  if (/ing$/.test(c.text) && words[i - 1] === ',') return true;
  let before = i - 1;
  while (before > 0 && ADVERB.test(words[before] ?? '') && !AUXILIARIES.has(words[before] ?? '')) before--;
  if (AUXILIARIES.has(words[before] ?? '')) return false;
  // Phrases (`shot and killed his wife`) stay with the counted: their victims are often a possessive phrase
  // (`his wife`) that find-numbers does not count, and the phrase is then the only trace of the death. When the
  // victim is counted itself (`two men shot and killed a teen`), or the phrase opens a relative clause on the counted
  // with an object of its own (`the clerk who shot and killed a thief`), the counted are the shooters.
  // The phrase must end in a verb that takes an object (`shot and killed`, not `died at`).
  if (c.length > 1)
    return (
      TRANSITIVE.test(c.text.split(' ').at(-1) ?? '') &&
      (others.has(k) ||
        named.has(k) ||
        (/^(?:who|that)$/.test(words[before] ?? '') &&
          before === from &&
          /^(?:a|an|the|\d+)$/.test(words[k] ?? '')))
    );
  if (nominative && before === from - 1 && TRANSITIVE.test(c.text)) return !REFLEXIVES.has(words[k] ?? '');
  // `three officers shot suspect Barry Kirk`: a bare noun object.
  const next = words[k] ?? '';
  // `two men shot at police`, but not `two others wounded at a barber shop`.
  if (next === 'into') return c.text === 'shot';
  if (next === 'at') {
    const target = words[k + 1] ?? '';
    return (
      c.text === 'shot' &&
      (GROUP_NOUNS.matchAt(words, k + 1) !== null ||
        /^(?:him|her|them|us|each|one|police|officers|deputies)$|^\d/.test(target) ||
        NUMBER_WORDS.has(target) ||
        personPhrase(words, k + 1))
    );
  }
  // `the gunman killed one and …`: a bare `one` is an object too.
  const object =
    OBJECT_STARTS.test(next) || next === 'one' || GROUP_NOUNS.matchAt(words, k) !== null || named.has(k);
  // `A man died two days later`, `she died the next day`: a verb that takes no object has no victims after it
  // (intransitive-death).
  return /ed$|^shot$|^hit$|^struck$/.test(c.text) && !INTRANSITIVE.test(c.text) && object;
}

const INTRANSITIVE = /^(?:died|perished|succumbed|hospitalized|hospitalised|deceased)$/;

const ADVERB = /ly$|^(?:then|also|later|first|allegedly)$/;
const TRANSITIVE = /^(?:shot|killed|wounded|injured|hit|struck|murdered|slew)$/;
const REFLEXIVES = new Set(['himself', 'herself', 'themselves']);

const SHOT_STOPS = new Set(['including', 'among', 'he', 'she', 'they', 'one', 'another', 'both']);
const NEGATIONS = new Set(['not', "n't", 'never', 'neither', 'nor']);
const SHOT = /^(?:shot|shot in the|struck|hit|were hit|was hit)$/;
/**
 * Being taken in or in critical condition: wounded, unless the clause goes on to a death (`…, where he died`). Only
 * wounded cues are tested, so `taken to …` here is always a place of care (the lexicon's, or `takenForCare`'s).
 */
const TAKEN_IN =
  /^(?:taken|flown|airlifted|driven|brought|rushed|transported|carried) (?:to|by)\b|critical condition/;

const SAME_PERSON_BEFORE = new Set(['where', 'and', 'but', ',', 'later', 'then']);

/** Weak cues that govern only the count after them (`had 440 passengers`), never one before (`… had died`). */
const LEFT_ONLY = new Set(['had', 'with', 'included', 'carrying', 'carried', 'lost', 'losing', 'lose']);
