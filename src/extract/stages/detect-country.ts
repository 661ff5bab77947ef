// The country a document is mostly about, so roles get stable ids (`the military` → `pakistan-military`).
// Needs two mentions at least; a single passing mention (`Chinese officials`) does not make the country.
import type { ExtractState } from '../draft.js';
import { COUNTRIES } from '../lexicon.js';
import { startsUpper } from '../tokenize.js';

export function detectCountry(state: ExtractState): ExtractState {
  const counts = new Map<string, number>();
  for (const s of state.sentences) {
    const words = s.words;
    for (let i = 0; i < words.length; i++) {
      // Only a capitalised word names the country: the capital is tested first (most words have none).
      if (!startsUpper(s.tokens[i]?.text ?? '')) continue;
      const m = COUNTRIES.matchAt(words, i);
      if (m) counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
    }
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return { ...state, country: best && best[1] >= 2 ? best[0] : null };
}
