// Explicit zeros: a count of no one, which denies harm as firmly as a number states it.
// Accepts: `no one was hurt`, `No-one was injured`, `nobody was killed`, `none were hit`, `no Chinese officials`,
// `there were no casualties`, `no injuries were reported`, `there were no deaths`, and `no one else was hurt`
// (zero beyond the people already counted: marked `beyond`).
// Rejects: zeros of a kind or a degree (`no one was seriously hurt`, `none suffered life-threatening injuries`,
// `none of the injuries appeared to be life threatening`), zeros of a place (`no one inside the home was hurt`),
// zeros of what should be (`nobody should get shot`), no word yet (`no immediate word`, `no details`) and a widget's
// caption (`None 1 of 2`).
import { GROUP_NOUNS, OUTCOME_NOUNS } from '../../lexicon.js';
import type { Core } from './core.js';

/** Words that make a zero a statement about some of the people, or about no one yet: not a total. */
const NOT_A_TOTAL = new Set([
  'fatally',
  'seriously',
  'critically',
  'gravely',
  'serious',
  'life-threatening',
  'major',
  'critical',
  'fatal',
  'signs',
  'immediate',
  'word',
  'details',
]);
/** `no one else`, `no other people`, `no further injuries`: zero more than the people already counted. */
const BEYOND = new Set(['else', 'other', 'others', 'further', 'additional', 'more']);
const ZERO_RESTRICTED = new Set(['inside', 'in', 'at', 'within', 'outside', 'near', 'aboard', 'from']);
const MODALS = new Set(['should', 'could', 'would', 'can', 'will', 'wants', 'wanted', 'might', 'must']);
const SEVERITY = new Set(['threatening', 'life-threatening', 'serious', 'critical', 'fatal', 'severe']);
/** Words that alone count no one (`no one` is two tokens, `no-one` one). */
export const ZERO_PRONOUNS: ReadonlySet<string> = new Set(['nobody', 'none', 'no-one', 'noone']);

/** `no one`, `No-one`, `nobody`, `none of the passengers`, `no Chinese officials`, `no injuries`. */
export function readZero(words: readonly string[], i: number): Core | null {
  const w = words[i] ?? '';
  const pronoun = ZERO_PRONOUNS.has(w) || (w === 'no' && words[i + 1] === 'one');
  if (!pronoun && w !== 'no') return null;
  const window = words.slice(i + 1, i + 5);
  if (window.some((x) => NOT_A_TOTAL.has(x))) return null;
  // `none of the injuries appeared to be life threatening`: how bad the wounds are, not how many.
  if (words[i + 1] === 'of' && words.slice(i + 2, i + 12).some((x) => SEVERITY.has(x))) return null;
  // `None 1 of 2`: a page widget's caption, not a zero.
  if (/^\d/.test(words[i + 1] ?? '')) return null;
  const end = w === 'no' && words[i + 1] === 'one' ? i + 2 : i + 1;
  // `no one else was hurt`: the word right after the zero says it counts only people beyond those told.
  const beyond = BEYOND.has(words[end] ?? '') || (w === 'no' && BEYOND.has(words[i + 1] ?? ''));
  const after = words[beyond && pronoun ? end + 1 : end] ?? '';
  if (pronoun) {
    // `no one inside the home was hurt`: only the people in one place; `nobody should get shot`: no event.
    if (ZERO_RESTRICTED.has(after) || MODALS.has(after)) return null;
    return zero(i, end, beyond);
  }
  for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
    const outcome = OUTCOME_NOUNS.matchAt(words, j);
    // `no casualties`, `no injuries`: the noun is the count itself, so the evidence spans it.
    if (outcome && j === i + 1) return { ...zero(i, i + 1, beyond), textEnd: j + outcome.length };
    if (GROUP_NOUNS.matchAt(words, j) || outcome) return zero(i, i + 1, beyond);
  }
  return null;
}

const zero = (first: number, last: number, beyond: boolean): Core => ({
  first,
  last,
  low: 0,
  high: 0,
  kind: 'zero',
  range: false,
  ...(beyond ? { beyond } : {}),
  rule: beyond ? 'zero beyond those counted' : 'zero',
});
