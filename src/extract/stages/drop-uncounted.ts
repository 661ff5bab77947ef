// Drops numbers that count nothing we track: no counted noun (`the 2 trains`) or no outcome (`500 prisoners`,
// `12 students graduated`). Keeps places attacked (`44 locations`, outcome other).
import type { ExtractState } from '../draft.js';
import { drop } from '../draft.js';

/** A person named by `the`/`he`/`she` is a count only when something happened to them. */
const CASUALTY = new Set(['killed', 'wounded', 'executed', 'missing']);

export function dropUncounted(state: ExtractState): ExtractState {
  const drafts = state.drafts.map((d) => {
    if (d.dropped) return d;
    if (!d.group) return drop(d, 'drop-uncounted', 'no counted people');
    if (!d.outcome) return drop(d, 'drop-uncounted', `no outcome for ${d.group}`);
    if (d.mention.kind === 'definite' && !CASUALTY.has(d.outcome))
      return drop(d, 'drop-uncounted', `"${d.mention.text}" ${d.outcome} is not a casualty`);
    return d;
  });
  return { ...state, drafts };
}
