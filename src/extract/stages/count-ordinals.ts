// A victim numbered by an ordinal tells the count it belongs to: `a fourth victim showed up at the hospital`,
// `a fifth man was grazed` — at least four, at least five people were wounded. The one-person reading of `a`
// becomes that floor (qualifier at_least), so a report's total is not left at the people it counted before.
// After the dead told earlier in the report (`Three people were found dead. … A fourth victim is in the hospital`),
// the ordinal numbers the victims after those dead: one more person, wounded, not a floor of four wounded.
// Rejects: the dead (`a third man has died` numbers the victims, not the deaths), ordinals of things (`a second
// shooting`), the one who fired (`a third teen shot them`), and ordinals beyond `tenth`.
import type { ExtractState } from '../draft.js';
import { revise } from '../draft.js';

const STAGE = 'count-ordinals';
const ORDINALS = new Map([
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
]);

const ACTIVE = /^(?:shot|hit|struck|wounded|injured|killed|shoots|fired)$/;
const OBJECT = /^(?:them|him|her|his|their|a|an|the|two|three|four|at|into|on)$/;

/** The sum of the exact counts earlier in the same sentence (null when there are none). */
function countedBefore(drafts: ExtractState['drafts'], d: ExtractState['drafts'][number]): number | null {
  const earlier = drafts.filter(
    (o) =>
      !o.dropped &&
      o.mention.sentence === d.mention.sentence &&
      o.mention.start < d.mention.start &&
      o.mention.kind === 'number' &&
      o.mention.low !== null &&
      o.mention.low === o.mention.high,
  );
  return earlier.length === 0 ? null : earlier.reduce((sum, o) => sum + (o.mention.low ?? 0), 0);
}

/** The largest exact count of dead told in the sentences before this one (0 when none). */
function deadBefore(drafts: ExtractState['drafts'], d: ExtractState['drafts'][number]): number {
  return drafts
    .filter(
      (o) =>
        !o.dropped &&
        o.outcome === 'killed' &&
        o.mention.sentence < d.mention.sentence &&
        o.mention.low !== null &&
        o.mention.low === o.mention.high,
    )
    .reduce((most, o) => Math.max(most, o.mention.low ?? 0), 0);
}

export function countOrdinals(state: ExtractState): ExtractState {
  const drafts = state.drafts.map((d) => {
    if (d.dropped || d.outcome !== 'wounded' || d.mention.kind !== 'article') return d;
    const s = state.sentences[d.mention.sentence];
    const n = ORDINALS.get(s?.words[d.mention.last] ?? '');
    const end = s?.tokens[d.mention.last];
    if (!s || !n || !end || d.head === null || d.head <= d.mention.last) return d;
    // `a third teen accidentally shot them`: the one who fired, not a victim.
    let v = d.head + 1;
    while (/ly$/.test(s.words[v] ?? '')) v++;
    if (ACTIVE.test(s.words[v] ?? '') && OBJECT.test(s.words[v + 1] ?? '')) return d;
    // `killing two women and critically injuring a third co-worker`: the counts before it in the sentence add up to
    // the one before the ordinal, so it is one more person, not a floor.
    const before = countedBefore(state.drafts, d);
    if (before === n - 1) return revise(d, STAGE, {}, `one more after ${before} counted before it`);
    const text = s.text.slice(d.mention.start - s.start, end.end - s.start);
    const dead = deadBefore(state.drafts, d);
    if (dead === n - 1)
      return revise(
        d,
        STAGE,
        { mention: { ...d.mention, last: d.mention.last + 1, end: end.end, text } },
        `"${text}": one more after the ${dead} dead told before`,
      );
    return revise(
      d,
      STAGE,
      {
        mention: {
          ...d.mention,
          last: d.mention.last + 1,
          end: end.end,
          text,
          low: n,
          high: null,
          qualifier: 'at_least',
          kind: 'number',
        },
      },
      `"${text}": at least ${n} hit`,
    );
  });
  return { ...state, drafts };
}
