// Marks figures stated with reserve: `reportedly`, `may have`, `if verified`, `could not be independently verified`,
// threats (`threatened to kill 100 hostages`, `hostages will be executed`). Looks before the number and at its own
// verb phrase after it, not at a later clause (`executed 50 hostages, which would indicate …` is not hedged).
import type { DraftClaim, ExtractState, Token } from '../draft.js';
import { revise } from '../draft.js';
import { HEDGE_WORDS } from '../lexicon.js';

const REACH = 12;
/** After the number only its own verb phrase counts (`hostages will be executed`), not a later clause (`, which would …`). */
const AFTER = 5;

/** Verbs that a negated modal turns into a refusal to say more, not a doubt about the count. */
const WITHHELD = new Set([
  'say',
  'release',
  'released',
  'comment',
  'confirm',
  'believe',
  'identify',
  'disclose',
  'give',
]);

/**
 * Words that look like hedges but do not put the count in doubt: `May` the month (`on May 25`, `in May`),
 * `life-threatening` injuries, a prognosis or anything said after the outcome is already asserted
 * (`the boy who was shot will need surgery`, `two were wounded and are expected to recover`), and a refusal
 * (`police would not say`, `could not release their names`).
 */
function notAHedge(
  tokens: readonly Token[],
  words: readonly string[],
  i: number,
  length: number,
  d: DraftClaim,
  outcome: number,
): boolean {
  if (tokens[i]?.text === 'May' && (i > 0 || /^\d/.test(words[i + 1] ?? ''))) return true;
  if (i >= d.mention.last && outcome !== -1 && outcome < i) return true;
  if (length === 1 && words[i + 1] === 'not' && WITHHELD.has(words[i + 2] ?? '')) return true;
  // `non-life-threatening injuries`, `expected to survive`: what the wounds are like, not a reserve on the count.
  return NOT_RESERVE.test(words.slice(i - 1, i + length + 1).join(' '));
}

/** Token index of the claim's outcome cue after its number, or -1 (cue before the number or none). */
function outcomeAt(words: readonly string[], d: DraftClaim): number {
  const cue = d.outcomeCue?.split(' ')[0];
  if (!cue) return -1;
  return words.indexOf(cue, d.mention.last);
}

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
      if (!m || notAHedge(s.tokens, words, i, m.length, d, outcomeAt(words, d))) continue;
      return revise(d, 'mark-hedged', { hedged: true }, `"${words.slice(i, i + m.length).join(' ')}"`);
    }
    return d;
  });
  return { ...state, drafts };
}
