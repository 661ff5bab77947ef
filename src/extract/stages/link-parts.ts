// A count of the dead told as part of a count of the shot is inside it: `Five people were shot, one fatally`,
// `Four men were shot and two of them died`, `Three were injured, including a girl who succumbed`, `Five people
// were shot and two died` (dying is what came of being shot; `shot five people, killing two` likewise; `… and three were deceased` too), `Six were shot -- 2 killed and 4 wounded` (the parts
// add up to the whole), `Three people were shot. Two of them died.` (a partitive anaphor, attach-group). The part is
// marked so reconciliation counts the wounded who survived (GVA's and UCDP's sense), not everyone shot.
// A partitive anaphor with the whole's own outcome (`injuring 40, 15 of them in the capital`) counts no one new
// and is dropped; one with another outcome than death among the shot (`30 pilgrims … Nine of them were killed`)
// is a count of its own.
// Rejects: separate counts (`one person was killed and three others wounded`, `two killed and three shot`).
import type { DraftClaim, ExtractState } from '../draft.js';
import { drop, revise, sentenceTails } from '../draft.js';

const STAGE = 'link-parts';
const PART_AFTER = /^(?:of them|of whom|of those|fatally|among them)/;
const PART_BEFORE = /(?:including|among them|,)$/;
/** Dying as what came of the harm told before: `Five were shot and two died`, `… and one later succumbed`. */
const CONSEQUENCE =
  /^(?:died|later died|have died|has died|had died|since died|succumbed|did not survive|were pronounced dead|(?:were |are )?(?:deceased|dead))$/;

/** Being hit, which the dead were too (`injured` and `wounded` usually name the survivors). */
const HIT = /^(?:shot|were shot|was shot|hit|struck|gunned down|shot in the)$/;

export function linkParts(state: ExtractState): ExtractState {
  const drafts = partsBeforeWholes(state);
  const byStart = new Map(drafts.map((d) => [d.mention.start, d]));
  const live = sentenceTails((p) => !p.dropped);
  drafts.forEach((d, index) => {
    const whole = live.last(d.mention.sentence);
    live.note(d);
    if (d.dropped) return;
    if (d.partOf != null) {
      drafts[index] = anaphorPart(d, byStart.get(d.partOf));
      return;
    }
    if (d.outcome !== 'killed') return;
    const s = state.sentences[d.mention.sentence];
    if (!s || !whole || whole.outcome !== 'wounded' || (whole.mention.low ?? 0) <= (d.mention.low ?? 0))
      return;
    const after = s.words.slice(d.mention.last, d.mention.last + 2).join(' ');
    const before = s.words.slice(Math.max(0, d.mention.first - 2), d.mention.first).join(' ');
    // `Seven people were injured and one has died`: the injured are told as survivors; only being hit holds the dead.
    const consequence =
      CONSEQUENCE.test(d.outcomeCue ?? '') &&
      HIT.test(whole.outcomeCue ?? '') &&
      d.mention.first > whole.mention.last;
    const why =
      PART_AFTER.test(after) || PART_BEFORE.test(before)
        ? ''
        : consequence
          ? 'died of it'
          : killingOfShot(s.words, d, whole)
            ? 'shot-then-killing'
            : sums(d, whole, state.drafts);
    if (why === null) return;
    drafts[index] = revise(
      d,
      STAGE,
      { partOf: whole.mention.start },
      `part of "${whole.mention.text}"${why ? ` (${why})` : ''}`,
    );
  });
  return { ...state, drafts };
}

/**
 * `shot five people, killing two`, `accused of shooting four relatives, killing his wife`: a participle of killing set
 * off after a count of the shot tells who died among them. Not `killing one and injuring three others`: there the
 * whole is no count of the shot.
 */
function killingOfShot(words: readonly string[], d: DraftClaim, whole: DraftClaim): boolean {
  return (
    HIT.test(whole.outcomeCue ?? '') &&
    d.mention.first > whole.mention.last &&
    d.outcomeCue === 'killing' &&
    words[d.mention.first - 1] === 'killing' &&
    words[d.mention.first - 2] === ','
  );
}

