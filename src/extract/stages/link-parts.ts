// A count of the dead told as part of a count of the shot is inside it: `Five people were shot, one fatally`,
// `Four men were shot and two of them died`, `Three were injured, including a girl who succumbed`. The part is
// marked so reconciliation counts the wounded who survived (GVA's and UCDP's sense), not everyone shot.
// Rejects: separate counts (`one person was killed and three others wounded`).
import type { ExtractState } from '../draft.js';
import { revise, sentenceTails } from '../draft.js';

const PART_AFTER = /^(?:of them|of whom|of those|fatally|among them)/;
const PART_BEFORE = /(?:including|among them|,)$/;

export function linkParts(state: ExtractState): ExtractState {
  const drafts = [...state.drafts];
  const live = sentenceTails((p) => !p.dropped);
  drafts.forEach((d, index) => {
    const whole = live.last(d.mention.sentence);
    live.note(d);
    if (d.dropped || d.outcome !== 'killed') return;
    const s = state.sentences[d.mention.sentence];
    if (!s || !whole || whole.outcome !== 'wounded' || (whole.mention.low ?? 0) <= (d.mention.low ?? 0))
      return;
    const after = s.words.slice(d.mention.last, d.mention.last + 2).join(' ');
    const before = s.words.slice(Math.max(0, d.mention.first - 2), d.mention.first).join(' ');
    if (!PART_AFTER.test(after) && !PART_BEFORE.test(before)) return;
    drafts[index] = revise(
      d,
      'link-parts',
      { partOf: whole.mention.start },
      `part of "${whole.mention.text}"`,
    );
  });
  return { ...state, drafts };
}
