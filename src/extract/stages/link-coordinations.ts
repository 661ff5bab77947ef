// Counts joined in one coordination with the same outcome are different people to be added up, not rival
// figures: `Two women and one man were shot to death` is three; `23 soldiers, three railway employees, and five
// civilians lost their lives` is 31. They share a coordination key that reconciliation sums within a group.
// Rejects: counts in separate clauses (`two were killed, police said; later three were killed`), different outcomes.
import type { DraftClaim, ExtractState, Sentence } from '../draft.js';
import { revise } from '../draft.js';

const JOINERS = /^(?:and|,|as well as|along with|plus)$/;
const MAX_GAP = 6;
const BREAKS = new Set([
  'were',
  'was',
  'are',
  'is',
  'had',
  'have',
  'said',
  'says',
  ';',
  ':',
  'later',
  'while',
  'but',
  'then',
  'after',
  'before',
  'including',
  'of',
  'among',
  // `the victim, also a 16-year-old boy,`: one person described again.
  'also',
  // `the mother and her boyfriend told police that the child …`: a clause of its own.
  'that',
]);

export function linkCoordinations(state: ExtractState): ExtractState {
  const drafts = [...state.drafts];
  let previous: { index: number; key: string } | null = null;
  for (const [index, d] of drafts.entries()) {
    if (d.dropped) continue;
    const prev: DraftClaim | undefined = previous ? drafts[previous.index] : undefined;
    const s = state.sentences[d.mention.sentence];
    if (previous && prev && s && coordinated(prev, d, s) && !breakdown(prev, d, drafts.slice(index + 1), s)) {
      // `a couple and their two children`: one list of people, one figure, so one group to be added up in.
      const mixed =
        new Set([prev.group, d.group]).size === 2 &&
        [prev.group, d.group].every((g) => g === 'people' || g === 'civilians');
      drafts[index] = revise(
        d,
        'link-coordinations',
        mixed ? { coordination: previous.key, group: 'people' } : { coordination: previous.key },
        `added to "${prev.mention.text}"`,
      );
      if (!prev.coordination || mixed)
        drafts[previous.index] = {
          ...prev,
          coordination: previous.key,
          ...(mixed ? { group: 'people' as const } : {}),
        };
      previous = { index, key: previous.key };
    } else previous = { index, key: `${d.mention.start}` };
  }
  return { ...state, drafts };
}

function coordinated(a: DraftClaim, b: DraftClaim, s: Sentence): boolean {
  // A conjunct that took its outcome from a coordination carries it on down the list (`a mother, son and girl`).
  const carried = a.outcomeHow === 'stated' || !!a.coordination;
  if (a.mention.sentence === b.mention.sentence - 1 && a.outcome === b.outcome && carried)
    return toldInNextSentence(a, b, s);
  if (a.mention.sentence !== b.mention.sentence || a.outcome !== b.outcome || !carried) return false;
  // `shot three men, killing two and wounding another`: a bare `another` is one of those already counted.
  if (b.mention.kind === 'definite' && b.mention.text.toLowerCase() === 'another') return false;
  const gap = s.words.slice((a.head ?? a.mention.last - 1) + 1, b.mention.first);
  // A count whose outcome comes from the count before it is a conjunct only after `and` (`killing Jon Ray, 18, and
  // Al Fox, 20`), not an apposition (`the victim, a 19-year-old man,`) nor a disjunct (`the boy, or two others`).
  if (
    b.outcomeHow !== 'stated' &&
    b.outcome === a.outcome &&
    !/along with|as well as/.test(s.text) &&
    (!(gap.includes('and') || bareNoun(b, s)) || gap.includes('or'))
  )
    return false;
  if (toldApart(a, b, s)) return true;
  return (
    gap.length > 0 &&
    gap.length <= MAX_GAP &&
    gap.some((w) => JOINERS.test(w)) &&
    !gap.some((w) => BREAKS.has(w)) &&
    !apposition(gap, b, s) &&
    // `identified Jon Smith, 31, as the man who died`: one person named twice, not two.
    !gap.some((w, k) => w === 'as' && gap[k - 1] !== 'well' && gap[k + 1] !== 'well')
  );
}

/**
 * `A woman was shot in the chest, and three other men were also wounded`: a count marked as other people (`other`,
 * `others`, `also`) after a count of the same outcome in the same sentence adds to it, across the clause break.
 * Not `the three others` (a part of a whole told before), `among`/`including` (parts), nor across `;` or `said`.
 */