/** `Six were shot -- 2 killed and 4 wounded`: dead and wounded told after the whole add up to it. */
function sums(d: DraftClaim, whole: DraftClaim, all: readonly DraftClaim[]): string | null {
  const rest = all.find(
    (p) =>
      !p.dropped &&
      p !== whole &&
      p.outcome === 'wounded' &&
      p.mention.sentence === d.mention.sentence &&
      p.mention.first > whole.mention.last,
  );
  const total = (d.mention.low ?? 0) + (rest?.mention.low ?? -1);
  return d.mention.first > whole.mention.last && total === whole.mention.low ? 'the parts add up' : null;
}

function anaphorPart(d: DraftClaim, whole: DraftClaim | undefined): DraftClaim {
  if (!whole || whole.dropped) return revise(d, STAGE, { partOf: null }, 'partitive-anaphor: no whole left');
  if (d.outcome === whole.outcome)
    return drop(d, STAGE, `partitive-anaphor: already counted in "${whole.mention.text}"`);
  if (d.outcome === 'killed' && whole.outcome === 'wounded')
    return revise(d, STAGE, {}, `partitive-anaphor: the dead among "${whole.mention.text}"`);
  return revise(
    d,
    STAGE,
    { partOf: null },
    `partitive-anaphor: ${d.outcome} of "${whole.mention.text}", a count of its own`,
  );
}

/** The participle that tells what happened to a whole named inside a partitive (`two of the three people shot`). */
const WHOLE_HIT = /^(?:shot|wounded|injured|hurt|hit|struck|hospitalized|hospitalised)$/;
/** The clause's own verb of death, after the whole's phrase (`… hit by gunfire Tuesday night, has died`). */
const LATER_DEATH =
  /^(?:has died|have died|died|later died|was killed|were killed|is dead|are dead|succumbed|did not survive)/;

/**
 * `One of two boys critically shot on Friday has died`, `Two of the three people shot have died`: a part told before
 * its whole (`N of [the|those] M …`). The participle after the whole's noun is what happened to the whole (the shot,
 * not the dead, even when the clause's verb is a death); the part takes the clause's verb. A part that died is the
 * dead among the whole; a part with the whole's own outcome counts no one new and is dropped.
 * Rejects: no count right after `of` (`one of his friends`), a whole with no participle of harm after its noun.
 */
function partsBeforeWholes(state: ExtractState): DraftClaim[] {
  const drafts = [...state.drafts];
  drafts.forEach((part, p) => {
    if (part.dropped || part.outcome === null) return;
    const s = state.sentences[part.mention.sentence];
    if (!s || s.words[part.mention.last] !== 'of') return;
    const skip = /^(?:the|those)$/.test(s.words[part.mention.last + 1] ?? '') ? 2 : 1;
    const w = drafts.findIndex(
      (d, i) =>
        i > p &&
        !d.dropped &&
        d.mention.sentence === part.mention.sentence &&
        d.mention.first === part.mention.last + skip,
    );
    const whole = drafts[w];
    if (!whole || whole.head === null || (whole.mention.low ?? 0) <= (part.mention.low ?? 0)) return;
    let k = whole.head + 1;
    while (/ly$/.test(s.words[k] ?? '')) k++;
    if (!WHOLE_HIT.test(s.words[k] ?? '')) return;
    const wound =
      whole.outcome === 'wounded'
        ? whole
        : revise(whole, STAGE, { outcome: 'wounded' }, `"${s.words[k]}" after it: the whole, hit`);
    drafts[w] = wound;
    // `one of three people hit by gunfire …, has died`: the part took the whole's participle; the clause's verb is
    // the part's.
    const died =
      part.outcome === 'wounded' &&
      s.words.slice(k + 1).some((_, j, rest) => LATER_DEATH.test(rest.slice(j, j + 2).join(' ')));
    if (died) {
      drafts[p] = revise(
        part,
        STAGE,
        { outcome: 'killed', partOf: wound.mention.start },
        `the dead among "${wound.mention.text}" (the clause's verb)`,
      );
      return;
    }
    if (part.outcome === 'killed')
      drafts[p] = revise(
        part,
        STAGE,
        { partOf: wound.mention.start },
        `the dead among "${wound.mention.text}"`,
      );
    else if (part.outcome === 'wounded')
      drafts[p] = drop(part, STAGE, `part of "${wound.mention.text}", already counted`);
  });
  return drafts;
}
