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
]);

export function linkCoordinations(state: ExtractState): ExtractState {
  const drafts = [...state.drafts];
  let previous: { index: number; key: string } | null = null;
  for (const [index, d] of drafts.entries()) {
    if (d.dropped) continue;
    const prev: DraftClaim | undefined = previous ? drafts[previous.index] : undefined;
    const s = state.sentences[d.mention.sentence];
    if (previous && prev && s && coordinated(prev, d, s)) {
      drafts[index] = revise(
        d,
        'link-coordinations',
        { coordination: previous.key },
        `added to "${prev.mention.text}"`,
      );
      if (!prev.coordination) drafts[previous.index] = { ...prev, coordination: previous.key };
      previous = { index, key: previous.key };
    } else previous = { index, key: `${d.mention.start}` };
  }
  return { ...state, drafts };
}

function coordinated(a: DraftClaim, b: DraftClaim, s: Sentence): boolean {
  if (a.mention.sentence !== b.mention.sentence || a.outcome !== b.outcome || a.outcomeHow !== 'stated')
    return false;
  // `shot three men, killing two and wounding another`: a bare `another` is one of those already counted.
  if (b.mention.kind === 'definite' && b.mention.text.toLowerCase() === 'another') return false;
  if (b.outcomeHow !== 'stated' && b.outcome === a.outcome && !/along with|as well as/.test(s.text))
    return false;
  const gap = s.words.slice((a.head ?? a.mention.last - 1) + 1, b.mention.first);
  return (
    gap.length > 0 &&
    gap.length <= MAX_GAP &&
    gap.some((w) => JOINERS.test(w)) &&
    !gap.some((w) => BREAKS.has(w)) &&
    // `identified Jon Smith, 31, as the man who died`: one person named twice, not two.
    !gap.some((w, k) => w === 'as' && gap[k - 1] !== 'well' && gap[k + 1] !== 'well')
  );
}
