// What is counted, from the head noun after the number and its modifiers: `21 passengers`, `four Pakistani soldiers`,
// `over 200 Pakistani military and intelligence personnel`, `214 military hostages` (→ security_forces),
// `no Chinese officials` (→ foreign_nationals), `12 of its fighters`, `200 coffins … for Pakistani soldiers`,
// `44 locations` (→ other). Elliptical counts inherit: `held hundreds hostage` after `440 passengers`.
// Rejects: numbers with no counted noun (`the 2 trains`), left for drop-uncounted.
import type { Group } from '../../model/vocabulary.js';
import type { DraftClaim, ExtractState, Sentence } from '../draft.js';
import { revise, sentenceTails } from '../draft.js';
import {
  FOREIGN_MODIFIERS,
  GROUP_NOUNS,
  OUTCOME_CUES,
  SECURITY_MODIFIERS,
  SUBGROUPS,
  THING_NOUNS,
} from '../lexicon.js';
import { findHead, type Head } from './find-head.js';
import { bareCount } from './groups/bare-count.js';
import { kinCount } from './groups/kin-counts.js';
import { placesAttacked } from './groups/places-attacked.js';
import { tallyBefore } from './groups/tally-noun.js';

const STAGE = 'attach-group';
const LIFE_TAKING =
  /^(?:claimed|claiming|claims|claim|took|taking|takes|take|taken|cost|costing|costs|lost|losing|lose|ended|ending|the|their|of)$/;
const SINGULAR_OUTCOME_NOUNS = new Set(['death', 'fatality', 'injury', 'casualty']);

export function attachGroup(state: ExtractState): ExtractState {
  const drafts: DraftClaim[] = [];
  const grouped = sentenceTails((p) => !p.dropped && p.group !== null);
  let antecedent: DraftClaim | undefined;
  for (const d of state.drafts) {
    if (d.dropped) {
      drafts.push(grouped.note(d));
      continue;
    }
    const sentence = state.sentences[d.mention.sentence];
    const previous = grouped.last(d.mention.sentence);
    // `Three people were shot. Two of them died.`: a count of `them` is a part of the count told before it.
    const part = sentence && antecedent ? partitiveAnaphor(d, sentence, antecedent) : null;
    if (part) {
      drafts.push(grouped.note(part));
      antecedent = part;
      continue;
    }
    // `One was killed and another hurt. Both were taken to the hospital.`: `both` after people already counted
    // points back to them and counts no one new.
    const anaphoric =
      d.mention.kind === 'number' &&
      /^both$/i.test(d.mention.text) &&
      drafts.some((p) => !p.dropped && p.group);
    const next = sentence ? withGroup(d, sentence, previous, anaphoric) : d;
    if (next.group) antecedent = next;
    drafts.push(grouped.note(next));
  }
  return { ...state, drafts };
}

function withGroup(
  d: DraftClaim,
  s: Sentence,
  previous: DraftClaim | undefined,
  anaphoric = false,
): DraftClaim {
  const words = s.words;
  // A bare noun counted as one (`a mother, son and little girl`) is its own noun phrase.
  const bare = d.mention.kind === 'article' && !/^(?:a|an|another)$/.test(words[d.mention.first] ?? '');
  // `killed one and injured three others`: a number that closes its noun phrase is a verb's bare argument.
  const countable = (d.mention.kind === 'number' || d.mention.kind === 'vague') && !anaphoric;
  // `injuring dozens more and damaging …`: `more` closes the count as well.
  const end = words[d.mention.last] === 'more' ? d.mention.last + 1 : d.mention.last;
  const closed = countable && closesPhrase(words[end]);
  const bareFirst = closed ? bareCount(words, d.mention.first, end) : null;
  if (bareFirst)
    return revise(
      d,
      STAGE,
      { group: 'people', groupHow: 'inferred' },
      `bare count: ${bareFirst.role} of "${bareFirst.cue}" → people`,
    );
  // `killed Ann Lee and wounded a student`: a name whose conjunct is a verb phrase is a noun phrase of its own;
  // the outcome word after `and` is the next verb, not a head noun (`the wounded`).
  // `Ann Lee and her son`: the relative after `and` is a conjunct of its own (kin-conjunct), not the name's head.
  if (
    d.mention.kind === 'definite' &&
    /^(?:and|or)$/.test(words[d.mention.last] ?? '') &&
    (OUTCOME_CUES.matchAt(words, d.mention.last + 1) !== null ||
      /^(?:his|her|their)$/.test(words[d.mention.last + 1] ?? ''))
  )
    return revise(
      d,
      STAGE,
      { group: 'people', groupHow: 'inferred' },
      `"${d.mention.text}" → one of the people`,
    );
  const head = findHead(words, bare ? d.mention.first : d.mention.last);
  // `a mother of 13`, `father to two boys`: how many children someone has, not who was harmed.
  if (d.mention.kind === 'number' && kinCount(words, d.mention.first, head?.at ?? null))
    return revise(d, STAGE, {}, 'kin: a family size, not people harmed');
  if (head) return fromHead(d, words, head, previous);
  if (d.mention.kind === 'zero' || d.mention.kind === 'definite') {
    return revise(
      d,
      STAGE,
      { group: 'people', groupHow: 'inferred' },
      `"${d.mention.text}" → one of the people`,
    );
  }
  // `the number of the dead rose to 40`, `the death toll stood at 23`: a count noun tells the number after a link.
  const tally = tallyBefore(words, d.mention.first);
  if (tally)
    return revise(
      d,
      STAGE,
      {
        group: tally.group,
        groupHow: tally.groupStated ? 'stated' : 'inferred',
        outcome: tally.outcome,
        outcomeHow: 'stated',
        outcomeCue: tally.cue,
      },
      `tally-noun: "${tally.text}" → ${tally.outcome} of ${tally.group}`,
    );
  // `Gunman kills 2, wounds 5`, `More than 100 were detained`: a verb of harm or custody takes the bare number.
  if (countable) {
    const bare = bareCount(words, d.mention.first, d.mention.last);
    if (bare)
      return revise(
        d,
        STAGE,
        { group: 'people', groupHow: 'inferred' },
        `bare count: ${bare.role} of "${bare.cue}" → people`,
      );
  }
  // `21 passengers were killed and 40 injured`: only when a verb or punctuation follows, not a name (`, 3135 West …`).
  const next = s.tokens[d.mention.last]?.text ?? '.';
  const elliptical =
    (/^\p{Ll}/u.test(next) && !THING_NOUNS.has(words[d.mention.last] ?? '')) || /^[.,;:!?)]$/.test(next);
  if (previous?.group && elliptical && /^(?:and|,|or|while|with)$/.test(words[d.mention.first - 1] ?? '')) {
    return revise(
      d,
      STAGE,
      { group: previous.group },
      `elliptical: same group as "${previous.mention.text}"`,
    );
  }
  return d;
}

