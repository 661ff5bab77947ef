// A number with no noun after it still counts people when a verb of harm or custody takes it as its argument.
// Accepts: the object of the verb before it (`Gunman kills 2, wounds 5 at warehouse`, `injuring 40, 15 of them …`,
// `troops took 14 into custody`, `wounding other 70`), and the subject of the verb after it (`40 Hurt`,
// `More than 100 were detained`, `Only 190 were rescued`, `Both were dead at the scene`, `50 were injured`, `another dozen managed to get out`).
// Rejects: a number followed by a noun of its own (`kills 2 horses`: the head decides), weak verbs that take
// anything (`had 3`, `with 5`), a verb of a thing (`shot 3 times` has `times`), and numbers the earlier stages
// dropped (years, ages, times).
import type { Outcome } from '../../../model/vocabulary.js';
import { NOMINAL_CUES, OUTCOME_CUES, VERBS_BEFORE, WEAK_CUES } from '../../lexicon.js';

/** Outcomes whose verbs only take people (or animals, which the head noun would name). */
const HARM: ReadonlySet<Outcome> = new Set(['killed', 'wounded', 'held', 'executed', 'rescued', 'missing']);
/** Between a verb and its bare object: `killed at least 7` has its hedge inside the mention already. */
const OBJECT_FILLERS = new Set(['other', 'another', 'a', 'further', 'nearly', 'about']);
/** What may follow a bare object: the end of the noun phrase (`kills 2, wounds 5`, `took 14 into custody`). */
const AFTER_OBJECT =
  /^(?:[,.;:!?)\-—–]|and|or|in|at|on|into|as|during|near|while|when|after|before|so|from)$/;
const PLACE_PREPOSITION = /^(?:along|on|off|onto|via|near|across|through|past|toward|towards|at|into|under)$/;
const AUXILIARY = /^(?:were|was|are|is|have|has|had|been|being|be|reportedly|also|later|all|both)$/;

/** Verb forms that take an object: `kills`, `killing`, `killed`, `took … into custody`; not `dead`, `died`. */
const TRANSITIVE = /(?:s|ed|ing|ot|it|ok|ew)$|custody$/;
const PARTICIPLE = /(?:ed|en)$|^(?:hurt|dead|slain|missing|aboard|inside|alive)$|custody$/;

export interface BareCount {
  readonly outcome: Outcome;
  readonly cue: string;
  readonly role: 'object' | 'subject';
}

/** The verb that takes the bare number between `first` and `last` (token range), or null. */
export function bareCount(words: readonly string[], first: number, last: number): BareCount | null {
  const next = words[last];
  if (next === undefined || AFTER_OBJECT.test(next)) {
    let i = first - 1;
    while (i >= 0 && OBJECT_FILLERS.has(words[i] ?? '')) i--;
    const verb = VERBS_BEFORE.matchEndingAt(words, i + 1, 1) ?? OUTCOME_CUES.matchEndingAt(words, i + 1, 4);
    const cue = verb ? words.slice(i + 1 - verb.length, i + 1).join(' ') : '';
    // Only an active verb takes an object: `killed 4`, not `was pronounced dead around 4:15` nor `was killed 2 …`.
    const passive = AUXILIARY.test(words[i - (verb?.length ?? 0)] ?? '');
    // `4:15`: a clock time, not a count.
    const clock = next === ':' && /^\d/.test(words[last + 1] ?? '');
    if (verb && HARM.has(verb.label) && TRANSITIVE.test(cue) && !passive && !clock && !WEAK_CUES.has(cue))
      return { outcome: verb.label, cue, role: 'object' };
  }
  // `a man working along 1-10 was hospitalized`: after a preposition of place the number names a road or a place,
  // never the clause's subject (place-not-subject).
  if (PLACE_PREPOSITION.test(words[first - 1] ?? '')) return null;
  let j = last;
  while (j < words.length && j < last + 3 && AUXILIARY.test(words[j] ?? '')) j++;
  const after = OUTCOME_CUES.matchAt(words, j);
  // `About 100 were inside`: being there is said of a subject only (`had 3` takes anything).
  if (!after || !(HARM.has(after.label) || after.label === 'present')) return null;
  const cue = words.slice(j, j + after.length).join(' ');
  // `45 homicides`, `one gunshot wound`: a noun after the number is its head, not a verb it is the subject of.
  if (WEAK_CUES.has(cue) || NOMINAL_CUES.has(cue)) return null;
  // Without an auxiliary the cue must be a participle closing its clause: `40 Hurt`, `2 killed in crash`, `five
  // hurt: media`; not a noun (`one shot struck him`) nor an active verb with an object (`3 shot the guard`).
  const closer = words[j + after.length];
  // `managed to get out`: a phrase whose first word is the participle.
  const participle = PARTICIPLE.test(cue) || PARTICIPLE.test(cue.split(' ')[0] ?? '');
  if (j === last && !(participle && (closer === undefined || AFTER_OBJECT.test(closer)))) return null;
  return { outcome: after.label, cue, role: 'subject' };
}
