// Marks figures stated with reserve: `reportedly`, `may have`, `if verified`, `could not be independently verified`,
// threats (`threatened to kill 100 hostages`, `hostages will be executed`). Looks before the number and at its own
// verb phrase after it, not at a later clause (`executed 50 hostages, which would indicate …` is not hedged).
import type { ExtractState } from '../draft.js';
import { revise } from '../draft.js';
import { HEDGE_WORDS } from '../lexicon.js';

const REACH = 12;
/** After the number only its own verb phrase counts (`hostages will be executed`), not a later clause (`, which would …`). */
const AFTER = 5;

const NOT_RESERVE =
  /(?:^|\s)(?:non-life|life) threatening|threatening (?:injuries|injury|wounds|condition)|expected to (?:survive|recover|live|be ok|make a full recovery)/;

export function markHedged(state: ExtractState): ExtractState {
  const drafts = state.drafts.map((d) => {
    const s = state.sentences[d.mention.sentence];
    if (d.dropped || !s) return d;
    const words = s.words;
    const from = Math.max(0, d.mention.first - REACH);
    const comma = words.indexOf(',', d.mention.last);
    const to = Math.min(words.length, d.mention.last + AFTER, comma === -1 ? Infinity : comma);
    for (let i = from; i < to; i++) {
      const m = HEDGE_WORDS.matchAt(words, i);
      // `on May 25` is a date, not a modal.
      if (m && s.tokens[i]?.text === 'May' && /^\d/.test(words[i + 1] ?? '')) continue;
      // `non-life-threatening injuries`, `expected to survive`: what the wounds are like, not a reserve on the count.
      if (m && NOT_RESERVE.test(words.slice(i - 1, i + m.length + 1).join(' '))) continue;
      if (m) return revise(d, 'mark-hedged', { hedged: true }, `"${words.slice(i, i + m.length).join(' ')}"`);
    }
    return d;
  });
  return { ...state, drafts };
}