/** `of them`, `of whom`: the counted people are those of a count before. */
const ANAPHORS = /^(?:them|whom|those|these)$/;
/** How far back (in sentences) `them` looks for the count it is part of. */
const ANAPHOR_REACH = 1;

/**
 * `injuring 40, 15 of them in the capital`, `Gunmen shot 12 people; 4 of them died`, `Nine of them were killed`:
 * a number followed by `of them` (and no noun) counts a part of the last count of people, in its sentence or the one
 * before; it takes that count's group and is marked as its part (link-parts decides what the part adds).
 */
function partitiveAnaphor(d: DraftClaim, s: Sentence, antecedent: DraftClaim): DraftClaim | null {
  const m = d.mention;
  if (m.kind !== 'number' && m.kind !== 'vague') return null;
  if (s.words[m.last] !== 'of' || !ANAPHORS.test(s.words[m.last + 1] ?? '')) return null;
  if (m.sentence - antecedent.mention.sentence > ANAPHOR_REACH || !antecedent.group) return null;
  if ((antecedent.mention.low ?? 0) < (m.low ?? 0)) return null;
  return revise(
    d,
    STAGE,
    { group: antecedent.group, groupHow: 'inferred', partOf: antecedent.mention.start },
    `partitive-anaphor: part of "${antecedent.mention.text}"`,
  );
}

/** A conjunction or punctuation right after the number: no noun of its own follows. */
function closesPhrase(next: string | undefined): boolean {
  return next === undefined || /^(?:[,.;:!?)\-—–]|and|or|but)$/.test(next);
}

