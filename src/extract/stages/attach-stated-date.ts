// When the claimant said it: a date in the attribution's sentence outside quotations (`On March 12, Lt. Gen. …
// stating`, `in a statement on March 13`, `By March 12, the ISPR …`), resolved against the publication date.
// Rejects: dates of the events themselves inside a quote (`“On March 11, terrorists targeted …”`), years of history.
import type { ExtractState } from '../draft.js';
import { revise } from '../draft.js';
import { findDates } from '../dates.js';

export function attachStatedDate(state: ExtractState): ExtractState {
  const ref = state.document.published;
  if (!ref) return state;
  const instant = new Date(`${ref}T12:00:00Z`);
  const cache = new Map<number, string | null>();
  const drafts = state.drafts.map((d) => {
    if (d.dropped || !d.attribution) return d;
    const s =
      state.sentences.find((x) => x.start <= d.attribution!.start && d.attribution!.start < x.end) ??
      state.sentences[d.mention.sentence];
    if (!s) return d;
    if (!cache.has(s.index)) {
      const unquoted = s.text.replace(/“[^”]*”?|"[^"]*"?/g, (q) => ' '.repeat(q.length));
      const day = findDates(unquoted, instant).find(
        (x) => x.dayStated && x.iso <= ref && x.iso.length === 10,
      );
      cache.set(s.index, day?.iso ?? null);
    }
    const stated = cache.get(s.index) ?? null;
    return stated ? revise(d, 'attach-stated-date', { stated }, stated) : d;
  });
  return { ...state, drafts };
}
