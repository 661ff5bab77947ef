// "Shot" means wounded unless death is stated — and when the same document states a death, a lone person who was
// merely "shot" is usually that victim (`a man was shot … he died at the hospital`): drop the wounded reading.
// The same goes for a person named only by `the`/`he`/`she` (`the victim suffered gunshot wounds`).
// Keeps: plural shot counts (`two killed and three shot`), and every wound when no death is stated.
import type { ExtractState } from '../draft.js';
import { drop } from '../draft.js';

const BARE_SHOT = new Set(['shot', 'shot in the', 'struck', 'hit', 'was hit']);

export function settleShotVictims(state: ExtractState): ExtractState {
  const live = state.drafts.filter((d) => !d.dropped);
  const deaths = live.filter(
    (d) => d.outcome === 'killed' && d.group !== 'militants' && (d.mention.low ?? 0) >= 1,
  );
  if (deaths.length === 0) return state;
  const drafts = state.drafts.map((d) => {
    if (d.dropped || d.outcome !== 'wounded') return d;
    if (!BARE_SHOT.has(d.outcomeCue ?? '') && d.mention.kind !== 'definite') return d;
    if (d.mention.low !== 1 || d.mention.high !== 1) return d;
    return drop(d, 'settle-shot-victims', 'a lone person "shot" in a document that states a death');
  });
  return { ...state, drafts };
}
