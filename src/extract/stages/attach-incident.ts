// Each claim takes the incident of its sentence (find-incidents decided it sentence by sentence).
import type { ExtractState } from '../draft.js';
import { revise } from '../draft.js';

export function attachIncident(state: ExtractState): ExtractState {
  const drafts = state.drafts.map((d) => {
    if (d.dropped) return d;
    const incident = state.sentenceIncidents[d.mention.sentence] ?? null;
    return revise(d, 'attach-incident', { incident }, incident ?? 'background');
  });
  return { ...state, drafts };
}
