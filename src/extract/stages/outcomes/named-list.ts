// A list of named people shares the verb after its last member (named-list): `Ann Miller, 33, Rosa Diaz, 34, and
// Dan Fox, 34, were shot and killed`, `Joe Ray, Al Fox and 25-year-old Li Wu were found dead`. The verb after the
// list is further than one name's clause can reach, so the members before the last take it from the member after
// them, as long as only commas, ages and `and` stand between.
// Rejects: a name in another clause (`Ann Lee, 29, told police that Dan Fox, 34, was shot`), a list whose verb makes
// the named the shooters (the last member then has no outcome to share), a noun of killing after the list (`A, 19,
// and B, 30, are facing murder charges`), and counts that are no names.
import type { DraftClaim, Sentence } from '../../draft.js';
import { revise } from '../../draft.js';

const STAGE = 'attach-outcome';
/** What may stand between two named members: commas, the age of the one before, `and`. */
const BETWEEN = /^(?:,|and|\d{1,3})$/;

/** The drafts with each unset named member of a list given the outcome of the member after it. */
export function shareNamedList(drafts: readonly DraftClaim[], sentences: readonly Sentence[]): DraftClaim[] {
  const out = [...drafts];
  let next: DraftClaim | null = null;
  // The list's last member, whose own verb the list shares.
  let tail: DraftClaim | null = null;
  for (let k = out.length - 1; k >= 0; k--) {
    const d = out[k]!;
    if (d.dropped) continue;
    const s = sentences[d.mention.sentence];
    if (!s || !next || !tail || !adjacent(d, next, s)) tail = d;
    else if (!d.outcome && d.group && shares(tail, s)) {
      out[k] = revise(
        d,
        STAGE,
        { outcome: tail.outcome, outcomeHow: 'stated', outcomeCue: tail.outcomeCue },
        `${tail.outcome}: "${tail.outcomeCue}" after the list of names (named-list)`,
      );
    }
    next = out[k]!;
  }
  return out;
}

/** Two names of one sentence with only commas, an age and `and` between them. */
function adjacent(d: DraftClaim, next: DraftClaim, s: Sentence): boolean {
  if (next.mention.sentence !== d.mention.sentence || !named(d, s) || !named(next, s)) return false;
  const gap = s.words.slice(d.mention.last, next.mention.first);
  return gap.length > 0 && gap.length <= 4 && gap[0] === ',' && gap.every((w) => BETWEEN.test(w));
}

/** What may stand between the last member and its verb: its age, `who`, an auxiliary, `both`, an adverb of time. */
const TO_VERB =
  /^(?:,|\d{1,3}|who|were|was|are|is|have|has|had|been|both|all|each|later|then|reportedly|allegedly)$/;

/**
 * The last member's outcome is the list's own predicate, right after it (`…, and Dan Fox, 34, were killed`), not a
 * noun of a phrase further on (`…, both of Detroit, are facing murder charges`).
 */
function shares(tail: DraftClaim, s: Sentence): boolean {
  const cue = tail.outcomeCue;
  if (!tail.outcome || tail.outcomeHow !== 'stated' || !cue) return false;
  const at = s.words.indexOf(cue.split(' ')[0] ?? '', tail.mention.last);
  return at >= 0 && s.words.slice(tail.mention.last, at).every((w) => TO_VERB.test(w));
}

/** A count that is a person's name (`Dan Fox`, `25-year-old Li Wu`), not a pronoun or an article. */
function named(d: DraftClaim, s: Sentence): boolean {
  if (d.mention.kind !== 'definite') return false;
  const tokens = s.tokens.slice(d.mention.first, d.mention.last);
  return tokens.filter((t) => /^\p{Lu}\p{Ll}/u.test(t.text)).length >= 2;
}