function fromHead(
  d: DraftClaim,
  words: readonly string[],
  head: Head,
  previous: DraftClaim | undefined,
): DraftClaim {
  const noun = words.slice(head.at, head.at + head.length).join(' ');
  if (head.kind === 'place') {
    // `flattening seven villages`: places count people only as the spread of an attack (groups/places-attacked.ts).
    const attackedBefore = previous?.group === 'other' && previous.outcome === 'other';
    const attack = placesAttacked(words, d.mention.first, head.at + head.length, attackedBefore);
    if (!attack) return revise(d, STAGE, {}, `places-attacked: "${noun}" not attacked, no one counted`);
    return revise(
      d,
      STAGE,
      { group: 'other', groupHow: 'stated', head: head.at, outcome: 'other', outcomeHow: 'stated' },
      `places-attacked: "${noun}" (${attack})`,
    );
  }
  if (head.kind === 'carrier') {
    const owner = ownerAfter(words, head.at + head.length);
    return revise(
      d,
      STAGE,
      {
        group: owner ?? 'people',
        groupHow: owner ? 'stated' : 'inferred',
        head: head.at,
        outcome: head.outcome,
        outcomeHow: 'stated',
      },
      `"${noun}" carries a count of ${owner ?? 'people'}`,
    );
  }
  // `the Jan. 28 death`, `the May 14 shooting death`: a singular noun cannot be counted by a number above one.
  if (head.kind === 'outcome-noun' && (d.mention.low ?? 0) > 1 && SINGULAR_OUTCOME_NOUNS.has(noun)) return d;
  // `Two lives in two directions`, `saved three lives`: lives are the dead only when a verb takes them.
  if (
    head.kind === 'outcome-noun' &&
    noun === 'lives' &&
    !LIFE_TAKING.test(words[d.mention.first - 1] ?? '') &&
    !words.slice(head.at + 1, head.at + 4).some((w) => /^(?:lost|taken|claimed|ended)$/.test(w))
  )
    return d;
  // `there were no casualties`: no one harmed at all; filed as wounded 0 like `no one was hurt` (docs/extraction.md).
  if (head.kind === 'outcome-noun' && head.outcome === 'other' && d.mention.kind === 'zero') {
    const group = modifierGroup(words, d.mention.last, head.at) ?? 'people';
    return revise(
      d,
      STAGE,
      { group, groupHow: 'stated', head: head.at, outcome: 'wounded', outcomeHow: 'stated' },
      `"no ${noun}": no one harmed (wounded 0)`,
    );
  }
  if (head.kind === 'outcome-noun') {
    const group = modifierGroup(words, d.mention.last, head.at) ?? 'people';
    return revise(
      d,
      STAGE,
      { group, groupHow: 'stated', head: head.at, outcome: head.outcome, outcomeHow: 'stated' },
      `"${noun}"`,
    );
  }
  if (head.kind !== 'person') return d;
  // `Only On 6 Mother of …`: a count above one cannot count a singular noun whose plural is a person noun too.
  if ((d.mention.low ?? 0) > 1 && d.mention.kind === 'number' && singular(words, head)) return d;
  // `held hundreds hostage`: a singular `hostage` after a plural count is the outcome, not the counted noun.
  if (noun === 'hostage' && d.mention.low !== 1) {
    const group = previous?.group ?? 'people';
    return revise(
      d,
      STAGE,
      { group, groupHow: 'inferred', head: head.at, outcome: 'held', outcomeHow: 'stated' },
      `"${d.mention.text} hostage": ${group} held`,
    );
  }
  const from =
    head.group === 'people' && /^(?:from|among)$/.test(words[head.at + head.length] ?? '')
      ? findHead(words, head.at + head.length + 1)
      : null;
  const person = from?.kind === 'person' ? from : head;
  const subgroup = SUBGROUPS.matchAt(words, person.at)?.label ?? null;
  const group =
    from?.kind === 'person' ? from.group : refine(head.group, words, d.mention.last, head.at, subgroup);
  const kind = subgroup ? ` (${subgroup})` : '';
  return revise(
    d,
    STAGE,
    { group, groupHow: 'stated', head: head.at, subgroup },
    `head noun "${noun}" → ${group}${kind}`,
  );
}

/** Modifiers before the head change the group: `military hostages`, `Chinese officials`. */
function refine(
  group: Group,
  words: readonly string[],
  from: number,
  headAt: number,
  subgroup: string | null = null,
): Group {
  const mods = words.slice(from, headAt);
  if (group === 'hostages' && mods.some((m) => SECURITY_MODIFIERS.has(m))) return 'security_forces';
  // `navy sailors`, `military crew`: a crew of the forces.
  if (subgroup === 'crew' && mods.some((m) => SECURITY_MODIFIERS.has(m))) return 'security_forces';
  if ((group === 'people' || group === 'civilians') && mods.some((m) => FOREIGN_MODIFIERS.has(m)))
    return 'foreign_nationals';
  return group;
}

function modifierGroup(words: readonly string[], from: number, headAt: number): Group | null {
  for (let i = headAt - 1; i >= from; i--) {
    if (SECURITY_MODIFIERS.has(words[i] ?? '')) return 'security_forces';
    const g = GROUP_NOUNS.matchAt(words, i);
    if (g && i + g.length <= headAt) return g.label;
  }
  return null;
}

/** `coffins … for Pakistani soldiers`, `bodies of militants`: the group named after a carrier noun. */
function ownerAfter(words: readonly string[], from: number): Group | null {
  for (let i = from; i < Math.min(words.length, from + 10); i++) {
    if (words[i] === 'for' || words[i] === 'of') {
      const head = findHead(words, i + 1);
      if (head?.kind === 'person') return refine(head.group, words, i + 1, head.at);
    }
    if (words[i] === '.' || words[i] === ';') break;
  }
  return null;
}

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  man: 'men',
  woman: 'women',
  child: 'children',
  person: 'people',
};

/** Nouns that count several people in the singular too: `two youth`, `five staff`. */
const COLLECTIVE =
  /^(?:youth|staff|crew|personnel|police|militia|kin|folk|family|security|military|infantry)$/;

/** A one-word person noun whose own plural is another person noun: `mother` (`mothers`), `man` (`men`). */
function singular(words: readonly string[], head: Head): boolean {
  if (head.length !== 1) return false;
  const noun = words[head.at] ?? '';
  if (/s$/.test(noun) || COLLECTIVE.test(noun)) return false;
  const plural = IRREGULAR_PLURALS[noun] ?? (/(?:ch|sh|x)$/.test(noun) ? `${noun}es` : `${noun}s`);
  return GROUP_NOUNS.matchAt([plural], 0)?.length === 1;
}
