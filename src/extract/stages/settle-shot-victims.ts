// "Shot" means wounded unless death is stated — and when the same document states a death, a lone person who was
// merely "shot" is usually that victim (`a man was shot … he died at the hospital`): drop the wounded reading.
// The same goes for a person named only by `the`/`he`/`she` (`the victim suffered gunshot wounds`).
// Keeps: a person the sentence says lived (`survived`, `in stable condition`), plural shot counts (`two killed and three shot`), and every wound when no death is stated.
import type { ExtractState } from '../draft.js';
import { drop } from '../draft.js';

const SURVIVED =
  /\bsurviv(?:ed|ing|es|or)\b|expected to (?:recover|survive|live|be ok)|\brecovering\b|(?:stable|good|fair) condition|non-life[- ]threatening|not (?:considered )?life[- ]threatening|treated and released|released from (?:the|a) hospital/i;
const TOLD_APART = /^(?:another|an? (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))$/;
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
    // `wounding another`, `wounding a third`: told apart from the people already counted, so not the death either.
    if (TOLD_APART.test(d.mention.text.toLowerCase())) return d;
    // `was also shot, but survived`, `is expected to recover`: this one lived, so is not the death.
    if (SURVIVED.test(state.sentences[d.mention.sentence]?.text ?? '')) return d;
    return drop(d, 'settle-shot-victims', 'a lone person "shot" in a document that states a death');
  });
  return { ...state, drafts };
}