const NUMBER = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|both)$/;
const SAID_OR_PART = new Set(['said', 'says', 'among', 'including', 'includes', 'included', 'of']);

function toldApart(a: DraftClaim, b: DraftClaim, s: Sentence): boolean {
  if (b.outcomeHow !== 'stated' || (b.outcome !== 'wounded' && b.outcome !== 'killed')) return false;
  if (a.outcomeCue === null || b.outcomeCue === null) return false;
  const w = s.words;
  if (w[b.mention.first - 1] === 'the') return false;
  const end = (b.head ?? b.mention.last - 1) + 1;
  const marked =
    w.slice(b.mention.last, end + 1).some((x) => x === 'other' || x === 'others') ||
    w.slice(end, end + 3).includes('also');
  if (!marked) return false;
  const between = w.slice(a.mention.last, b.mention.first);
  // `was among eight other people wounded`, `three others, including two teens`: a part, not more people.
  return !between.some((x) => x === ';' || x === ':' || SAID_OR_PART.has(x));
}

/**
 * `A man was seriously hurt. Three other people with gunshot wounds walked into the hospital`: a count marked as
 * other people opening its own telling of the same outcome in the next sentence adds to the last count before it.
 * Not `the three others` (a part of a whole), a count after `among`, `including`, `of`, `;` or `:` in its sentence,
 * nor one whose sentence tells of another place or time (`in a separate shooting`, `earlier`, `later`).
 */
function toldInNextSentence(a: DraftClaim, b: DraftClaim, s: Sentence): boolean {
  if (b.outcomeHow !== 'stated' || (b.outcome !== 'wounded' && b.outcome !== 'killed')) return false;
  if (a.outcomeCue === null || b.outcomeCue === null) return false;
  const w = s.words;
  // `The other man was treated at the scene`: one of those told, not one more.
  if (b.mention.kind === 'definite' || w[b.mention.first - 1] === 'the' || w[b.mention.first] === 'the')
    return false;
  const end = (b.head ?? b.mention.last - 1) + 1;
  if (!w.slice(b.mention.last, end + 1).some((x) => x === 'other' || x === 'others')) return false;
  const before = w.slice(0, b.mention.first);
  if (before.some((x) => x === ';' || x === ':' || SAID_OR_PART.has(x))) return false;
  // `Four were hurt. One person was taken by ambulance, and three others drove themselves`: a breakdown of the four,
  // told in its own sentence; the count before `others` is in that sentence.
  if (before.some((x) => NUMBER.test(x))) return false;
  return !/\b(?:separate|unrelated|another (?:shooting|incident|attack)|earlier|later|elsewhere)\b/i.test(
    s.text,
  );
}

/** `eight others, five men and three women, were hurt`: the counts after the comma break the eight down. */
function breakdown(a: DraftClaim, b: DraftClaim, after: readonly DraftClaim[], s: Sentence): boolean {
  const gap = s.words.slice((a.head ?? a.mention.last - 1) + 1, b.mention.first);
  if (gap.length !== 1 || gap[0] !== ',') return false;
  const c = after.find((d) => !d.dropped);
  if (!c || c.mention.sentence !== b.mention.sentence) return false;
  return (b.mention.low ?? 0) + (c.mention.low ?? 0) === a.mention.low;
}

/** `a mother, son and little girl`: a bare lowercase noun after a comma is a conjunct, never an apposition. */
function bareNoun(b: DraftClaim, s: Sentence): boolean {
  const t = s.tokens[b.mention.first]?.text ?? '';
  return b.mention.kind === 'article' && /^\p{Ll}/u.test(t) && !/^(?:a|an|another)$/.test(t);
}

/**
 * `The boy, an Oakland resident, was shot`: a person phrase after a comma alone that the list does not go on from
 * with `and` describes the one before it again.
 */
function apposition(gap: readonly string[], b: DraftClaim, s: Sentence): boolean {
  if (gap.includes('and') || !gap.includes(',')) return false;
  const w = s.words;
  const end = (b.head ?? b.mention.last - 1) + 1;
  const next = w[end + 1] ?? '';
  return !(w[end] === 'and' || (w[end] === ',' && /^(?:and|a|an|the|\d+)$/.test(next)));
}
