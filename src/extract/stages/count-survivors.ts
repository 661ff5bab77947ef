// A count of people hit by gunfire counts everyone hit, the dead included, when the deaths are told apart:
// `Police found two victims with gunshot wounds. … Wells died at the hospital.` — two were shot, one died, so one
// survived. The count is kept as stated; `deadAmong` tells reconciliation how many of those people the same
// report says died (its largest count of dead of the same incident), so estimates count the survivors as wounded.
// Rejects: a sentence that tells its own dead beside the wounded (`two killed and three shot` — different
// people), counts of `other` people (told apart from someone already named), counts summed with others in one
// coordination, deaths larger than the count (they cannot all be among it), and outcomes that only say "injured".
import type { DraftClaim, ExtractState } from '../draft.js';
import { revise } from '../draft.js';
import { carriedToCare } from './outcomes/taken-for-care.js';

/** Cues that name being hit, which the dead were too; "wounded"/"injured" usually name survivors. Being carried to
 * a named place of care (`rushed to Jackson Memorial Hospital`) is read by carriedToCare. */
const HIT = new Set([
  'shot',
  'shot in the',
  'struck',
  'hit',
  'was hit',
  'were hit',
  'struck by gunfire',
  'hit by gunfire',
  'gunshot wound',
  'gunshot wounds',
  'taken to the hospital',
  'taken to a hospital',
  'transported to the hospital',
  'transported to a hospital',
  'rushed to the hospital',
  'rushed to a hospital',
  'to the hospital',
  'to a hospital',
  'to hospital',
]);

const ALIVE =
  /\bcondition\b|\bsurviv|\brecover|treated and released|released from|non-?life[- ]threatening|not life[- ]threatening/i;
const APART = new Set(['other', 'others', 'more', 'additional', 'else']);

export function countSurvivors(state: ExtractState): ExtractState {
  const live = state.drafts.filter((d) => !d.dropped);
  const deaths = live.filter((d) => d.outcome === 'killed' && (d.mention.low ?? 0) >= 1);
  if (deaths.length === 0) return state;
  const drafts = state.drafts.map((d) => {
    const cue = d.outcomeCue ?? '';
    if (d.dropped || d.outcome !== 'wounded' || !(HIT.has(cue) || carriedToCare(cue))) return d;
    const n = d.mention.low ?? 0;
    if (n < 2) return d;
    const sentence = d.mention.sentence;
    if (deaths.some((k) => k.mention.sentence === sentence) || d.coordination) return d;
    // `three other victims`, `two more people`: counted apart from someone already told of.
    const s = state.sentences[sentence];
    if (s && s.words.slice(d.mention.last, d.mention.last + 2).some((w) => APART.has(w))) return d;
    // `they both had been shot in the leg and were listed in guarded condition`: these lived.
    if (s && ALIVE.test(s.text)) return d;
    const dead = mostDead(deaths.filter((k) => k.incident === d.incident));
    if (dead === 0 || dead > n) return d;
    return revise(d, 'count-survivors', { deadAmong: dead }, `${dead} of them died, as told elsewhere`);
  });
  return { ...state, drafts };
}

function mostDead(deaths: readonly DraftClaim[]): number {
  return deaths.reduce((m, k) => Math.max(m, k.mention.low ?? 0), 0);
}
