// Drops numbers that count nothing we track: no counted noun (`the 2 trains`) or no outcome (`500 prisoners`,
// `12 students graduated`). Keeps places attacked (`44 locations`, outcome other).
import type { ExtractState } from '../draft.js';
import { drop } from '../draft.js';

export function dropUncounted(state: ExtractState): ExtractState {
  const drafts = state.drafts.map((d) => {
    if (d.dropped) return d;
    if (!d.group) return drop(d, 'drop-uncounted', 'no counted people');
    if (!d.outcome) return drop(d, 'drop-uncounted', `no outcome for ${d.group}`);
    return d;
  });
  return { ...state, drafts };
}
